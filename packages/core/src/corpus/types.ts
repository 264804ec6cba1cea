import type { MeetingKind, MeetingStatus } from '../model.js';

/**
 * Shapes of the corpus layer: what a store keeps for each article (its metadata and the meetings it
 * reports), and what the corpus answers after it has resolved people and merged reports across
 * articles. All are plain, JSON-serialisable objects.
 */

/** An article as the corpus keeps it: metadata and a fingerprint of its text, not the text itself. */
export interface StoredArticle {
  /** The caller's id (JSONL `id`, or the file path for files). */
  readonly id: string;
  /** SHA-256 of the article's text, hex: the same text under another id is not ingested twice. */
  readonly hash: string;
  readonly title: string | null;
  /** Publication date `YYYY-MM-DD`, when known. */
  readonly published: string | null;
  /** Newspaper or site key, when the input names one. */
  readonly source: string | null;
  readonly url: string | null;
  /** Where it was read from: `file` or `file:line`. */
  readonly origin: string | null;
}

/** A person as one article names them in one meeting. */
export interface ReportedParticipant {
  /** The fullest name the article gives, without titles. */
  readonly name: string;
  /** Other forms the article uses for the person. */
  readonly aliases: readonly string[];
  /** The usual English spelling (gazetteer) or a transliteration. */
  readonly en: string;
  readonly role: string | null;
  /** Gazetteer id of a known person. */
  readonly known: string | null;
  readonly side: number;
  readonly attendee: boolean;
}

/** One meeting as one article reports it, with its evidence. */
export interface MeetingReport {
  /** Id of the reporting article. */
  readonly article: string;
  /** Position of the meeting among the article's meetings. */
  readonly index: number;
  readonly kind: MeetingKind;
  readonly status: MeetingStatus;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or null, as resolved in the article. */
  readonly date: string | null;
  readonly dateText: string | null;
  /**
   * `absolute` when the words alone give the date (`25 أغسطس 2015`); `reference` when it was
   * resolved against the publication date (`اليوم`, `أمس`), and so is only as sure as that date.
   */
  readonly dateResolution: 'absolute' | 'reference' | null;
  /** City or venue as written. */
  readonly place: string | null;
  /** The words that report the meeting, and the rule that matched them. */
  readonly trigger: string;
  readonly rule: string;
  /** The evidence sentence, and its offsets in the article's text. */
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly participants: readonly ReportedParticipant[];
}

/** Everything ingest writes for one article, in one transaction. */
export interface ArticleRecord {
  readonly article: StoredArticle;
  readonly reports: readonly MeetingReport[];
}

/** Why two names were taken for one person. */
export interface MergeReason {
  /** The name that joined the person. */
  readonly name: string;
  /** The rule that joined it: `known-person`, `same-name`, `same-latin-name`, `partial-name`. */
  readonly rule: string;
  /** A sentence a user can read: why these mentions are one person. */
  readonly why: string;
}

/** A person across the corpus: every spelling of one person, resolved into one entity. */
export interface CorpusPerson {
  /** Stable id derived from the person's name key (or gazetteer id). */
  readonly id: string;
  /** Canonical Arabic name: the gazetteer's, else the fullest form the articles give. */
  readonly name: string;
  /** Latin spelling. */
  readonly en: string;
  /** Every other spelling seen, Arabic and Latin. */
  readonly aliases: readonly string[];
  /** Roles seen, most frequent first. */
  readonly roles: readonly string[];
  /** Gazetteer id when known. */
  readonly known: string | null;
  /** How many merged meetings the person took part in, and in how many articles. */
  readonly meetings: number;
  readonly articles: number;
  /** Why each other spelling was merged into this person. */
  readonly merges: readonly MergeReason[];
}

/** A person in a corpus meeting. */
export interface CorpusParticipant {
  /** {@link CorpusPerson.id}. */
  readonly id: string;
  readonly name: string;
  readonly en: string;
  readonly role: string | null;
  readonly side: number;
  readonly attendee: boolean;
}

/** One report of a corpus meeting: the article and the sentence that say so. */
export interface MeetingSource {
  readonly article: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  /** The date and its words as this report gives them. */
  readonly date: string | null;
  readonly dateText: string | null;
}

/** One meeting, merged from every report of it across the corpus. */
export interface CorpusMeeting {
  /** Stable id derived from the first report (`article#index`). */
  readonly id: string;
  readonly kind: MeetingKind;
  readonly status: MeetingStatus;
  /** The most precise date any report gives. */
  readonly date: string | null;
  readonly place: string | null;
  readonly participants: readonly CorpusParticipant[];
  /** Every report, oldest publication first. */
  readonly sources: readonly MeetingSource[];
  readonly confidence: number;
}
