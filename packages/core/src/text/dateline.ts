import agenciesData from '../../data/agencies.ar.json';
import { hijriToGregorian, isValidGregorian } from '../dates/calendars.js';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../dates/month-patterns.js';
import { MONTHS } from '../lexicon/months.js';
import { alternation, WORD_END } from '../lexicon/pattern.js';
import { AgenciesFileSchema, type AgencyKind, parseLexicon } from '../lexicon/schemas.js';
import { type Dateline, type DatelineDate, type Span, spanOf } from '../model.js';
import { ARABIC_LETTER_CLASS, TATWEEL } from './charsets.js';
import { type NormalizedText, normalize, normalizedText, toOriginalSpan } from './normalize.js';
import { foldedSpan, keptFold } from './normalized-spans.js';

/*
 * How a dateline is found. The opening lines of the text are read one at a time (the first may be
 * the headline); each is normalize()d and tried against five patterns, in this order:
 *
 *   dated      [place] [weekday] date [[الموافق] date] [agency]   بريدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس
 *   source     [part -] [part -] agency [- place]                سبق- الرياض:   أنقرة - ليبيا اليوم   ماجد الرفاعي- سبق- ينبع
 *   bracketed  place (agency) -                                  القاهرة (رويترز) -
 *   colon      place: byline (never on the first line)           لندن: رنيم حنوش
 *   pair       part - part, neither an agency                    أحمد البشيري – الباحة
 *
 * Each pattern only proposes parts; the code then decides what each part is (place, agency,
 * byline, desk credit) from data/agencies.ar.json and word counts, and drops the match when the
 * parts make no sense. The regexes run on one normalized line, sticky at its start, so a dateline
 * always opens a line. No regex repeats a group that holds a quantifier: repeated groups hold
 * single characters (with a fixed lookahead), and groups that hold quantifiers are only optional.
 */

/** Lines starting this far into the text are not looked at. */
const MAX_OFFSET = 400;
/** At most this many lines are looked at. */
const MAX_LINES = 12;
/** Only the start of a line is read: a dateline is short. */
const MAX_LINE = 240;
/** A line this long that holds no dateline is body text: the dateline would have come before it. */
const PROSE_LENGTH = 120;
/** The first line may be a headline, so it only ends the search when it is longer than a headline. */
const HEADLINE_LENGTH = 200;
/** Words in a place name, at most. */
const MAX_PLACE_WORDS = 3;
/** Words in one reporter's name, at most (عبدالله بن محمد الشهري). */
const MAX_BYLINE_WORDS = 4;
/** Words in the reporter's name of a dateline with no agency (أحمد البشيري – الباحة), at most. */
const MAX_PAIR_BYLINE_WORDS = 3;

/** What a part of a dateline is; `credit` is a desk label (وكالات, متابعات), neither place nor agency. */
type Role = 'place' | 'agency' | 'byline' | 'credit';

interface Part {
  readonly role: Role;
  /** `[start, end)` in the normalized line. */
  readonly start: number;
  readonly end: number;
  readonly kind?: AgencyKind;
}

const AGENCIES = parseLexicon(AgenciesFileSchema, agenciesData, 'agencies.ar.json');

/** The lookup key of a term or of matched text: `normalize()`d, with runs of spaces made one. */
function keyOf(term: string): string {
  return normalizedText(term).replace(/[ \t]+/g, ' ');
}

const AGENCY_KIND = new Map<string, AgencyKind>();
for (const agency of AGENCIES.agencies) for (const name of agency.names) AGENCY_KIND.set(keyOf(name), agency.kind);
const CREDITS = new Set(AGENCIES.credits.map(keyOf));
const NOT_PLACES = new Set(AGENCIES.notPlaces.map(keyOf));

