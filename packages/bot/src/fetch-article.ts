import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

/**
 * Fetching an article a user names (`/ingest url:`) without letting them reach what the bot's host
 * can reach: only http(s), never a private, loopback, link-local or otherwise internal address
 * (checked on every address the name resolves to, at connect time, so DNS rebinding cannot slip
 * through), with a time limit, a size limit, a content-type check and at most three redirects.
 */

export interface FetchLimits {
  /** Largest body taken, in bytes (declared or counted as it arrives). */
  readonly maxBytes: number;
  /** Time limit of the whole fetch, redirects and body included, in milliseconds. */
  readonly timeoutMs: number;
  /** Tests only: allow loopback and private addresses. */
  readonly allowPrivate?: boolean;
}

export interface FetchedText {
  readonly bytes: Buffer;
  readonly contentType: string;
  /** The address after redirects. */
  readonly url: string;
}

/** Why a fetch was refused or failed, in words for the user. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
}

const ACCEPTED_TYPES = /^(text\/(html|plain)|application\/(xhtml\+xml|json|x-ndjson|jsonl|x-jsonlines))\b/i;
const MAX_REDIRECTS = 3;

function ipv4Parts(address: string): number[] {
  return address.split('.').map(Number);
}

/** True for addresses a user must not make the bot fetch from. */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) {
    const [a = 0, b = 0] = ipv4Parts(address);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 192 && b === 0) ||
      (a === 198 && (b === 18 || b === 19)) ||
      a >= 224
    );
  }
  if (family === 6) {
    const lower = address.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    if (mapped?.[1]) return isInternalAddress(mapped[1]);
    return (
      lower === '::' ||
      lower === '::1' ||
      lower.startsWith('fc') ||
      lower.startsWith('fd') ||
      lower.startsWith('fe8') ||
      lower.startsWith('fe9') ||
      lower.startsWith('fea') ||
      lower.startsWith('feb') ||
      lower.startsWith('ff') ||
      lower.startsWith('64:ff9b:')
    );
  }
  return true;
}

/** A DNS lookup that refuses internal addresses, used by the socket itself. */
function guardedLookup(allowPrivate: boolean) {
  return (
    hostname: string,
    options: object,
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isInternalAddress(a.address));
      if (bad && !allowPrivate) {
        return callback(
          Object.assign(new Error(`${hostname} resolves to an internal address`), { code: 'EINTERNAL' }),
          '',
        );
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0];
      return first
        ? callback(null, first.address, first.family)
        : callback(new Error(`${hostname} has no address`), '');
    });
  };
}

/** The refusal when a fetch, redirects and body included, outlasts its time limit. */
const tooSlow = (limits: FetchLimits) => new FetchError(`no full answer within ${limits.timeoutMs} ms`);

/**
 * One request, ended by `deadline` (epoch ms) whatever the server does: silent, or dripping the
 * body a byte at a time (a socket idle timeout alone would wait for ever on that).
 */
function fetchOnce(
  url: URL,
  limits: FetchLimits,
  deadline: number,
): Promise<{ status: number; location?: string; text?: FetchedText }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    let timer: NodeJS.Timeout | undefined;
    const settle =
      <T>(done: (value: T) => void) =>
      (value: T) => {
        clearTimeout(timer);
        done(value);
      };
    const succeed = settle(resolve);
    const fail = settle((error: Error) => {
      reject(error);
      request.destroy();
    });
    const request = client.get(
      url,
      {
        lookup: guardedLookup(limits.allowPrivate === true) as never,
        headers: {
          'user-agent': 'liqa-bot (+https://github.com/liqa)',
          accept: 'text/html, text/plain, application/x-ndjson',
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          succeed({ status, location: response.headers.location });
          return;
        }
        if (status !== 200) {
          response.resume();
          fail(new FetchError(`the server answered ${status}`));
          return;
        }
        const contentType = String(response.headers['content-type'] ?? '');
        if (!ACCEPTED_TYPES.test(contentType)) {
          response.resume();
          fail(
            new FetchError(
              `not an article (${contentType || 'no content type'}); send an HTML page, text or JSON lines`,
            ),
          );
          return;
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > limits.maxBytes) {
          fail(new FetchError(`too large (${declared} bytes; the limit is ${limits.maxBytes})`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            fail(new FetchError(`too large (over ${limits.maxBytes} bytes)`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          succeed({ status, text: { bytes: Buffer.concat(chunks), contentType, url: url.toString() } }),
        );
        response.on('error', (error) => fail(new FetchError(error.message)));
      },
    );
    request.on('error', (error) =>
      fail(
        error instanceof FetchError
          ? error
          : new FetchError(
              (error as NodeJS.ErrnoException).code === 'EINTERNAL' ? 'that address is not allowed' : error.message,
            ),
      ),
    );
    timer = setTimeout(() => fail(tooSlow(limits)), Math.max(0, deadline - Date.now()));
  });
}

/** Fetches an article's bytes from a public http(s) address, within the limits. */
export async function fetchArticle(address: string, limits: FetchLimits): Promise<FetchedText> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError('not a valid address');
  }
  // One time limit for the whole fetch, redirects included.
  const deadline = Date.now() + limits.timeoutMs;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('only http and https addresses');
    if (url.username || url.password) throw new FetchError('addresses with a user name or password are not allowed');
    if (
      isIP(url.hostname.replace(/^\[|\]$/g, '')) &&
      isInternalAddress(url.hostname.replace(/^\[|\]$/g, '')) &&
      !limits.allowPrivate
    ) {
      throw new FetchError('that address is not allowed');
    }
    const result = await fetchOnce(url, limits, deadline);
    if (result.text) return result.text;
    url = new URL(result.location as string, url);
  }
  throw new FetchError(`more than ${MAX_REDIRECTS} redirects`);
}
