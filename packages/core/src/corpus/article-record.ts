import { createHash } from 'node:crypto';
import type { Article, Meeting } from '../model.js';
import type { ArticleRecord, MeetingReport, StoredArticle } from './types.js';

/** Metadata of an article that the text itself does not carry. */
export interface ArticleMeta {
  readonly id: string;
  /** Fingerprint of the input as read; by default the hash of the parsed text. */
  readonly hash?: string;
  readonly published?: string | null;
  readonly source?: string | null;
  readonly url?: string | null;
  readonly origin?: string | null;
}

/**
 * SHA-256 of an article's text, hex: the fingerprint that stops the same text being stored twice.
 *
 * @example
 * ```ts
 * textHash('abc'); //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * What the store keeps of one parsed article and the meetings found in it: metadata, the text's
 * hash, and each meeting as a {@link MeetingReport} with its evidence sentence.
 *
 * @example
 * ```ts
 * const article = parseArticle(readFileSync('seeds/004_6008fad84a751262.txt', 'utf8'));
 * const meetings = extractMeetings(article, { published: '2020-08-17' });
 * const record = articleRecord(article, meetings, { id: 'seeds/004', published: '2020-08-17' });
 * record.reports.map((r) => [r.kind, r.date, r.participants.length]);
 * //=> [['reception', '2020-08-17', 3], ['talks', '2020-08-17', 4], ['reception', '2020-08-17', 3]]
 * await store.addArticles([record]);
 * ```
 */
export function articleRecord(article: Article, meetings: readonly Meeting[], meta: ArticleMeta): ArticleRecord {
  const stored: StoredArticle = {
    id: meta.id,
    hash: meta.hash ?? textHash(article.text),
    title: article.title,
    published: meta.published ?? article.published ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    origin: meta.origin ?? null,
  };
  const reports = meetings.map((meeting, index): MeetingReport => {
    const evidence = meeting.evidence[0];
    return {
      article: meta.id,
      index,
      kind: meeting.kind,
      status: meeting.status,
      date: meeting.date,
      dateText: meeting.dateText,
      dateResolution: meeting.dateMention?.value
        ? meeting.dateMention.resolution === 'absolute'
          ? 'absolute'
          : 'reference'
        : null,
      place: meeting.place,
      trigger: meeting.trigger.text,
      rule: meeting.trigger.rule,
      sentence: evidence?.text ?? meeting.trigger.text,
      start: evidence?.start ?? meeting.trigger.start,
      end: evidence?.end ?? meeting.trigger.end,
      confidence: meeting.confidence,
      participants: meeting.participants.map((p) => ({
        name: p.name,
        aliases: p.aliases,
        en: p.en,
        role: p.role,
        known: p.known,
        side: p.side,
        attendee: p.attendee,
      })),
    };
  });
  return { article: stored, reports };
}
