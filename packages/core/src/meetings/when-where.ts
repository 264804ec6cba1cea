/** The date and the place of a meeting, read from its clause, else from the story around it. */
import { PLACES } from '../lexicon/meeting-lexicon.js';
import type { Article, DateMention, DateSource, Sentence, Span } from '../model.js';
import { spanOf } from '../model.js';
import { firstNotBefore } from '../sorted.js';
import { toOriginalSpan } from '../text/normalize.js';
import { normalizedSpan } from '../text/normalized-spans.js';
import type { Trigger } from './find-triggers.js';

/** How far before its trigger a date may stand and still be the meeting's: استقبل … أمس / أمس استقبل. */
const DATE_REACH_BEFORE = 80;
/** Sentences at the top of a report whose first date is the date of the story. */
const LEAD_SENTENCES = 5;
/** Shorter sentences at the top are labels and stray headlines, not the lead. */
const MIN_LEAD_WORDS = 6;

/** A meeting's date, and where it came from. */
export interface MeetingDate {
  readonly mention: DateMention | null;
  readonly source: DateSource;
}

/** The sentences of the lead, where a story states its date: the first few that are not labels. */
export function leadSentences(article: Article): Sentence[] {
  const lead: Sentence[] = [];
  for (const sentence of article.sentences) {
    if (lead.length === LEAD_SENTENCES) break;
    if (sentence.text.split(/\s+/u).length >= MIN_LEAD_WORDS) lead.push(sentence);
  }
  return lead;
}

/**
 * The date of the story: the first date at day precision (or day and month) in the lead
 * paragraphs. News states the day of the event once, at the top (`أمس`, `اليوم الاثنين`), and
 * the paragraphs after it tell the same day's meetings.
 */
export function storyDate(article: Article, dates: readonly DateMention[]): DateMention | null {
  const lead = leadSentences(article);
  const inLead = (d: DateMention) => lead.some((s) => s.start <= d.start && d.end <= s.end);
  return dates.find((d) => inLead(d) && (d.precision === 'day' || d.precision === 'day-month')) ?? null;
}

/** `هذا العام` / `العام الجاري`: a date that only repeats the reference's year says nothing of the day. */
function isReferenceYear(date: DateMention, reference: string | null): boolean {
  return (
    date.precision === 'year' &&
    reference !== null &&
    date.value === reference.slice(0, 4) &&
    date.resolution === 'reference'
  );
}

/** Index of the first date (in text order) that starts at or after `offset`. */
function firstAtOrAfter(dates: readonly DateMention[], offset: number): number {
  return firstNotBefore(dates, (date) => date.start < offset);
}

/** The date nearest the trigger inside its clause (or just before it in the sentence), else the story's date. */
export function meetingDate(
  trigger: Trigger,
  sentence: Span,
  clauseEnd: number,
  dates: readonly DateMention[],
  story: () => DateMention | null,
  reference: string | null,
): MeetingDate {
  const from = Math.max(sentence.start, trigger.start - DATE_REACH_BEFORE);
  // The dates are in text order: start at the first one at `from`, rather than scan them all for each trigger.
  const near: DateMention[] = [];
  for (let i = firstAtOrAfter(dates, from); i < dates.length; i++) {
    const d = dates[i] as DateMention;
    if (d.start >= clauseEnd) break;
    if (d.end <= clauseEnd && d.value !== null && !isReferenceYear(d, reference)) near.push(d);
  }
  if (near.length > 0) {
    const distance = (d: DateMention) => (d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end);
    const best = near.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    return { mention: best, source: 'sentence' };
  }
  const told = story();
  if (told && told.value !== null) return { mention: told, source: 'context' };
  return { mention: null, source: 'none' };
}

const VENUE = new RegExp(PLACES.venues.source, 'gud');
const TOWN = new RegExp(PLACES.towns.source, 'gud');
const BARE_TOWN = new RegExp(PLACES.bareTowns.source, 'gud');
// A venue's name runs on for a few words after its head (فندق كورنثيا، مقر وزارة الدفاع) and stops at punctuation or a time word.
const VENUE_TAIL = /^(?:\s+(?!(?:اليوم|امس|مساء|صباح|يوم|في|مع|على|الى|من|و)(?:\s|$))[\p{L}]+){0,3}/u;

/** All matches of a sticky-free global pattern with group 1's indices. */
function groupSpans(pattern: RegExp, text: string): [number, number][] {
  const spans: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (m.indices?.[1]) spans.push(m.indices[1]);
  pattern.lastIndex = 0;
  return spans;
}

/**
 * The venue or town named in the trigger's clause (بفندق كورنثيا، في بنغازي), nearest the trigger;
 * a town without a preposition only as what a visit in the sentence went to (زار كالين بنغازي).
 */
export function meetingPlace(
  text: string,
  sentence: Span,
  trigger: Trigger,
  clauseEnd: number,
  visit: Trigger | null,
): Span | null {
  const from = Math.max(sentence.start, trigger.start - DATE_REACH_BEFORE);
  const normalized = normalizedSpan(text, from, clauseEnd);
  const toSpan = ([start, end]: [number, number]) => {
    const span = toOriginalSpan(normalized, start, end);
    return spanOf(text, from + span.start, from + span.end);
  };
  const triggerAt = trigger.start - from;
  const distance = ([start]: [number, number]) => Math.abs(start - triggerAt);
  const nearest = (spans: [number, number][]) =>
    spans.reduce<[number, number] | null>((a, b) => (!a || distance(b) < distance(a) ? b : a), null);

  const venue = nearest(groupSpans(VENUE, normalized.text));
  if (venue) {
    const tail = VENUE_TAIL.exec(normalized.text.slice(venue[1]))?.[0] ?? '';
    return toSpan([venue[0], venue[1] + tail.length]);
  }
  const town = nearest(groupSpans(TOWN, normalized.text));
  if (town) return toSpan(town);
  if (visit && visit.end <= trigger.start && visit.start >= from) {
    const visited = groupSpans(BARE_TOWN, normalized.text).find(
      ([start]) => start >= visit.end - from && start < triggerAt,
    );
    if (visited) return toSpan(visited);
  }
  return null;
}
