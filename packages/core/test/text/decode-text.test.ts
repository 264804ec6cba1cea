import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../../test/helpers/seeds.js';
import { isLiqaError } from '../../src/errors.js';
import { decodeText } from '../../src/text/decode-text.js';
import { parseArticle } from '../../src/text/parse-article.js';

/** An encoder for a single-byte encoding, built by inverting its decoder over the 256 byte values. */
function singleByteEncoder(encoding: string): (text: string) => Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(new Uint8Array([byte]));
    if (char !== '\uFFFD' && !byteOf.has(char)) byteOf.set(char, byte);
  }
  return (text) =>
    Uint8Array.from([...text], (char) => {
      const byte = byteOf.get(char);
      if (byte === undefined) throw new Error(`${encoding} has no byte for U+${char.codePointAt(0)?.toString(16)}`);
      return byte;
    });
}

const toWindows1256 = singleByteEncoder('windows-1256');
const toLatin1 = singleByteEncoder('windows-1252');
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const swapPairs = (bytes: Uint8Array) => bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1] as number);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((part) => Array.from(part)));

/** The LiqaError thrown by `fn`, or a failing description of what happened instead. */
function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (isLiqaError(error)) return { code: error.code, message: error.message };
    return { code: `not a LiqaError: ${String(error)}`, message: '' };
  }
  return { code: 'no error', message: '' };
}

const SEED = readSeed('001');

describe('decodeText: encodings', () => {
  it('reads UTF-8', () => {
    expect(decodeText(utf8(SEED))).toEqual({ text: SEED, encoding: 'utf-8' });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('strips the byte-order mark of UTF-8, UTF-16 LE and UTF-16 BE', () => {
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8(SEED)))).toEqual({ text: SEED, encoding: 'utf-8' });
    expect(decodeText(concat([0xff, 0xfe], utf16le(SEED)))).toEqual({ text: SEED, encoding: 'utf-16le' });
    expect(decodeText(concat([0xfe, 0xff], swapPairs(utf16le(SEED))))).toEqual({ text: SEED, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a byte-order mark', () => {
    expect(decodeText(utf16le(SEED))).toEqual({ text: SEED, encoding: 'utf-16le' });
    expect(decodeText(swapPairs(utf16le(SEED)))).toEqual({ text: SEED, encoding: 'utf-16be' });
    expect(decodeText(utf16le('Hello, world.\n'))).toEqual({ text: 'Hello, world.\n', encoding: 'utf-16le' });
  });

  it('reads a seed article encoded in windows-1256', () => {
    const bytes = toWindows1256(SEED);
    expect(bytes.length).toBe(SEED.length);
    expect(decodeText(bytes)).toEqual({ text: SEED, encoding: 'windows-1256' });
  });

  it('reads windows-1256 HTML without a declared charset, counting letters outside the tags', () => {
    const page = `<!DOCTYPE html><html><head><title>Article page title</title></head><body><div class="content-wrapper"><p>${SEED.slice(0, 300)}</p></div></body></html>`;
    expect(decodeText(toWindows1256(page))).toEqual({ text: page, encoding: 'windows-1256' });
  });

  it('uses the charset an HTML page declares', () => {
    const short = 'الرياض';
    const withMeta = `<html><head><meta charset="windows-1256"></head><body><p>${short}</p></body></html>`;
    expect(decodeText(toWindows1256(withMeta))).toEqual({ text: withMeta, encoding: 'windows-1256' });
    const httpEquiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=cp1256"></head><body>${short}</body></html>`;
    expect(decodeText(toWindows1256(httpEquiv))).toEqual({ text: httpEquiv, encoding: 'windows-1256' });
    // ISO-8859-6 puts Arabic letters at other bytes than windows-1256: the declaration must win.
    const iso = `<meta charset=iso-8859-6><p>${SEED.slice(0, 40).replace(/[^\u0621-\u064A ]/g, '')}</p>`;
    const isoBytes = singleByteEncoder('iso-8859-6')(iso);
    expect(decodeText(isoBytes)).toEqual({ text: iso, encoding: 'iso-8859-6' });
  });

  it("uses the caller's label for bytes that are not UTF-8", () => {
    const bytes = toWindows1256('الرياض');
    expect(decodeText(bytes, { label: 'cp1256' })).toEqual({ text: 'الرياض', encoding: 'windows-1256' });
    expect(decodeText(toLatin1('Café crème à la française'), { label: 'latin1' })).toEqual({
      text: 'Café crème à la française',
      encoding: 'windows-1252',
    });
    // A label never overrides valid UTF-8.
    expect(decodeText(utf8('نص'), { label: 'windows-1256' })).toEqual({ text: 'نص', encoding: 'utf-8' });
    // A label TextDecoder does not know is ignored.
    expect(decodeText(toWindows1256(SEED), { label: 'no-such-encoding' }).encoding).toBe('windows-1256');
  });
});

describe('decodeText: refusals', () => {
  it('refuses binary data: NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = errorOf(() => decodeText(png));
    expect(error.code).toBe('unsupported_format');
    expect(error.message).toMatch(/looks like a binary file, not text/);
  });

  it('refuses binary data: many control bytes, no NUL', () => {
    const bytes = concat(utf8('abc'), [1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10], utf8('def'));
    expect(errorOf(() => decodeText(bytes)).message).toMatch(/binary file/);
  });

  it('refuses text that is neither UTF-8 nor windows-1256 Arabic', () => {
    const french = toLatin1('Le ministre a rencontré hier à Genève son homologue français, après une longue journée.');
    const error = errorOf(() => decodeText(french));
    expect(error.code).toBe('unsupported_format');
    expect(error.message).toMatch(/neither UTF-8 nor windows-1256 Arabic/);
  });

  it('refuses a few windows-1256 letters without a label: too few to tell from other bytes', () => {
    const error = errorOf(() => decodeText(toWindows1256('الرياض')));
    expect(error.code).toBe('unsupported_format');
    expect(error.message).toMatch(/too few to tell/);
  });

  it('refuses a UTF-8 byte-order mark before bytes that are not UTF-8', () => {
    const error = errorOf(() => decodeText(concat([0xef, 0xbb, 0xbf], toWindows1256(SEED))));
    expect(error.code).toBe('unsupported_format');
  });
});

