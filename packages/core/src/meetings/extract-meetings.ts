import { z } from 'zod';
import { parseDates } from '../dates/parse-dates.js';
import { LiqaError } from '../errors.js';
import type { Article, DateMention, Meeting, Participant, PersonIndex, PersonMention, Span } from '../model.js';
import { type FindPersonsOptions, findPersons, findPersonsFor } from '../persons/find-persons.js';
import { normalizedSpanText } from '../text/normalized-spans.js';
import type { Attendance, MeetingCandidate, MeetingRefiner } from './candidate.js';
import { attendanceAt, clauseEnd, isAnnounced, isNegated, isNotMeeting } from './clause.js';
import { defaultMeetingRefiners } from './configuration.js';
import { findTriggers, type Trigger } from './find-triggers.js';
import { counterpartReach, findParties, subjectOf } from './parties.js';
import { leadSentences, meetingDate, meetingPlace, storyDate } from './when-where.js';

/** Options of {@link extractMeetings}. */
export interface ExtractMeetingsOptions {
  /**
   * Publication date, `YYYY-MM-DD`, for اليوم, أمس and weekdays. Defaults to the article's
   * `published`, then its dateline's date.
   */
  published?: string | null;
  /** Options of the persons stage: extra gazetteer entries and roles. */
  persons?: FindPersonsOptions;
  /** Extra refiners, run after the built-in ones. */
  refiners?: MeetingRefiner[];
}

const optionsSchema = z
  .object({
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be a date as YYYY-MM-DD')
      .nullish(),
    persons: z.unknown().optional(),
    refiners: z.array(z.function()).optional(),
  })
  .strict();

/** A date after the reference day means the meeting is yet to come. */
function isAfter(date: DateMention | null, reference: string | null): boolean {
  if (!date?.value || !reference || date.precision !== 'day') return false;
  return date.value > reference;
}

/** Items grouped by a key, in input order: pushed, not copied, so that a big group costs no more than a small one. */
function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function mentionSpansOf(mentions: readonly PersonMention[]): Map<number, Span[]> {
  const spans = new Map<number, Span[]>();
  for (const m of mentions) {
    for (const e of m.entities) {
      const span = { start: m.start, end: m.end, text: m.text };
      const list = spans.get(e);
      if (list) list.push(span);
      else spans.set(e, [span]);
    }
  }
  return spans;
}

/** The person mentions of each sentence, grouped once for the stages that read them sentence by sentence. */
function mentionsBySentence(persons: PersonIndex): Map<number, PersonMention[]> {
  return groupBy(persons.mentions, (m) => m.sentence);
}

/**
 * The dates of a sentence, parsed alone on first need, and the story's date (see storyDate()),
 * read from the lead on first need: a meeting takes its date from its own sentence or from the
 * lead, and most trigger sentences name no parties, so their dates are never read.
 */
function datesReader(article: Article, reference: string | null) {
  const bySentence = new Map<number, DateMention[]>();
  const datesOf = (index: number): DateMention[] => {
    let dates = bySentence.get(index);
    if (!dates) {
      const sentence = article.sentences[index] as Span;
      dates = parseDates(sentence.text, { reference }).map((date) => ({
        ...date,
        start: sentence.start + date.start,
        end: sentence.start + date.end,
      }));
      bySentence.set(index, dates);
    }
    return dates;
  };
  // undefined until read: the story may have no date (null).
  let story: DateMention | null | undefined;
  const storyOf = (): DateMention | null => {
    if (story === undefined) {
      story = storyDate(
        article,
        leadSentences(article).flatMap((sentence) => datesOf(sentence.index)),
      );
    }
    return story;
  };
  return { datesOf, storyOf };
}

/** True when a trigger reports no meeting whoever it names: negated (لم يلتق), or something else (استقبل العزاء). */
function tellsNoMeeting(text: string, trigger: Trigger, sentence: Span): boolean {
  return isNegated(text, sentence.start, trigger.start) || isNotMeeting(text, trigger.end, sentence.end);
}

/**
 * The reach of each trigger's counterpart (see counterpartReach()). A trigger that tells no
 * meeting (see tellsNoMeeting()) is given one all the same: telling that costs about what it saves.
 */