// Character classes, as regex source, for normalized text.
const AR = `[${ARABIC_LETTER_CLASS}]`;
const SP = '[ \\t]';
/** Hyphen, the dashes U+2010–U+2015 and the minus sign; spaced tatweels become hyphens first. */
const DASH = '\\-\\u2010-\\u2015\\u2212';
const SEP = `${SP}*[${DASH}]+${SP}*`;
const OPEN = '[«"“(]';
const CLOSE = '[»"”)]';
/** Arabic words separated by single spaces (or a slash: نيويورك/لندن): a place or a source. */
const PART = `${AR}(?:${AR}|${SP}(?=${AR})|\\/(?=${AR})){0,48}`;
/** A place, maybe with its country in brackets: تبليسي (جورجيا). */
const PLACE = `${PART}(?:${SP}*\\(${SP}*${PART}${SP}*\\))?`;
/** One or more reporters' names, separated by commas: لجين الأحمدي، عبدالرحمن الشهري. */
const BYLINE = `${AR}(?:${AR}|${SP}(?=${AR})|[،,](?=${AR}|${SP}${AR})){0,64}`;
const AGENCY = `${alternation(AGENCY_KIND.keys())}${WORD_END}`;
const QUOTED_AGENCY = `(?:${OPEN}${SP}*)?(${AGENCY})(?:${SP}*${CLOSE})?`;
const WEEKDAY = WEEKDAY_PATTERN;
const MONTH = MONTH_PATTERN;
/** هـ or م after the year, also when glued to what follows (هـالموافق, 2015 مواس). */
const MARK = `(?:[هم]${WORD_END}|ه(?=ا?لموافق)|م(?=${AGENCY}))`;
/** Day (011 is a typo for 11), month (or two names of one month: يونيو/حزيران), year, هـ or م. */
const DATE = `0?\\d{1,2}${SP}*${MONTH}(?:${SP}*\\/${SP}*${MONTH})?${SP}*[،,]?${SP}*\\d{4}(?!\\d)(?:${SP}*${MARK})?`;
/** What ends a dateline of parts: a colon, a dash or the line end, maybe after a bracketed photo credit. */
const ENDS = `(?=${SP}*(?:\\([^()]{0,60}\\)${SP}*)?(?:[:${DASH}]|$))`;

const DATED = new RegExp(
  `(?:(${PLACE})${SP}*[،,]?${SP}*)?(?:(${WEEKDAY})${SP}*[،,]?${SP}*)?(${DATE})` +
    `(?:${SP}*[،,]?${SP}*(?:ا?لموافق(?:${SP}+ل)?${SP}*)?(${DATE}))?` +
    `(?:${SP}*[.${DASH}]?${SP}*${QUOTED_AGENCY})?(?=${SP}*(?:[:.${DASH}]|$))`,
  'dyu',
);
const SOURCE = new RegExp(
  `(?:(${BYLINE})${SEP})?(?:(${BYLINE})${SEP})?${QUOTED_AGENCY}` +
    `(?:${SEP}(${PLACE})${ENDS}|(?=${SP}*(?:[:${DASH}]|$)|${SP}+${AR}))`,
  'dyu',
);
/** `القاهرة (رويترز) -`: the agency in round brackets right after the place, then a dash, a colon or the end. */
const BRACKETED = new RegExp(`(${PART})${SP}*\\(${SP}*(${AGENCY})${SP}*\\)(?=${SP}*(?:[:${DASH}]|$))`, 'dyu');
const COLON = new RegExp(`(${PART})${SP}*:${SP}*(${BYLINE})${ENDS}`, 'dyu');
/** Two parts and nothing else on the line (but a photo credit): `أحمد البشيري – الباحة`. */
const PAIR = new RegExp(`(${BYLINE})${SEP}(${BYLINE})(?=${SP}*(?:\\([^()]{0,60}\\)${SP}*)?$)`, 'dyu');
/** The parts of one date matched by DATE: day, month, second month name, year, calendar mark. */
const DATE_PARTS = new RegExp(
  `^(0?\\d{1,2})${SP}*(${MONTH})(?:${SP}*\\/${SP}*(${MONTH}))?${SP}*[،,]?${SP}*(\\d{4})(?:${SP}*([هم]))?`,
  'u',
);
/** Bullets and Latin leftovers of scraping before a dateline (`* سيول - …`, `Next Previous عين اليوم – …`). */
const LEAD = /[*•·A-Za-z \t]*/y;
/** A desk credit and a colon before the dateline proper: `رصد وتصوير: أحمد حجازي – عين اليوم`. */
const CREDIT_LEAD = new RegExp(`${alternation(CREDITS)}${WORD_END}${SP}*:${SP}*`, 'yu');
/** A tatweel run after a space or at the line start is a separator (الرياضي ـ الكويت), not a stretched letter. */
const SPACED_TATWEEL = new RegExp(`(?<!\\S)${TATWEEL}+`, 'gu');
/** Marks that belong to the character before them, so a span ending there takes them too (هـ). */
const TRAILING_MARK = /[\u0640\p{M}]/u;

