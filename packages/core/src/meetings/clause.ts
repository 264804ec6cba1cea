/**
 * Reading the words between mentions and triggers: what joins two mentions, which cue
 * (مع، بين، بحضور …) stands before a mention, where a trigger's clause ends. All on normalized text.
 */
import { TRIGGERS } from '../lexicon/meeting-lexicon.js';
import { normalizedText } from '../text/normalize.js';
import { normalizedSpan, normalizedSpanText } from '../text/normalized-spans.js';

/** The words of `text` between `from` and `to`, normalized and with punctuation as spaces. */
export function gapWords(text: string, from: number, to: number): string {
  if (to <= from) return '';
  return normalizedSpanText(text, from, to)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Only conjunctions between two mentions: they name parties of one side. A bare comma does not
// (استقبل X، Y puts X and Y on two sides), nor كلا من, which opens the list of counterparts.
const COORDINATION = /^(?:(?:و|ثم)\s*)+$/u;
// The delegation with its head: أكار والوفد المرافق.
const ACCOMPANYING = /^و?(?:الوفد|والوفد)(?: المرافق(?: له)?)?$/u;
// A relative clause that adds someone to the side before it: الوفد المرافق، الذي انضم إليه السفير …
const JOINED =
  /^(?:الذي|التي|الذين) (?:انضم|انضمت|انضموا|رافقه|رافقها|يرافقه|يرافقها|رافقهم)(?: (?:اليه|اليها|اليهم))?$/u;

/** True when the words between two mentions only join them (و، الذي انضم إليه): both are one side. */
export function joinsSameSide(words: string): boolean {
  return COORDINATION.test(words) || ACCOMPANYING.test(words) || JOINED.test(words);
}

// The cue words that introduce the other party of a meeting, as the last words before a mention.
// من does so only for calls (تلقى اتصالا هاتفيا من …); elsewhere it is "of" or "by".
const WITH_CUE = /(?:^|\s)(?:و)?(?:مع|ب|بين|برفقه|لدي|كلا من|كل من)$/u;
const CALL_CUE = /(?:^|\s)(?:و)?من$/u;
const WITH_ATTACHED = /^(?:و)?[ب]$/u;
const BETWEEN_CUE = /(?:^|\s)(?:و)?بين$/u;
const LIST_CUE = /(?:^|\s)(?:كل|كلا) من$/u;

/** True when `words` (the gap before a mention) end with مع / ب / بين / كلا من (or من, for a call): the counterpart follows. */
export function endsWithWithCue(words: string, attachedPrefix: string, call: boolean): boolean {
  return WITH_CUE.test(words) || WITH_ATTACHED.test(attachedPrefix) || (call && CALL_CUE.test(words));
}

// Where reported speech or a complement clause opens: a colon or an opening quote, or إن / أن.
// Persons named before it are the reporters, not the meeting's subject.
const CLAUSE_OPENING = /[:«“"]|(?<![\p{L}])(?:ان|انه|بان|وان)(?![\p{L}])/gu;

/** Offset just after the last opening of reported speech or of a complement clause before `at`, or `from`. */
export function clauseStart(text: string, from: number, at: number): number {
  const normalized = normalizedSpan(text, from, at);
  let last = -1;
  for (const match of normalized.text.matchAll(CLAUSE_OPENING)) last = match.index + match[0].length;
  return last < 0 ? from : from + (normalized.ends[last - 1] ?? 0);
}

/** True when `words` end with بين: the parties of the meeting follow. */
export function endsWithBetween(words: string): boolean {
  return BETWEEN_CUE.test(words);
}

/** True when `words` end with كلا من / كل من: a list of counterparts follows. */
export function endsWithList(words: string): boolean {
  return LIST_CUE.test(words);
}

/**
 * Words that end a trigger's clause: another statement starts there, so mentions after them are
 * not parties of the meeting. Written as in the text; matched after normalize().
 */
const AFTER_COMMA = [
  'فيما',
  'بينما',
  'في حين',
  'كما',
  'حيث',
  'بعد أن',
  'قبل أن',
  'وذلك',
  'وسط',
  'مشيرا',
  'مؤكدا',
  'موضحا',
  'مضيفا',
];
const ANYWHERE = ['وقال', 'وأضاف', 'وأكد', 'وأوضح', 'وأشار', 'قائلا', 'مشيرا إلى', 'مؤكدا أن'];
const fold = (words: string[]) => words.map((w) => normalizedText(w)).join('|');
// After a comma, an accusative active participle (مشيدا، معربا، مؤكدا …) opens a circumstantial
// clause about the subject: what follows is what the subject said, not who was met.
const PARTICIPLE = 'م[\\p{L}]{3,8}ا';
const CLAUSE_BREAK = new RegExp(
  `[؛;]|[،,]\\s*(?:${fold(AFTER_COMMA)}|${PARTICIPLE})(?![\\p{L}])|(?<![\\p{L}])(?:${fold(ANYWHERE)})(?![\\p{L}])`,
  'u',
);

/** Offset of the first clause break in `text` between `from` and `to`, or `to`. */
export function clauseEnd(text: string, from: number, to: number): number {
  const normalized = normalizedSpan(text, from, to);
  const match = CLAUSE_BREAK.exec(normalized.text);
  return match ? from + (normalized.starts[match.index] ?? 0) : to;
}

const ATTENDANCE = new RegExp(TRIGGERS.attendance.source, 'u');
const NEGATION = new RegExp(TRIGGERS.negation.source, 'u');
const PLANNED = new RegExp(TRIGGERS.planned.source, 'u');
const NOT_MEETING = new RegExp(TRIGGERS.notMeeting.source, 'u');

/** Offset of the first attendance cue (بحضور، حضر اللقاء …) in `text` between `from` and `to`, or -1. */
export function attendanceAt(text: string, from: number, to: number): number {
  const normalized = normalizedSpan(text, from, to);
  const match = ATTENDANCE.exec(normalized.text);
  return match ? from + (normalized.starts[match.index] ?? 0) : -1;
}

/** The last `count` words before `at`, within the sentence starting at `sentenceStart`. */
function wordsBefore(text: string, sentenceStart: number, at: number, count: number): string {
  const words = gapWords(text, Math.max(sentenceStart, at - 80), at).split(' ');
  return words.slice(-count).join(' ');
}

/** True when a negation (لم، لن، نفى، ألغى …) stands in the three words before the trigger. */
export function isNegated(text: string, sentenceStart: number, at: number): boolean {
  return NEGATION.test(wordsBefore(text, sentenceStart, at, 3));
}

/** True when a cue of a meeting to come (من المقرر، يعتزم، سوف …) stands in the six words before the trigger. */
export function isAnnounced(text: string, sentenceStart: number, at: number): boolean {
  return PLANNED.test(wordsBefore(text, sentenceStart, at, 6));
}

/** True when the five words after the trigger make it something else (استقبل العزاء، استقبل المهنئين). */
export function isNotMeeting(text: string, at: number, sentenceEnd: number): boolean {
  const words = gapWords(text, at, Math.min(sentenceEnd, at + 60))
    .split(' ')
    .slice(0, 2)
    .join(' ');
  return NOT_MEETING.test(words);
}
