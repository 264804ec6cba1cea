import { normalizedBefore, normalizedOffset, normalizedText, wordAfter, wordBefore } from '../candidate.js';
import { DATE_WORDS } from '../date-words.js';
import { termKey, weekdayAt } from '../month-patterns.js';
import type { DateCandidate, DateContext, DateRefiner } from '../types.js';

const TODAY = termKey('اليوم');
const TONIGHT = termKey('الليلة');
const YESTERDAY = termKey('أمس');
const MONDAY = 1;
/** `بين الاثنين` is "between the two", unless a second weekday follows (بين الاثنين والخميس). */
const BETWEEN = 'بين';
/** Quotation marks around an outlet's name: «اليوم», "روسيا اليوم". */
const QUOTES = new Set(['«', '»', '"', '“', '”', '„', "'", '‘', '’']);
/** A dual or plural with the article, before الاثنين "the two": البلدين الاثنين. */
const DEFINITE_DUAL = /^ال\p{L}+(?:ين|ان)$/u;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** The conjunctions glued to a word: وعين. */
const AND = /^[وف]/u;
/** A preposition glued to the next word: لروسيا. */
const PREPOSITION = /^[لب]/u;
/** Clitics before a media word: لقناة, بموقع, وصحيفة. */
const CLITIC = /^[وفبل]/u;
/** How far to look for the line around a candidate. */
const LINE_CHARS = 160;

/** The first non-space character before normalized offset `at`. */
function charBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 ? (text[i] as string) : '';
}

function charAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i < text.length ? (text[i] as string) : '';
}

/** True when `before` ends with one of `phrases` (whole words), then spaces. */
function endsWithPhrase(before: string, phrases: ReadonlySet<string>): boolean {
  const trimmed = before.replace(/[ \t]+$/u, '');
  if (trimmed.length === before.length) return false;
  for (const phrase of phrases) {
    if (!trimmed.endsWith(phrase)) continue;
    const at = trimmed.length - phrase.length;
    const previous = trimmed[at - 1] ?? '';
    // The phrase starts a word, maybe after a glued و/ف (وتلك الليلة).
    if (!LETTER.test(previous) || (AND.test(previous) && !LETTER.test(trimmed[at - 2] ?? ''))) return true;
  }
  return false;
}

/** True when `word`, or `word` without a glued و/ف, is in `words`. */
function hasWord(words: ReadonlySet<string>, word: string): boolean {
  return words.has(word) || (AND.test(word) && words.has(word.slice(1)));
}

function isOutletName(word: string): boolean {
  const name = `${word} ${TODAY}`;
  return DATE_WORDS.outletsAlways.has(name) || DATE_WORDS.outletsInContext.has(name);
}

function isMediaWord(word: string): boolean {
  return DATE_WORDS.mediaWords.has(word) || (CLITIC.test(word) && DATE_WORDS.mediaWords.has(word.slice(1)));
}

/**
 * `X اليوم` where X اليوم names an outlet: always for some names (عين اليوم), and for names that
 * are also "X today" (روسيا اليوم) when quoted, after a media word (موقع روسيا اليوم) or a glued
 * preposition (لروسيا اليوم), or alone in a header or dateline (`المغرب اليوم -`, `أنقرة - ليبيا اليوم`).
 */
function isOutlet(candidate: DateCandidate, context: DateContext): boolean {
  const text = context.normalized.text;
  const start = normalizedOffset(context, candidate.start);
  const end = normalizedOffset(context, candidate.end);
  if (QUOTES.has(charBefore(text, start)) && QUOTES.has(charAfter(text, end))) return true;
  const word = wordBefore(context, candidate);
  if (word === '') return false;
  // و/ف glued to the name change nothing (وعين اليوم); a preposition makes it the outlet (لروسيا اليوم).
  const previous = AND.test(word) && isOutletName(word.slice(1)) ? word.slice(1) : word;
  if (DATE_WORDS.outletsAlways.has(`${previous} ${TODAY}`)) return true;
  if (PREPOSITION.test(previous) && isOutletName(previous.slice(1))) return true;
  if (!DATE_WORDS.outletsInContext.has(`${previous} ${TODAY}`)) return false;
  const nameStart = text.lastIndexOf(previous, start);
  if (QUOTES.has(charBefore(text, nameStart)) || QUOTES.has(charAfter(text, end))) return true;
  if (isMediaWord(wordBefore(context, { start: context.normalized.starts[nameStart] ?? 0 }))) return true;
  // The rest of the line on each side, looked at within a bounded window.
  const window = text.slice(Math.max(0, nameStart - LINE_CHARS), nameStart);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  const ahead = text.slice(end, end + LINE_CHARS);
  const newline = ahead.indexOf('\n');
  const after = newline < 0 ? ahead : ahead.slice(0, newline);
  const header = /^[\s*•·\-–—]*$/u.test(before) && /^\s*(?:[-–—:]|$)/u.test(after);
  const dateline = /[-–—]\s*$/u.test(before) && /^\s*$/u.test(after);
  return header || dateline;
}

function isNonDate(candidate: DateCandidate, context: DateContext): boolean {
  if (candidate.rule === 'dates/relative-day') {
    const words = termKey(normalizedText(context, candidate));
    const last = words.slice(words.lastIndexOf(' ') + 1);
    // `فجر اليوم التالي` is no more today than `اليوم التالي`; a weekday after اليوم settles it.
    if ((last === TODAY || last === TONIGHT) && DATE_WORDS.notTodayAfter.has(wordAfter(context, candidate)))
      return true;
    if (words === TODAY || words === TONIGHT) {
      if (endsWithPhrase(normalizedBefore(context, candidate), DATE_WORDS.notTodayBefore)) return true;
      return words === TODAY && isOutlet(candidate, context);
    }
    return words === YESTERDAY && DATE_WORDS.notYesterdayAfter.has(wordAfter(context, candidate));
  }
  if (candidate.rule === 'dates/weekday') {
    const word = normalizedText(context, candidate);
    const weekday = weekdayAt(word);
    // Only a bare name is in doubt: يوم الاثنين and الاثنين الماضي are days.
    if (weekday === undefined || termKey(word).includes(' ')) return false;
    const before = wordBefore(context, candidate);
    if (hasWord(DATE_WORDS.notWeekdayBefore, before) || DATE_WORDS.notWeekdayAfter.has(wordAfter(context, candidate))) {
      return true;
    }
    // الاثنين is also "the two": البلدين الاثنين, بين الاثنين (but بين الاثنين والخميس).
    if (weekday !== MONDAY) return false;
    return DEFINITE_DUAL.test(before) || (before === BETWEEN && !wordAfter(context, candidate).startsWith('و'));
  }
  return false;
}

/**
 * Drops words that look like dates but are not: `اليوم` in outlet names (عين اليوم, «روسيا
 * اليوم»), in phrases (اليوم الوطني, ذلك اليوم, اليوم التالي) or quoted alone («اليوم», a
 * newspaper); `أمس` in `أمس الحاجة`; a bare weekday name that is a number (الأحد عشر, الطرفين
 * الاثنين "the two"). The word lists are in `data/relative-dates.ar.json`.
 *
 * @example
 * ```ts
 * parseDates('بحسب موقع روسيا اليوم', { reference: '2020-12-27' }) //=> []
 * parseDates('وقالت روسيا اليوم الأربعاء', { reference: '2020-12-27' }).length //=> 1 (today)
 * ```
 */
export const dropNonDates: DateRefiner = {
  name: 'drop-non-dates',
  refine(candidates, context) {
    return candidates.filter((candidate) => !isNonDate(candidate, context));
  },
};
