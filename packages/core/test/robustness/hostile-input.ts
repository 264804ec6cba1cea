/**
 * Hostile input for the robustness tests: arbitrary Unicode (lone surrogates too), mixed scripts
 * and bidi controls, Arabic news pieces run together, HTML with scripts, styles and frames, runs of
 * one pattern repeated, NUL and other control characters, and bytes that are not UTF-8.
 */
import fc from 'fast-check';

/** Any UTF-16 code unit, lone surrogates included. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Invisible controls that reorder or join text, and the marks scrapers leave in it. */
export const BIDI_AND_INVISIBLES = [
  '\u200E', // LEFT-TO-RIGHT MARK
  '\u200F', // RIGHT-TO-LEFT MARK
  '\u061C', // ARABIC LETTER MARK
  '\u202A', // LEFT-TO-RIGHT EMBEDDING
  '\u202B', // RIGHT-TO-LEFT EMBEDDING
  '\u202C', // POP DIRECTIONAL FORMATTING
  '\u202D', // LEFT-TO-RIGHT OVERRIDE
  '\u202E', // RIGHT-TO-LEFT OVERRIDE
  '\u2066', // LEFT-TO-RIGHT ISOLATE
  '\u2067', // RIGHT-TO-LEFT ISOLATE
  '\u2068', // FIRST STRONG ISOLATE
  '\u2069', // POP DIRECTIONAL ISOLATE
  '\u200B', // ZERO WIDTH SPACE
  '\u200C', // ZERO WIDTH NON-JOINER
  '\u200D', // ZERO WIDTH JOINER
  '\uFEFF', // ZERO WIDTH NO-BREAK SPACE (byte-order mark)
  '\u00AD', // SOFT HYPHEN
  '\u0640', // ARABIC TATWEEL
  '\u00A0', // NO-BREAK SPACE
  '\u2028', // LINE SEPARATOR
  '\u2029', // PARAGRAPH SEPARATOR
];

/** Pieces of Arabic news that the rules read: triggers, titles, name particles, dates, datelines, punctuation. */
export const NEWS_PIECES = [
  'استقبل',
  'التقى',
  'اجتمع',
  'بحث مع',
  'زار',
  'اتصالا هاتفيا',
  'لقاء',
  'مباحثات',
  'بحضور',
  'الأمير',
  'الشيخ',
  'الدكتور',
  'د.',
  'وزير',
  'الخارجية',
  'السعودي',
  'نظيره',
  'الوزيرين',
  'وفد',
  'برئاسة',
  'وضم',
  'كلا من',
  'بن',
  'آل',
  'عبد',
  'الله',
  'أبو',
  'محمد',
  'خالد',
  'سلمان',
  'أكار',
  'قالن',
  'في',
  'مع',
  'الرياض',
  'فندق',
  'أمس',
  'اليوم',
  'الخميس',
  '25',
  'شوال',
  '1436',
  'هـ',
  'أغسطس',
  '2015',
  'م',
  '٢٥',
  '۱۴۳۶',
  'الرياض - واس',
  'ﻻ',
  'ً',
  'ّ',
  '/',
  '-',
  '،',
  '.',
  ':',
  '؟',
  '«',
  '»',
  '(',
  ')',
  '"',
  '\n',
  '\n\n',
  '\r\n',
  'ـ.ـ',
];

/** Other scripts and symbols met in scraped pages. */
export const OTHER_SCRIPTS = [
  'Hulusi Akar',
  'Smith met Jones',
  'Привет',
  'שלום',
  'سلام دنیا',
  'ہے',
  '你好',
  'こんにちは',
  'ἀγάπη',
  'e\u0301',
  '😀',
  '👨‍👩‍👧',
  '🇸🇦',
  '∑',
  '\uFDFD', // ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM
  '\uFDF2', // ARABIC LIGATURE ALLAH ISOLATED FORM
];

