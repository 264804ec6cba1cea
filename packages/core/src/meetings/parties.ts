/**
 * Who is on which side of one trigger's meeting: the subject (host, or the one the report is
 * about), the counterpart(s) after مع / ب / بين / كلا من or as the verb's object, and the attendees.
 */
import type { PersonMention, Sentence } from '../model.js';
import type { Range } from '../persons/candidate.js';
import {
  attendanceAt,
  clauseEnd,
  clauseStart,
  endsWithBetween,
  endsWithList,
  endsWithWithCue,
  gapWords,
  joinsSameSide,
} from './clause.js';
import type { Trigger } from './find-triggers.js';

/** The parties of one meeting, as entity ids, with the mentions that name them. */
export interface Parties {
  /** Side 0 holds the subject (host); sides 1… the counterparts. */
  readonly sides: readonly (readonly number[])[];
  /** Entities on side 0 who attended rather than held the meeting. */
  readonly attendees: readonly number[];
  readonly mentions: readonly PersonMention[];
}

/** How far after a noun trigger its counterpart cue may stand: لقائه أمس في الرياض مع … */
const NOUN_REACH = 60;

const entitiesOf = (group: readonly PersonMention[]) => [...new Set(group.flatMap((m) => m.entities))];

/** Splits mentions in text order into runs joined only by و / ، / كلا من: each run is one side. */
function coordinatedRuns(text: string, mentions: readonly PersonMention[]): PersonMention[][] {
  const runs: PersonMention[][] = [];
  for (const mention of mentions) {
    const last = runs.at(-1);
    const previous = last?.at(-1);
    if (last && previous && joinsSameSide(gapWords(text, previous.end, mention.start))) last.push(mention);
    else runs.push([mention]);
  }
  return runs;
}

/** The letter glued before a mention (بالرئيس → ب), which marks the counterpart like مع does. */
function attachedPrefix(text: string, mention: PersonMention): string {
  const before = text.slice(Math.max(0, mention.start - 2), mention.start);
  return /[\p{L}]$/u.test(before) ? before.replace(/^[^\p{L}]+/u, '') : '';
}

/** Index of the first mention that a counterpart cue (مع، ب، بين; من for calls) introduces, or -1. */
function counterpartCue(text: string, trigger: Trigger, mentions: readonly PersonMention[]): number {
  let previousEnd = trigger.end;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i] as PersonMention;
    const words = gapWords(text, previousEnd, mention.start);
    if (endsWithWithCue(words, attachedPrefix(text, mention), trigger.kind === 'call')) return i;
    previousEnd = mention.end;
  }
  return -1;
}

/**
 * The counterpart's sides. A group named as one (الوزيرين، وزيرا دفاع تركيا وقطر) is one side when
 * received as guests, but one party each in talks and meetings, where each minister speaks for
 * their own country.
 */
function counterpartSides(trigger: Trigger, counterpart: readonly PersonMention[]): number[][] {
  const onlyGroup = counterpart.length === 1 && counterpart[0]?.kind === 'group';
  return onlyGroup && trigger.kind !== 'reception' ? eachOwnSide(counterpart) : [entitiesOf(counterpart)];
}

/** One side per entity: the parties of multilateral talks (بين الوزراء الثلاثة). */
function eachOwnSide(group: readonly PersonMention[]): number[][] {
  return entitiesOf(group).map((entity) => [entity]);
}

/** Side 0 from the subject's mentions, then one side per counterpart party, each entity seated once. */
function sidesFrom(subject: readonly PersonMention[], counterparts: readonly (readonly number[])[]): number[][] {
  const taken = new Set(entitiesOf(subject));
  const sides: number[][] = [entitiesOf(subject)];
  for (const party of counterparts) {
    const side = party.filter((e) => !taken.has(e));
    for (const e of side) taken.add(e);
    if (side.length > 0) sides.push(side);
  }
  return sides;
}

/** Everything between the trigger and the end of its clause, split into what stands before and after. */
interface Clause {
  readonly before: readonly PersonMention[];
  readonly after: readonly PersonMention[];
  readonly attendees: readonly PersonMention[];
  readonly end: number;
}

function clauseOf(
  text: string,
  trigger: Trigger,
  sentence: Sentence,
  mentions: readonly PersonMention[],
  nextTriggerStart: number,
): Clause {
  const sentenceEnd = sentence.end;
  const end = clauseEnd(text, trigger.end, Math.min(nextTriggerStart, sentenceEnd));
  const attendance = attendanceAt(text, trigger.end, sentenceEnd);
  const partyEnd = attendance >= 0 ? Math.min(end, attendance) : end;
  const opening = clauseStart(text, sentence.start, trigger.start);
  return {
    before: mentions.filter((m) => m.end <= trigger.start && m.start >= opening),
    after: mentions.filter((m) => m.start >= trigger.end && m.end <= partyEnd),
    attendees:
      attendance >= 0
        ? mentions.filter((m) => m.start >= attendance && m.end <= clauseEnd(text, attendance + 5, sentenceEnd))
        : [],
    end,
  };
}

/** The run of mentions nearest before the trigger in its sentence: the subject of a noun or a verb placed after it. */
function nearestRunBefore(text: string, before: readonly PersonMention[]): PersonMention[] {
  const runs = coordinatedRuns(text, before);
  return runs.at(-1) ?? [];
}