describe('decodeText in parseArticle', () => {
  it('parses a windows-1256 article as it parses the same article in UTF-8', () => {
    const fromBytes = parseArticle(toWindows1256(SEED));
    const fromText = parseArticle(SEED);
    expect(fromBytes.text).toBe(SEED);
    expect(fromBytes.sentences.map((s) => s.text)).toEqual(fromText.sentences.map((s) => s.text));
    expect(fromBytes.title).toBe(fromText.title);
  });

  it('names parseArticle in the errors it passes on', () => {
    expect(errorOf(() => parseArticle(new Uint8Array([0, 1, 2, 0xff]))).message).toMatch(
      /^parseArticle: .*binary file/,
    );
  });
});

describe('decodeText: properties', () => {
  it('throws nothing but LiqaError unsupported_format, on any bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          // High bytes only: the windows-1256 test.
          fc.uint8Array({ min: 0x80, max: 0xff, maxLength: 600 }),
          // Byte-order marks before arbitrary bytes.
          fc
            .tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 200 }))
            .map(([bom, rest]) => concat(bom, rest)),
        ),
        fc.option(fc.constantFrom('windows-1256', 'utf-16le', 'iso-8859-6', 'shift_jis', 'bogus'), { nil: undefined }),
        (bytes, label) => {
          try {
            const { text, encoding } = decodeText(bytes, label === undefined ? {} : { label });
            expect(typeof text).toBe('string');
            expect(typeof encoding).toBe('string');
          } catch (error) {
            expect(isLiqaError(error) && error.code === 'unsupported_format').toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives back any UTF-8 text unchanged', () => {
    // Text, not binary: no C0 controls but tab and line breaks, and no leading byte-order mark.
    const text = fc.string({ unit: 'binary', maxLength: 300 }).map((s) =>
      [...s]
        .filter((ch) => ch.charCodeAt(0) >= 0x20 || (ch >= '\t' && ch <= '\r'))
        .join('')
        .replace(/^\uFEFF+/, ''),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeText(utf8(s))).toEqual({ text: s, encoding: 'utf-8' });
      }),
      { numRuns: 500 },
    );
  });
});
