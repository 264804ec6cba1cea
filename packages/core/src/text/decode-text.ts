import { LiqaError } from '../errors.js';
import { countArabicLetters } from './charsets.js';

/**
 * The encoding {@link decodeText} read the bytes in: one of the four it recognises by itself, or
 * the WHATWG name of an encoding the bytes declared (HTML `<meta charset>`) or the caller named
 * (`options.label`), such as `iso-8859-6`.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | (string & {});

/** Options of {@link decodeText}. */
export interface DecodeTextOptions {
  /**
   * The encoding the caller knows the bytes are in (an HTTP `charset`, a corpus's documentation),
   * as any label `TextDecoder` accepts (`windows-1256`, `cp1256`, `iso-8859-6`…). It is used when
   * the bytes are not valid UTF-8, and before an HTML `<meta charset>`.
   */
  label?: string;
}

/** Text decoded by {@link decodeText}, without its byte-order mark, and the encoding it was in. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** How far into the bytes an HTML `<meta charset>` is looked for (the HTML standard prescans 1024). */
const META_SNIFF_BYTES = 2048;
/** How many bytes the control-byte count looks at. */
const CONTROL_SAMPLE_BYTES = 8192;
/** Share of C0 control bytes above which the bytes are binary data (as in parseArticle). */
const MAX_CONTROL_SHARE = 0.05;
/**
 * windows-1256 is taken only when Arabic letters are more than half of the decoded letters. Real
 * windows-1256 news is Arabic with a few Latin names or acronyms (over 80 % Arabic); Western text in
 * windows-1252 or Latin-1 read as windows-1256 keeps its ASCII letters and most of its accented
 * ones, so under 10 % of its letters come out Arabic. One half sits far from both.
 */
const MIN_ARABIC_SHARE = 0.5;
/**
 * ...and only when at least this many letters come out Arabic. Nearly every byte from 0xC1 to 0xFF
 * is an Arabic letter in windows-1256, so a handful of arbitrary high bytes always reads as
 * "Arabic"; sixteen letters is about three words, less than any headline. Shorter input needs a
 * `label`.
 */
const MIN_ARABIC_LETTERS = 16;
/**
 * UTF-16 without a byte-order mark is recognised only when at least this share of its code units
 * are Basic Latin, Latin-1, Arabic, general punctuation or Arabic presentation forms: arbitrary
 * bytes read as UTF-16 land there about 3 % of the time.
 */
const MIN_UTF16_PLAUSIBLE_SHARE = 0.9;

const MARKUP = /<[^>]*>|&#?\w+;/g;
const LETTER = /\p{L}/gu;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

const isControlByte = (byte: number) => byte < 0x20 && (byte < 0x09 || byte > 0x0d);

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the byte-order mark is stripped by decodeText itself, never twice.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The WHATWG name of an encoding label, or null when TextDecoder does not know it. */
function resolveLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function controlShare(codes: ArrayLike<number>, length: number): number {
  const sampleLength = Math.min(length, CONTROL_SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sampleLength; i++) if (isControlByte(codes[i] as number)) controls++;
  return sampleLength === 0 ? 0 : controls / sampleLength;
}

function textLooksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sampleLength = Math.min(text.length, CONTROL_SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sampleLength; i++) if (isControlByte(text.charCodeAt(i))) controls++;
  return sampleLength > 0 && controls / sampleLength > MAX_CONTROL_SHARE;
}

/**
 * Refuses binary data. The wording keeps the messages parseArticle gave before it decoded anything
 * but UTF-8: "not valid UTF-8" for such bytes, "NUL or control bytes" for UTF-8 that holds them.
 */
function binary(bytes: Uint8Array, encoding?: TextEncodingName): never {
  const reason =
    encoding !== undefined
      ? `once read as ${encoding}, the input holds NUL or control characters`
      : strictDecode('utf-8', bytes) === null
        ? 'the bytes are not valid UTF-8 text, and hold NUL or control bytes'
        : 'the input holds NUL or control bytes';
  throw new LiqaError('unsupported_format', `${reason}, so it looks like a binary file, not text`, {
    byteLength: bytes.byteLength,
  });
}

/** Text that came with a byte-order mark or a declared UTF-16 encoding, checked for binary content. */
function checked(text: string | null, encoding: TextEncodingName, bytes: Uint8Array): DecodedText {
  if (text === null) {
    throw new LiqaError('unsupported_format', `the input is marked as ${encoding} but is not valid ${encoding}`, {
      byteLength: bytes.byteLength,
      encoding,
    });
  }
  if (textLooksBinary(text)) binary(bytes, encoding);
  return { text, encoding };
}

