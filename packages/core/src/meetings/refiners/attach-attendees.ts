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
  for (const [sentence, { entities, sideWords }] of context.attendanceBySentence) {
    if (candidates.some((c) => c.sentences.includes(sentence))) continue;
    let target = -1;
    for (let i = 0; i < result.length; i++) {
      const last = Math.max(...(result[i] as MeetingCandidate).sentences);
      if (last < sentence && sentence - last <= ATTENDANCE_REACH) target = i;
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
  }
  return result;
};