/** One line, normalized, with what is needed to map its offsets back to the text. */
interface Line {
  readonly text: string;
  readonly offset: number;
  readonly normalized: NormalizedText;
}

function prepareLine(text: string, span: Span): Line {
  const end = Math.min(span.end, span.start + MAX_LINE);
  const raw = text.slice(span.start, end);
  // With no tatweel there is nothing to prepare, and the article's fold may be at hand.
  const fold = raw.includes(TATWEEL) ? null : keptFold(text);
  if (fold) return { text, offset: span.start, normalized: foldedSpan(fold, span.start, end) };
  // Same length in, same length out: offsets into `prepared` are offsets into the line.
  const prepared = raw.replace(SPACED_TATWEEL, (run) => '-'.repeat(run.length));
  return { text, offset: span.start, normalized: normalize(prepared) };
}

/** A span of the text from `[start, end)` of the normalized line. */
function spanAt(line: Line, start: number, end: number): Span {
  const at = toOriginalSpan(line.normalized, start, end);
  let stop = line.offset + at.end;
  const limit = line.offset + line.normalized.original.length;
  while (stop < limit && TRAILING_MARK.test(line.text[stop] as string)) stop++;
  return spanOf(line.text, line.offset + at.start, stop);
}

/** The words of a place, without the brackets around a country: `تبليسي (جورجيا)` → تبليسي, جورجيا. */
function placeWords(key: string): string[] {
  return key.replace(/[()]/g, ' ').trim().split(/ +/);
}

function isCalendarWord(word: string): boolean {
  const month = MONTHS.gregorian.get(word);
  return MONTHS.weekdays.has(word) || MONTHS.hijri.has(word) || (month !== undefined && !month.ambiguous);
}

/** A place name: a few words, none of them a function word, and not a weekday or a month. */
function isPlace(key: string): boolean {
  if (/[،,]/.test(key) || CREDITS.has(key) || AGENCY_KIND.has(key) || isCalendarWord(key)) return false;
  const words = placeWords(key);
  return words.length <= MAX_PLACE_WORDS && !words.some((w) => NOT_PLACES.has(w));
}

/** One or more reporters' names (commas between them), each of two to four words, none a function word. */
function isByline(key: string): boolean {
  return key.split(/[،,]/).every((name) => {
    const words = name.trim().split(' ');
    return words.length >= 2 && words.length <= MAX_BYLINE_WORDS && !words.some((w) => NOT_PLACES.has(w));
  });
}

function wordCount(key: string): number {
  return key.split(/[ ،,]+/).length;
}

/** What a part beside the agency is, or null when it cannot be in a dateline. */
function classify(at: Group, wanted: 'place' | 'byline'): Part | null {
  const key = keyOf(at.text);
  const kind = AGENCY_KIND.get(key);
  if (kind) return { role: 'agency', start: at.start, end: at.end, kind };
  if (CREDITS.has(key)) return { role: 'credit', start: at.start, end: at.end };
  const fits = wanted === 'place' ? isPlace(key) : isByline(key);
  return fits ? { role: wanted, start: at.start, end: at.end } : null;
}