const isPlausibleUnit = (unit: number) =>
  (unit >= 0x20 && unit <= 0x06ff) ||
  (unit >= 0x09 && unit <= 0x0d) ||
  (unit >= 0x2000 && unit <= 0x206f) ||
  (unit >= 0xfb50 && unit <= 0xfeff);

/** UTF-16 text without a byte-order mark: NUL bytes, but the code units are Latin or Arabic text. */
function sniffUtf16(bytes: Uint8Array): DecodedText | null {
  if (bytes.byteLength < 2 || bytes.byteLength % 2 !== 0) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = strictDecode(encoding, bytes);
    if (text === null || textLooksBinary(text)) continue;
    const sampleLength = Math.min(text.length, CONTROL_SAMPLE_BYTES);
    let plausible = 0;
    for (let i = 0; i < sampleLength; i++) if (isPlausibleUnit(text.charCodeAt(i))) plausible++;
    if (plausible / sampleLength >= MIN_UTF16_PLAUSIBLE_SHARE) return { text, encoding };
  }
  return null;
}

/** The charset an HTML `<meta charset>` or `<meta http-equiv="Content-Type">` declares near the start. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_SNIFF_BYTES));
  return META_CHARSET.exec(head)?.[1] ?? null;
}

/** Arabic letters, and all letters, outside HTML tags and entities. */
function letterCounts(text: string): { arabic: number; letters: number } {
  const visible = text.replace(MARKUP, ' ');
  return { arabic: countArabicLetters(visible), letters: visible.match(LETTER)?.length ?? 0 };
}

/**
 * Decodes the bytes of a text file, as liqa reads news: UTF-8, UTF-16 with or without a
 * byte-order mark, the encoding the caller names or an HTML page declares, or else windows-1256
 * when it reads as Arabic. The byte-order mark is removed.
 *
 * Throws a {@link LiqaError} `unsupported_format` for binary data (NUL bytes outside UTF-16, or
 * many control bytes) and for bytes that are neither UTF-8 nor windows-1256 Arabic.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xc7, 0xe1, 0xd1, 0xed, 0xc7, 0xd6]), { label: 'cp1256' })
 * //=> { text: 'الرياض', encoding: 'windows-1256' }
 * ```
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return checked(strictDecode('utf-8', bytes.subarray(3)), 'utf-8', bytes);
  }
  if (b0 === 0xff && b1 === 0xfe) return checked(strictDecode('utf-16le', bytes.subarray(2)), 'utf-16le', bytes);
  if (b0 === 0xfe && b1 === 0xff) return checked(strictDecode('utf-16be', bytes.subarray(2)), 'utf-16be', bytes);

  const named = resolveLabel(options.label);
  // UTF-16 is full of NUL bytes and may even be valid UTF-8, so a caller's word for it comes first.
  if (named === 'utf-16le' || named === 'utf-16be') return checked(strictDecode(named, bytes), named, bytes);

  if (bytes.includes(0)) return sniffUtf16(bytes) ?? binary(bytes);
  if (controlShare(bytes, bytes.byteLength) > MAX_CONTROL_SHARE) binary(bytes);

  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  for (const encoding of [named, resolveLabel(metaCharset(bytes))]) {
    // A page that claims UTF-8 but is not is left to the windows-1256 test below.
    if (encoding === null || encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') continue;
    const text = strictDecode(encoding, bytes);
    if (text !== null && !textLooksBinary(text)) return { text, encoding };
  }

  const arabic = new TextDecoder('windows-1256').decode(bytes);
  const { arabic: arabicLetters, letters } = letterCounts(arabic);
  const share = letters === 0 ? 0 : arabicLetters / letters;
  if (arabicLetters >= MIN_ARABIC_LETTERS && share > MIN_ARABIC_SHARE) {
    return { text: arabic, encoding: 'windows-1256' };
  }
  const why =
    arabicLetters < MIN_ARABIC_LETTERS
      ? `only ${arabicLetters} letters read as Arabic in windows-1256, too few to tell`
      : `only ${Math.round(share * 100)}% of its letters read as Arabic in windows-1256`;
  throw new LiqaError(
    'unsupported_format',
    `the input is neither UTF-8 nor windows-1256 Arabic (${why}); convert it to UTF-8 or name its encoding`,
    { byteLength: bytes.byteLength, arabicLetters, letters, label: options.label ?? null },
  );
}
