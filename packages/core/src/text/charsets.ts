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
const ARABIC_LETTER_GLOBAL = new RegExp(`[${ARABIC_LETTER_CLASS}]`, 'g');
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
  return text.match(ARABIC_LETTER_GLOBAL)?.length ?? 0;
}
