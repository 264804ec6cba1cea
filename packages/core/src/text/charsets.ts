/**
 * Named character classes of Arabic script, compiled once. Other modules build on these instead
 * of writing code points inline.
 */

/** ARABIC TATWEEL (kashida), U+0640. */
export const TATWEEL = '\u0640';

/** Arabic letters proper (U+0620–U+064A, U+066E–U+06D3, U+06FA–U+06FF), as a class body. */
export const ARABIC_LETTER_CLASS =
  '\\u0620-\\u063F\\u0641-\\u064A\\u066E-\\u066F\\u0671-\\u06D3\\u06D5\\u06FA-\\u06FC\\u06FF';

/** Arabic presentation forms A and B, which NFKC maps back to base letters. */
export const PRESENTATION_FORMS_CLASS = '\\uFB50-\\uFDFF\\uFE70-\\uFEFF';

const ARABIC_LETTER = new RegExp(`[${ARABIC_LETTER_CLASS}]`);
const PRESENTATION_FORM = new RegExp(`[${PRESENTATION_FORMS_CLASS}]`);

/** True when the single character `ch` is an Arabic letter (not a mark, digit or tatweel). */
export function isArabicLetter(ch: string): boolean {
  return ARABIC_LETTER.test(ch);
}

/** True when `ch` is an Arabic presentation-form code point. */
export function isPresentationForm(ch: string): boolean {
  return PRESENTATION_FORM.test(ch);
}

/** How many Arabic letters `text` holds. */
export function countArabicLetters(text: string): number {
  return countLetters(text).arabic;
}

const OTHER = 0;
const LETTER = 1;
const ARABIC = 2;
const ANY_LETTER = /\p{L}/u;
let letterClasses: Uint8Array | null = null;

/** The class of every BMP code unit, built on first use: counting is then one read a character. */
function classes(): Uint8Array {
  if (letterClasses) return letterClasses;
  letterClasses = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    if (ARABIC_LETTER.test(ch)) letterClasses[code] = ARABIC;
    else if (ANY_LETTER.test(ch)) letterClasses[code] = LETTER;
  }
  return letterClasses;
}

/** How many letters (`\p{L}`, any script) `text` holds, and how many of them are Arabic. */
export function countLetters(text: string): { letters: number; arabic: number } {
  const table = classes();
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      // A letter outside the BMP (rare in news: CJK extensions, historic scripts).
      const point = text.codePointAt(i) as number;
      if (point > 0xffff) {
        if (ANY_LETTER.test(String.fromCodePoint(point))) letters++;
        i++;
      }
      continue;
    }
    const kind = table[code];
    if (kind === OTHER) continue;
    letters++;
    if (kind === ARABIC) arabic++;
  }
  return { letters, arabic };
}
