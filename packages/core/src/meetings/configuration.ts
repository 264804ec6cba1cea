import type { MeetingRefiner } from './candidate.js';
import { attachAttendees } from './refiners/attach-attendees.js';
import { mergeSameMeeting } from './refiners/merge-same-meeting.js';

/**
 * The meeting refiners, in order. Attendees join before merging, so that a meeting told twice
 * keeps the attendees of either telling.
 */
export function defaultMeetingRefiners(): MeetingRefiner[] {
  return [attachAttendees, mergeSameMeeting];
}
