import type { DateMention, DateSource, MeetingKind, MeetingStatus, Span } from '../model.js';
import type { Trigger } from './find-triggers.js';

/** A meeting while the refiners work on it: entity ids rather than finished participants. */
export interface MeetingCandidate {
  readonly trigger: Trigger;
  readonly kind: MeetingKind;
  readonly status: MeetingStatus;
  /** Entity ids per side; side 0 is the host's. */
  readonly sides: readonly (readonly number[])[];
  readonly attendees: readonly number[];
  /** Mentions of the participants in the evidence, by entity id. */
  readonly mentionSpans: ReadonlyMap<number, readonly Span[]>;
  /** Indexes of the sentences that state the meeting. */
  readonly sentences: readonly number[];
  readonly date: DateMention | null;
  readonly dateSource: DateSource;
  readonly place: Span | null;
}

/** A list-to-list step over the candidates of one article (chrono's refiner). */
export type MeetingRefiner = (
  candidates: readonly MeetingCandidate[],
  context: MeetingRefinerContext,
) => MeetingCandidate[];

/** What a refiner may read besides the candidates. */
export interface MeetingRefinerContext {
  readonly text: string;
  /** The attendees each sentence names after an attendance cue (وحضر اللقاء …), by sentence index. */
  readonly attendanceBySentence: ReadonlyMap<number, Attendance>;
  readonly mentionSpans: ReadonlyMap<number, ReadonlyMap<number, readonly Span[]>>;
  /** The roles the article gives an entity. */
  readonly rolesOf: (entity: number) => readonly string[];
}

/** Attendees named in one sentence, with the side the sentence gives them, if any. */
export interface Attendance {
  readonly entities: readonly number[];
  /** `من الجانب الأمريكي`: the side's words, read like a role to find whom they came with. */
  readonly sideWords: string | null;
}