/** HTML that a page may hold: scripts, styles, frames, comments, broken tags and entities. */
export const HTML_PIECES = [
  '<script>',
  '</script>',
  '<script>var s = "</p><p>استقبل";</script>',
  '<style>p { content: "استقبل" }</style>',
  '<style>',
  '<iframe src="https://evil.example/">',
  '</iframe>',
  '<noscript>',
  '<template>',
  '<svg><text>استقبل</text></svg>',
  '<math>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<p>',
  '</p>',
  '<div hidden>',
  '<div>',
  '</div>',
  '<form><input value="استقبل الأمير">',
  '<br>',
  '<h1>',
  '<title>',
  '</title>',
  '<nav>',
  '<a href="javascript:alert(1)">',
  '<img src=x onerror=alert(1)>',
  '<table><tr><td>',
  '&nbsp;',
  '&amp;',
  '&#0;',
  '&#x0;',
  '&#xD800;',
  '&#99999999;',
  '&#1575;',
  '<',
  '>',
  '</',
  '<!DOCTYPE html>',
  '<html>',
  '<body>',
];

const join = (pieces: fc.Arbitrary<string>, maxLength: number, separator = '') =>
  fc.array(pieces, { maxLength }).map((parts) => parts.join(separator));

/** Strings of any code points, of any UTF-16 code units, and of any grapheme clusters. */
export const anyUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

/** Arabic news pieces, other scripts and bidi controls, run together or spaced. */
export const mixedScripts = fc.oneof(
  join(fc.constantFrom(...NEWS_PIECES, ...OTHER_SCRIPTS, ...BIDI_AND_INVISIBLES), 80, ' '),
  join(fc.constantFrom(...NEWS_PIECES, ...OTHER_SCRIPTS, ...BIDI_AND_INVISIBLES), 80),
);

/** HTML pages: markup pieces mixed with news text. */
export const hostileHtml = join(fc.oneof(fc.constantFrom(...HTML_PIECES), mixedScripts), 30);

/** One piece repeated many times: the shape that makes a backtracking regex or a pairwise loop blow up. */
export const repeated = fc
  .tuple(
    fc.oneof(fc.constantFrom(...NEWS_PIECES, ...HTML_PIECES, ...BIDI_AND_INVISIBLES), mixedScripts),
    fc.integer({ min: 1, max: 2_000 }),
  )
  .map(([unit, times]) => unit.repeat(times).slice(0, 20_000));

/** Text with NUL or other control characters somewhere in it. */
export const withControls = fc
  .tuple(mixedScripts, fc.constantFrom('\u0000', '\u0001', '\u0007', '\u001B', '\u007F'), fc.nat())
  .map(([text, control, at]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    return `${text.slice(0, i)}${control}${text.slice(i)}`;
  });

/** Every kind of hostile text above. */
export const hostileText = fc.oneof(anyUnicode, mixedScripts, hostileHtml, repeated, withControls);

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Bytes that are not valid UTF-8 (stray continuation bytes, overlong forms, encoded surrogates,
 * cut sequences, 0xFE/0xFF), alone or spliced into valid Arabic text.
 */
export const invalidUtf8 = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.uint8Array({ min: 0x80, max: 0xff, maxLength: 200 }),
  fc
    .tuple(
      mixedScripts,
      fc.constantFrom(
        [0x80],
        [0xc0, 0xaf],
        [0xe0, 0x80, 0xaf],
        [0xed, 0xa0, 0x80],
        [0xf4, 0x90, 0x80, 0x80],
        [0xd8],
        [0xfe],
        [0xff],
        [0x00],
      ),
      fc.nat(),
    )
    .map(([text, bad, at]) => {
      const bytes = utf8(text);
      const i = bytes.length === 0 ? 0 : at % bytes.length;
      return Uint8Array.from([...bytes.subarray(0, i), ...bad, ...bytes.subarray(i)]);
    }),
);
