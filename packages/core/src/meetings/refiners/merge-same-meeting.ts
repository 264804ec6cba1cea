import type { MeetingCandidate, MeetingRefiner } from '../candidate.js';

const pairsOf = (c: MeetingCandidate): Set<string> => {
  const pairs = new Set<string>();
  for (let a = 0; a < c.sides.length; a++) {
    for (let b = a + 1; b < c.sides.length; b++) {
      for (const x of c.sides[a] ?? []) for (const y of c.sides[b] ?? []) pairs.add(x < y ? `${x}|${y}` : `${y}|${x}`);
    }
  }
  return pairs;
};

/** A meeting is told again in the same or the next sentence; further on, the same people met again. */
const MERGE_REACH = 1;

const near = (a: MeetingCandidate, b: MeetingCandidate) =>
  a.sentences.some((x) => b.sentences.some((y) => Math.abs(x - y) <= MERGE_REACH));

const sameDay = (a: MeetingCandidate, b: MeetingCandidate) =>
  a.date === null || b.date === null || a.date.value === null || b.date.value === null || a.date.value === b.date.value;

/**
 * One meeting told twice in an article (استقبل … وجرى خلال الاستقبال بحث …; a verb and its noun in
 * one sentence) becomes one: when the two stand in the same or adjacent sentences and every pair
 * of persons of one is a pair of the other, on a compatible day, they become one meeting with the
 * sentences of both.
 */
export const mergeSameMeeting: MeetingRefiner = (candidates) => {
  const kept: MeetingCandidate[] = [];
  // Where each kept meeting is told, so that a candidate is compared only with the meetings near
  // it, not with every meeting of the article before it.
  const keptBySentence = new Map<number, Set<number>>();
  const remember = (index: number) => {
    for (const sentence of (kept[index] as MeetingCandidate).sentences) {
      const indexes = keptBySentence.get(sentence);
      if (indexes) indexes.add(index);
      else keptBySentence.set(sentence, new Set([index]));
    }
  };
  /** Indexes of the kept meetings told within MERGE_REACH sentences of the candidate, first kept first. */
  const nearIndexes = (candidate: MeetingCandidate) => {
    const found = new Set<number>();
    for (const sentence of candidate.sentences) {
      for (let at = sentence - MERGE_REACH; at <= sentence + MERGE_REACH; at++) {
        for (const index of keptBySentence.get(at) ?? []) found.add(index);
      }
    }
    return [...found].sort((a, b) => a - b);
  };
  for (const candidate of candidates) {
    const pairs = pairsOf(candidate);
    const index =
      nearIndexes(candidate).find((i) => {
        const k = kept[i] as MeetingCandidate;
        if (k.status !== candidate.status || !near(k, candidate) || !sameDay(k, candidate)) return false;
        const other = pairsOf(k);
        return [...pairs].every((p) => other.has(p)) || [...other].every((p) => pairs.has(p));
      }) ?? -1;
    if (index < 0) {
      kept.push(candidate);
      remember(kept.length - 1);
      continue;
    }
    const existing = kept[index] as MeetingCandidate;
    // The first telling names the meeting, unless only the second does so with a verb; the
    // telling with more pairs seats the people, so that no pair is lost.
    const verbFirst = existing.trigger.tense !== 'noun' || candidate.trigger.tense === 'noun';
    const fuller = verbFirst ? existing : candidate;
    const other = fuller === existing ? candidate : existing;
    const seating = pairsOf(other).size > pairsOf(fuller).size ? other : fuller;
    const spans = new Map(other.mentionSpans);
    for (const [e, s] of fuller.mentionSpans) spans.set(e, s);
    kept[index] = {
      ...fuller,
      sides: seating.sides,
      attendees: [...new Set([...fuller.attendees, ...other.attendees])],
      mentionSpans: spans,
      sentences: [...new Set([...existing.sentences, ...candidate.sentences])].sort((a, b) => a - b),
      date: fuller.date ?? other.date,
      dateSource: fuller.date ? fuller.dateSource : other.dateSource,
      place: fuller.place ?? other.place,
    };
    remember(index);
  }
  return kept;
};