function reachesOf(article: Article, triggers: readonly Trigger[]) {
  return triggers.flatMap((t) => {
    const sentence = article.sentences[t.sentence];
    return sentence ? [counterpartReach(article.text, t, sentence)] : [];
  });
}

function candidatesOf(
  article: Article,
  triggers: readonly Trigger[],
  mentionsOf: ReadonlyMap<number, readonly PersonMention[]>,
  reference: string | null,
) {
  const { text } = article;
  const { datesOf, storyOf } = datesReader(article, reference);
  const candidates: MeetingCandidate[] = [];
  const bySentence = groupBy(triggers, (t) => t.sentence);

  for (const [index, sentenceTriggers] of bySentence) {
    const sentence = article.sentences[index];
    if (!sentence) continue;
    const mentions = mentionsOf.get(index) ?? [];
    let inherited: PersonMention[] = [];
    let lastVisit: Trigger | null = null;
    sentenceTriggers.forEach((trigger, i) => {
      // The visit told before this trigger in the sentence, whose destination may be its place.
      const visit = lastVisit;
      if (trigger.kind === 'visit') lastVisit = trigger;
      const next = sentenceTriggers[i + 1]?.start ?? sentence.end;
      const parties = tellsNoMeeting(text, trigger, sentence)
        ? null
        : findParties(text, trigger, sentence, mentions, next, inherited);
      const subject = subjectOf(
        text,
        trigger,
        mentions.filter((m) => m.end <= next),
      );
      if (subject.length > 0) inherited = subject;
      if (!parties) return;
      const end = clauseEnd(text, trigger.end, Math.min(next, sentence.end));
      const date = meetingDate(trigger, sentence, end, datesOf(index), storyOf, reference);
      const planned =
        trigger.tense === 'future' ||
        trigger.purpose ||
        isAnnounced(text, sentence.start, trigger.start) ||
        isAfter(date.mention, reference);
      candidates.push({
        trigger,
        kind: trigger.kind,
        status: planned ? 'planned' : 'occurred',
        sides: parties.sides,
        attendees: parties.attendees,
        mentionSpans: mentionSpansOf(parties.mentions),
        sentences: [index],
        date: date.mention,
        dateSource: date.source,
        place: meetingPlace(text, sentence, trigger, end, visit),
      });
    });
  }
  return candidates;
}

// `من الجانب الأمريكي` / `عن الجانب الليبي`: the attendees that follow came with that side.
const SIDE_WORDS = /(?:من|عن) (الجانب [\p{L}]+)/u;

/** Attendees named after an attendance cue in each sentence, for attendees told apart from their meeting. */
function attendanceBySentence(
  article: Article,
  mentionsOf: ReadonlyMap<number, readonly PersonMention[]>,
): Map<number, Attendance> {
  const found = new Map<number, Attendance>();
  for (const sentence of article.sentences) {
    // A sentence that names no one has no attendees to give.
    if (!mentionsOf.get(sentence.index)?.length) continue;
    const at = attendanceAt(article.text, sentence.start, sentence.end);
    if (at < 0) continue;
    const entities = (mentionsOf.get(sentence.index) ?? []).filter((m) => m.start >= at).flatMap((m) => m.entities);
    const side = SIDE_WORDS.exec(normalizedSpanText(article.text, at, sentence.end));
    if (entities.length > 0)
      found.set(sentence.index, { entities: [...new Set(entities)], sideWords: side?.[1] ?? null });
  }
  return found;
}

/** Confidence from how the meeting was found: a plain past verb with both sides named scores highest. */
function confidenceOf(candidate: MeetingCandidate, mentionsOf: ReadonlyMap<number, readonly PersonMention[]>): number {
  let score = candidate.trigger.tense === 'noun' ? 0.7 : 0.85;
  const seated = new Set(candidate.sides.flat());
  const kinds = new Set(
    candidate.sentences
      .flatMap((sentence) => mentionsOf.get(sentence) ?? [])
      .filter((m) => m.entities.some((e) => seated.has(e)))
      .map((m) => m.kind),
  );
  if (kinds.has('role') || kinds.has('group')) score -= 0.1;
  if (candidate.sides.some((side) => side.every((e) => candidate.attendees.includes(e)))) score -= 0.2;
  return Math.round(Math.max(0.1, Math.min(1, score)) * 100) / 100;
}

