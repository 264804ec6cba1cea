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
  readonly maxBytes: number;
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

function fetchOnce(url: URL, limits: FetchLimits): Promise<{ status: number; location?: string; text?: FetchedText }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(
      url,
      {
        lookup: guardedLookup(limits.allowPrivate === true) as never,
        timeout: limits.timeoutMs,
        headers: {
          'user-agent': 'liqa-bot (+https://github.com/liqa)',
          accept: 'text/html, text/plain, application/x-ndjson',
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          resolve({ status, location: response.headers.location });
          return;
        }
        if (status !== 200) {
          response.resume();
          reject(new FetchError(`the server answered ${status}`));
          return;
        }
        const contentType = String(response.headers['content-type'] ?? '');
        if (!ACCEPTED_TYPES.test(contentType)) {
          response.resume();
          reject(
            new FetchError(
              `not an article (${contentType || 'no content type'}); send an HTML page, text or JSON lines`,
            ),
          );
          return;
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > limits.maxBytes) {
          response.destroy();
          reject(new FetchError(`too large (${declared} bytes; the limit is ${limits.maxBytes})`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            response.destroy();
            reject(new FetchError(`too large (over ${limits.maxBytes} bytes)`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ status, text: { bytes: Buffer.concat(chunks), contentType, url: url.toString() } }),
        );
        response.on('error', (error) => reject(new FetchError(error.message)));
      },
    );
    request.on('timeout', () => request.destroy(new FetchError(`no answer within ${limits.timeoutMs} ms`)));
    request.on('error', (error) =>
      reject(
        error instanceof FetchError
          ? error
          : new FetchError(
              (error as NodeJS.ErrnoException).code === 'EINTERNAL' ? 'that address is not allowed' : error.message,
            ),
      ),
    );
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
    const result = await fetchOnce(url, limits);
    if (result.text) return result.text;
    url = new URL(result.location as string, url);
  }
  throw new FetchError(`more than ${MAX_REDIRECTS} redirects`);
}
