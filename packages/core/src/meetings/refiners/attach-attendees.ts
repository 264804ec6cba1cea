import { seatAttendees } from '../affiliation.js';
import type { MeetingCandidate, MeetingRefiner } from '../candidate.js';

/** How many sentences after a meeting an attendance sentence (وحضر اللقاء …) may stand and still belong to it. */
const ATTENDANCE_REACH = 6;

/**
 * Attendees named in a sentence of their own after the meeting (`وحضر الاستقبال …`, `كما حضر
 * الاجتماع …`) join the nearest meeting before them, seated with the side they came with
 * ({@link seatAttendees}).
 */
export const attachAttendees: MeetingRefiner = (candidates, context) => {
  const result: MeetingCandidate[] = [...candidates];
  const told = new Set(candidates.flatMap((c) => c.sentences));
  // The meetings by the last sentence that tells them, so that each attendance sentence looks only
  // at the few sentences before it, not at every meeting of the article.
  const byLastSentence = new Map<number, Set<number>>();
  const file = (index: number) => {
    const last = Math.max(...(result[index] as MeetingCandidate).sentences);
    const indexes = byLastSentence.get(last);
    if (indexes) indexes.add(index);
    else byLastSentence.set(last, new Set([index]));
    return last;
  };
  const lastOf = result.map((_, index) => file(index));
  for (const [sentence, { entities, sideWords }] of context.attendanceBySentence) {
    if (told.has(sentence)) continue;
    // The latest meeting (in candidate order) that ends within ATTENDANCE_REACH sentences before this one.
    let target = -1;
    for (let last = sentence - ATTENDANCE_REACH; last < sentence; last++) {
      for (const index of byLastSentence.get(last) ?? []) target = Math.max(target, index);
    }
    const meeting = result[target];
    if (!meeting) continue;
    const seated = new Set(meeting.sides.flat());
    const joining = entities.filter((e) => !seated.has(e));
    if (joining.length === 0) continue;
    const sideRoles = meeting.sides.map((side) => side.flatMap((e) => context.rolesOf(e)));
    const sides = meeting.sides.map((side) => [...side]);
    const spans = new Map(meeting.mentionSpans);
    const seats = seatAttendees(joining, context.rolesOf, sideRoles, sideWords);
    for (const e of joining) {
      sides[seats.get(e) ?? 0]?.push(e);
      spans.set(e, context.mentionSpans.get(sentence)?.get(e) ?? []);
    }
    result[target] = {
      ...meeting,
      sides,
      attendees: [...meeting.attendees, ...joining],
      mentionSpans: spans,
      sentences: [...meeting.sentences, sentence],
    };
    byLastSentence.get(lastOf[target] as number)?.delete(target);
    lastOf[target] = file(target);
  }
  return result;
};