function toMeeting(
  article: Article,
  persons: PersonIndex,
  mentionsOf: ReadonlyMap<number, readonly PersonMention[]>,
  candidate: MeetingCandidate,
): Meeting {
  const participants: Participant[] = [];
  candidate.sides.forEach((side, sideIndex) => {
    for (const entityId of side) {
      const entity = persons.entities[entityId];
      if (!entity) continue;
      participants.push({
        entity: entityId,
        name: entity.name,
        aliases: entity.aliases,
        en: entity.en,
        role: entity.roles[0] ?? null,
        known: entity.known,
        side: sideIndex,
        attendee: candidate.attendees.includes(entityId),
        mentions: candidate.mentionSpans.get(entityId) ?? [],
      });
    }
  });
  return {
    kind: candidate.kind,
    status: candidate.status,
    participants,
    date: candidate.date?.value ?? null,
    dateText: candidate.date?.text ?? null,
    dateMention: candidate.date,
    dateSource: candidate.dateSource,
    place: candidate.place?.text ?? null,
    placeSpan: candidate.place,
    trigger: {
      start: candidate.trigger.start,
      end: candidate.trigger.end,
      text: candidate.trigger.text,
      rule: candidate.trigger.rule,
    },
    evidence: candidate.sentences.map((index) => {
      const sentence = article.sentences[index] as Span;
      return { start: sentence.start, end: sentence.end, text: sentence.text, article: article.id, sentence: index };
    }),
    confidence: confidenceOf(candidate, mentionsOf),
  };
}

/**
 * Every meeting between named persons that an article reports: who (with the forms and roles
 * the article gives them, and their sides), what kind, whether it happened or is planned, when,
 * where, and the sentences that say so. Persons named only by role (`نظيره`, `الوزيرين`) count when
 * the article names them elsewhere; negated meetings are left out.
 *
 * @example
 * ```ts
 * const article = parseArticle('وفي 25 أغسطس/آب، زار كالين بنغازي واجتمع مع خليفة حفتر، القائد العام للقوات المسلحة.');
 * const [meeting] = extractMeetings(article);
 * meeting?.participants.map((p) => p.name) //=> ['كالين', 'خليفة حفتر']
 * meeting?.date                             //=> '--08-25'
 * ```
 */
export function extractMeetings(article: Article, options: ExtractMeetingsOptions = {}): Meeting[] {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new LiqaError('invalid_options', `extractMeetings: ${z.prettifyError(parsed.error)}`);
  if (
    typeof article !== 'object' ||
    article === null ||
    typeof article.text !== 'string' ||
    !Array.isArray(article.sentences)
  ) {
    throw new LiqaError('invalid_input', 'extractMeetings: expected an Article from parseArticle()');
  }
  // Every meeting starts at a trigger word; most articles have none, and then the costly persons
  // and dates stages are not run at all.
  const triggers = findTriggers(article);
  if (triggers.length === 0) return [];
  const reference = options.published ?? article.published ?? article.dateline?.date ?? null;
  // Each meeting has a person named in a trigger's reach and another in its sentence; when no
  // sentence can have them, the persons stage is not run on the whole article. A caller's
  // refiners may make meetings of any mention.
  const persons = options.refiners?.length
    ? findPersons(article, options.persons)
    : findPersonsFor(article, reachesOf(article, triggers), options.persons);
  if (!persons) return [];
  const mentionsOf = mentionsBySentence(persons);
  let candidates = candidatesOf(article, triggers, mentionsOf, reference);
  // Without a candidate the built-in refiners have nothing to refine; a caller's may still add one.
  if (candidates.length === 0 && !options.refiners?.length) return [];
  const context = {
    text: article.text,
    attendanceBySentence: attendanceBySentence(article, mentionsOf),
    rolesOf: (entity: number) => persons.entities[entity]?.roles ?? [],
    mentionSpans: new Map([...mentionsOf].map(([sentence, mentions]) => [sentence, mentionSpansOf(mentions)] as const)),
  };
  for (const refine of [...defaultMeetingRefiners(), ...(options.refiners ?? [])])
    candidates = refine(candidates, context);
  return candidates.map((c) => toMeeting(article, persons, mentionsOf, c));
}