/** A capture group's text and `[start, end)` in the normalized line. */
interface Group {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function group(match: RegExpExecArray, index: number): Group | null {
  const at = match.indices?.[index];
  const text = match[index];
  return at && text !== undefined ? { text, start: at[0], end: at[1] } : null;
}

interface ParsedDate {
  readonly calendar: 'gregorian' | 'hijri';
  readonly date: DatelineDate;
}

/** Reads one date matched by DATE, or null when it is no real date. */
function parseDate(line: Line, at: Group): ParsedDate | null {
  const parts = DATE_PARTS.exec(at.text);
  if (!parts) return null;
  const [, dayText, monthText, otherMonthText, yearText, mark] = parts;
  const day = Number(dayText);
  const year = Number(yearText);
  const monthKey = keyOf(monthText ?? '');
  const hijriMonth = MONTHS.hijri.get(monthKey);
  const gregorianMonth = MONTHS.gregorian.get(monthKey)?.month;
  if (otherMonthText !== undefined) {
    const otherKey = keyOf(otherMonthText);
    const other = hijriMonth !== undefined ? MONTHS.hijri.get(otherKey) : MONTHS.gregorian.get(otherKey)?.month;
    if (other !== (hijriMonth ?? gregorianMonth)) return null;
  }
  const span = spanAt(line, at.start, at.end);
  if (hijriMonth !== undefined) {
    const iso = mark === 'م' ? null : hijriToGregorian(year, hijriMonth, day);
    return iso ? { calendar: 'hijri', date: { ...span, year, month: hijriMonth, day, iso } } : null;
  }
  if (gregorianMonth === undefined || mark === 'ه' || !isValidGregorian(year, gregorianMonth, day)) return null;
  const iso = `${yearText}-${String(gregorianMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { calendar: 'gregorian', date: { ...span, year, month: gregorianMonth, day, iso } };
}

function build(
  line: Line,
  match: RegExpExecArray,
  found: { place?: Part | undefined; agency?: Part | undefined; dates?: readonly ParsedDate[] },
  rule: string,
): Dateline {
  const gregorian = found.dates?.find((d) => d.calendar === 'gregorian')?.date ?? null;
  const hijri = found.dates?.find((d) => d.calendar === 'hijri')?.date ?? null;
  return {
    ...spanAt(line, match.index, match.index + match[0].length),
    place: found.place ? spanAt(line, found.place.start, found.place.end) : null,
    agency: found.agency ? spanAt(line, found.agency.start, found.agency.end) : null,
    gregorian,
    hijri,
    date: gregorian?.iso ?? hijri?.iso ?? null,
    rule: `dateline/${rule}`,
  };
}

/** `dateline/spa` (place, Hijri date, الموافق, Gregorian date) and `dateline/place-date` (one date). */
function matchDated(line: Line, from: number): Dateline | null {
  DATED.lastIndex = from;
  const match = DATED.exec(line.normalized.text);
  if (!match) return null;
  const dates: ParsedDate[] = [];
  for (const index of [3, 4]) {
    const at = group(match, index);
    const parsed = at && parseDate(line, at);
    if (parsed) dates.push(parsed);
  }
  if (dates.length === 0 || (dates.length === 2 && dates[0]?.calendar === dates[1]?.calendar)) return null;
  let place: Part | undefined;
  const lead = group(match, 1);
  if (lead) {
    // The words before the date: a place, then maybe a weekday (الرياض يوم الاثنين 10 أغسطس 2015).
    const words = lead.text.split(/[ \t]/);
    if (MONTHS.weekdays.has(keyOf(words[words.length - 1] as string))) words.pop();
    if (words[words.length - 1] === 'يوم') words.pop();
    const kept = words.join(' ');
    if (kept.length > 0) {
      if (!isPlace(keyOf(kept))) return null;
      place = { role: 'place', start: lead.start, end: lead.start + kept.length };
    }
  }
  const agencyAt = group(match, 5);
  const agency: Part | undefined = agencyAt ? { role: 'agency', start: agencyAt.start, end: agencyAt.end } : undefined;
  // The rule is the shape written: two dates make an SPA dateline even when one of them is no real day.
  return build(line, match, { place, agency, dates }, group(match, 4) ? 'spa' : 'place-date');
}

/** Prefers a news agency (wire) to an outlet when a dateline names both (عين اليوم – واس). */
function pickAgency(parts: readonly Part[]): Part | undefined {
  const agencies = parts.filter((p) => p.role === 'agency');
  return agencies.find((p) => p.kind === 'agency') ?? agencies[0];
}

/** `dateline/<roles>`: the parts' roles in order, e.g. `agency-place` (سبق- الرياض). */
function fromParts(line: Line, match: RegExpExecArray, parts: readonly Part[]): Dateline | null {
  if (parts.length < 2 || !parts.some((p) => p.role === 'place' || p.role === 'agency')) return null;
  const place = parts.find((p) => p.role === 'place');
  return build(line, match, { place, agency: pickAgency(parts) }, parts.map((p) => p.role).join('-'));
}

function agencyPart(at: Group): Part {
  return { role: 'agency', start: at.start, end: at.end, kind: AGENCY_KIND.get(keyOf(at.text)) };
}

/**
 * Parts around a known agency. After it comes the place, of one or more words (عين اليوم – مكة
 * المكرمة). Before it come reporters (فايز الحسيكي – عين اليوم, ماجد الرفاعي- سبق- ينبع), except
 * that a lone word right before the agency is the place when none follows it (أنقرة - ليبيا اليوم,
 * زيد الخمشي- الرياض- سبق).
 */
function matchSource(line: Line, from: number): Dateline | null {
  SOURCE.lastIndex = from;
  const match = SOURCE.exec(line.normalized.text);
  const agencyAt = match && group(match, 3);
  if (!match || !agencyAt) return null;
  const first = group(match, 1);
  const second = group(match, 2);
  const after = group(match, 4);
  if (first && second && after) return null;
  // A lone word right before the agency is a place, unless a place follows the agency.
  const placeBefore = (at: Group) => !after && wordCount(keyOf(at.text)) === 1;
  const wanted: ('place' | 'byline')[] = [];
  if (first && second) wanted.push('byline', placeBefore(second) ? 'place' : 'byline');
  else if (first) wanted.push(placeBefore(first) ? 'place' : 'byline');
  const parts: Part[] = [];
  for (const [i, at] of [first, second].filter((g) => g !== null).entries()) {
    const part = classify(at, wanted[i] as 'place' | 'byline');
    if (!part) return null;
    parts.push(part);
  }
  parts.push(agencyPart(agencyAt));
  if (after) {
    const part = classify(after, 'place');
    if (!part) return null;
    parts.push(part);
  }
  return fromParts(line, match, parts);
}

/** `dateline/place-agency` from `القاهرة (رويترز) -`: one word, then the agency in brackets. */
function matchBracketed(line: Line, from: number): Dateline | null {
  BRACKETED.lastIndex = from;
  const match = BRACKETED.exec(line.normalized.text);
  const placeAt = match && group(match, 1);
  const agencyAt = match && group(match, 2);
  if (!match || !placeAt || !agencyAt || wordCount(keyOf(placeAt.text)) !== 1) return null;
  const place = classify(placeAt, 'place');
  return place ? fromParts(line, match, [place, agencyPart(agencyAt)]) : null;
}

/** `dateline/place-byline` from `لندن: رنيم حنوش`: one word, a colon, and a reporter's name. */
function matchColon(line: Line, from: number): Dateline | null {
  COLON.lastIndex = from;
  const match = COLON.exec(line.normalized.text);
  const first = match && group(match, 1);
  const second = match && group(match, 2);
  if (!match || !first || !second || wordCount(keyOf(first.text)) !== 1) return null;
  const place = classify(first, 'place');
  const byline = classify(second, 'byline');
  if (place?.role !== 'place' || !byline || byline.role === 'credit') return null;
  return fromParts(line, match, [place, byline]);
}

/**
 * `dateline/byline-place` or `dateline/place-byline`: two parts and no known agency, alone on their
 * line. A single word is the place and two or three words the reporter (أحمد البشيري – الباحة,
 * الرياض - محمد الحيدر); when both or neither are single words (حامد القرشي – مكة المكرمة), nothing
 * tells them apart without a gazetteer, and there is no dateline.
 */
function matchPair(line: Line, from: number): Dateline | null {
  PAIR.lastIndex = from;
  const match = PAIR.exec(line.normalized.text);
  const first = match && group(match, 1);
  const second = match && group(match, 2);
  if (!match || !first || !second) return null;
  const keys = [keyOf(first.text), keyOf(second.text)];
  if (keys.some((k) => AGENCY_KIND.has(k))) return null;
  const single = keys.map((k) => !CREDITS.has(k) && wordCount(k) === 1);
  if (single[0] === single[1]) return null;
  const parts: Part[] = [];
  for (const [i, at] of [first, second].entries()) {
    const part = classify(at, single[i] ? 'place' : 'byline');
    // With no agency to vouch for it, a byline is one name of at most three words: longer is a headline.
    if (!part || (part.role === 'byline' && wordCount(keys[i] as string) > MAX_PAIR_BYLINE_WORDS)) return null;
    parts.push(part);
  }
  return fromParts(line, match, parts);
}

/** A rule, and what a line must hold for it to match there: most lines fail the cheap test, not the costly regex. */
interface Rule {
  readonly match: (line: Line, from: number) => Dateline | null;
  readonly mayMatch: (text: string) => boolean;
}

const DIGIT = /\d/;
const DASH_SEARCH = new RegExp(`[${DASH}]`);

// In this order: a date makes the strongest dateline, a known agency the next strongest.
const RULES: readonly Rule[] = [
  { match: matchDated, mayMatch: (text) => DIGIT.test(text) },
  // The parts before and after the agency are set off by a dash: with none, the agency stands alone.
  { match: matchSource, mayMatch: (text) => DASH_SEARCH.test(text) },
  { match: matchBracketed, mayMatch: (text) => text.includes('(') },
  { match: matchColon, mayMatch: (text) => text.includes(':') },
  { match: matchPair, mayMatch: (text) => DASH_SEARCH.test(text) },
];
// `X: ...` is the commonest headline shape (أردوغان: ...), so the first line never gets the colon rule.
const FIRST_LINE_RULES = RULES.filter((rule) => rule.match !== matchColon);

function matchLine(text: string, span: Span, first: boolean): Dateline | null {
  const line = prepareLine(text, span);
  const normalized = line.normalized.text;
  LEAD.lastIndex = 0;
  LEAD.exec(normalized);
  CREDIT_LEAD.lastIndex = LEAD.lastIndex;
  const from = CREDIT_LEAD.exec(normalized) ? CREDIT_LEAD.lastIndex : LEAD.lastIndex;
  for (const rule of first ? FIRST_LINE_RULES : RULES) {
    const found = rule.mayMatch(normalized) ? rule.match(line, from) : null;
    if (found) return found;
  }
  return null;
}

/**
 * Finds the dateline that opens a news article: where it was filed from, by which agency, and when.
 * `lines` are the text's lines from `splitLines`. The dateline is looked for at the start of the
 * first lines (the first one may be the headline), up to the first line of body text and within the
 * first ~400 characters. Every span slices back: `text.slice(span.start, span.end) === span.text`.
 *
 * The parts are told apart with `data/agencies.ar.json`: a known agency or outlet is the agency,
 * the other part the place. A lone word beside the agency is a place (أنقرة - ليبيا اليوم), several
 * words before it are the reporter (فايز الحسيكي – عين اليوم: agency عين اليوم, place null), and
 * desk credits (وكالات, متابعات) are neither. The dateline span covers all parts, without the
 * colon or dash that ends it. `date` is the Gregorian date when one is written and valid, else the
 * Hijri date converted (Umm al-Qura). Returns null when the opening lines hold no dateline: an
 * ordinary first sentence (قال تقرير اليوم الاثنين إن …) is not one.
 *
 * Rules: `dateline/spa` (place, Hijri date, الموافق, Gregorian date, agency), `dateline/place-date`
 * (a place or weekday and one date), and for datelines made of parts, the parts' roles in order:
 * `agency-place` (سبق- الرياض), `place-agency` (الرياض - واس, القاهرة (رويترز)), `byline-agency`,
 * `byline-agency-place`, `agency-credit` (سبق- وكالات), `byline-place` (أحمد البشيري – الباحة),
 * `place-byline` (الأحساء ـ عادل الدحيلان, and لندن: رنيم حنوش below the first line, since
 * `X: …` is the commonest headline shape) …
 *
 * @example
 * ```ts
 * const text = 'بريدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nأعلنت أمانة منطقة القصيم …';
 * const dateline = findDateline(text, splitLines(text));
 * dateline?.place?.text   //=> 'بريدة'
 * dateline?.agency?.text  //=> 'واس'
 * dateline?.hijri?.iso    //=> '2015-08-10'
 * dateline?.date          //=> '2015-08-10'
 * dateline?.rule          //=> 'dateline/spa'
 * ```
 */
export function findDateline(text: string, lines: readonly Span[]): Dateline | null {
  for (let i = 0; i < lines.length && i < MAX_LINES; i++) {
    const line = lines[i] as Span;
    if (line.start >= MAX_OFFSET) break;
    const found = matchLine(text, line, i === 0);
    if (found) return found;
    if (line.text.length >= (i === 0 ? HEADLINE_LENGTH : PROSE_LENGTH)) break;
  }
  return null;
}