function verbParties(
  text: string,
  trigger: Trigger,
  clause: Clause,
  inherited: readonly PersonMention[],
): number[][] | null {
  const { after } = clause;
  const cue = counterpartCue(text, trigger, after);
  if (cue > 0) {
    const counterpart = after.slice(cue);
    const between = endsWithBetween(
      gapWords(text, (after[cue - 1] as PersonMention).end, (after[cue] as PersonMention).start),
    );
    return sidesFrom(after.slice(0, cue), between ? eachOwnSide(counterpart) : counterpartSides(trigger, counterpart));
  }
  const subjectBefore = nearestRunBefore(text, clause.before);
  const subjectFallback = subjectBefore.length > 0 ? subjectBefore : [...inherited];
  if (cue === 0) {
    const counterpart = after;
    if (endsWithBetween(gapWords(text, trigger.end, (after[0] as PersonMention).start))) {
      return subjectFallback.length > 0
        ? sidesFrom(subjectFallback, eachOwnSide(counterpart))
        : eachOwnSide(counterpart);
    }
    return sidesFrom(subjectFallback, counterpartSides(trigger, counterpart));
  }
  if (trigger.needs === 'with') return null;
  const runs = coordinatedRuns(text, after);
  const [first, ...rest] = runs;
  if (!first) return null;
  // A list after كلا من is the counterpart even when the subject stands before the verb.
  const listed = endsWithList(gapWords(text, trigger.end, (first[0] as PersonMention).start));
  if (rest.length > 0 && !listed) return sidesFrom(first, [entitiesOf(rest.flat())]);
  if (subjectFallback.length > 0) return sidesFrom(subjectFallback, [entitiesOf(runs.flat())]);
  // التقى A وB / اجتمع A وB: the persons named together met each other.
  const names = first.filter((m) => m.kind !== 'group');
  if (trigger.kind !== 'reception' && trigger.needs === null && names.length >= 2) return eachOwnSide(first);
  return null;
}

function nounParties(
  text: string,
  trigger: Trigger,
  clause: Clause,
  inherited: readonly PersonMention[],
): number[][] | null {
  // حضر اللقاء / حضر جلسة المباحثات: the persons after it attended; the meeting is told elsewhere.
  if (/(?:^|\s)و?حضر(?: جلسه)?$/u.test(gapWords(text, Math.max(0, trigger.start - 24), trigger.start))) return null;
  const near = clause.after.filter((m) => m.start - trigger.end <= NOUN_REACH || m === clause.after[0]);
  if (near.length === 0) return null;
  const firstGap = gapWords(text, trigger.end, (near[0] as PersonMention).start);
  if (endsWithBetween(firstGap)) {
    // اللقاء بين A و B: A and B are the parties; a group (الوزراء الثلاثة) gives one party each.
    const runs = coordinatedRuns(text, near);
    const parties = runs.flat();
    return parties.length === 1 ? eachOwnSide(parties) : parties.flatMap((m) => eachOwnSide([m]));
  }
  const cue = counterpartCue(text, trigger, near);
  if (cue < 0) {
    // مباحثات الرئيس المصري والأمير محمد بن سلمان: the noun's own parties follow it, joined by و.
    const [run] = coordinatedRuns(text, near);
    const names = (run ?? []).filter((m) => m.kind !== 'group');
    return firstGap === '' && names.length >= 2 ? names.flatMap((m) => eachOwnSide([m])) : null;
  }
  const subject = cue > 0 ? near.slice(0, cue) : nearestRunBefore(text, clause.before);
  const fallback = subject.length > 0 ? subject : [...inherited];
  const counterpart = coordinatedRuns(text, near.slice(cue))[0] ?? [];
  return sidesFrom(fallback, counterpartSides(trigger, counterpart));
}

/**
 * The parties of the meeting a trigger reports, or null when it names fewer than two persons on
 * two sides. `inherited` is the subject of the sentence's previous trigger (زار كالين بنغازي
 * واجتمع مع حفتر: كالين is also the one who met).
 */
export function findParties(
  text: string,
  trigger: Trigger,
  sentence: Sentence,
  mentions: readonly PersonMention[],
  nextTriggerStart: number,
  inherited: readonly PersonMention[],
): Parties | null {
  const clause = clauseOf(text, trigger, sentence, mentions, nextTriggerStart);
  const sides =
    trigger.tense === 'noun'
      ? nounParties(text, trigger, clause, inherited)
      : verbParties(text, trigger, clause, inherited);
  if (!sides || sides.length < 2 || sides.some((side) => side.length === 0)) return null;
  const seated = new Set(sides.flat());
  const attendees = entitiesOf(clause.attendees).filter((e) => !seated.has(e));
  const used = new Set([...seated, ...attendees]);
  return {
    sides: [[...(sides[0] as number[]), ...attendees], ...sides.slice(1)],
    attendees,
    mentions: mentions.filter((m) => m.entities.some((e) => used.has(e))),
  };
}

/**
 * Where {@link findParties} may find a trigger's counterpart: from the trigger to the end of its
 * clause, read to the end of its sentence (so past any later trigger there), or to an attendance
 * cue (بحضور), after which persons attend. Every meeting has a person named there, so an article
 * with no one named in any trigger's reach reports none.
 */
export function counterpartReach(text: string, trigger: Trigger, sentence: Sentence): Range {
  const end = clauseEnd(text, trigger.end, sentence.end);
  const attendance = attendanceAt(text, trigger.end, sentence.end);
  return { start: trigger.end, end: attendance >= 0 ? Math.min(end, attendance) : end };
}

/** The subject run a trigger leaves for the next trigger of its sentence to inherit. */
export function subjectOf(text: string, trigger: Trigger, mentions: readonly PersonMention[]): PersonMention[] {
  const after = mentions.filter((m) => m.start >= trigger.end);
  const before = mentions.filter((m) => m.end <= trigger.start);
  const run = coordinatedRuns(text, after)[0];
  return trigger.tense !== 'noun' && run && run.length > 0 ? run : nearestRunBefore(text, before);
}
