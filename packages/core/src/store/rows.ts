import type { ArticleRecord, MeetingReport, ReportedParticipant, StoredArticle } from '../corpus/types.js';
import type { MeetingKind, MeetingStatus } from '../model.js';
import type { StoredReports } from './store.js';

/**
 * Records to table rows and back, shared by both stores so that they write and read the same
 * columns in the same order.
 */

export const ARTICLE_COLUMNS = ['id', 'hash', 'title', 'published', 'source', 'url', 'origin', 'ingested_at'] as const;
export const REPORT_COLUMNS = [
  'article_id',
  'idx',
  'kind',
  'status',
  'meeting_date',
  'date_text',
  'place',
  'trigger_text',
  'rule',
  'sentence',
  'start_offset',
  'end_offset',
  'confidence',
  'date_resolution',
] as const;
export const PARTICIPANT_COLUMNS = [
  'article_id',
  'report_idx',
  'idx',
  'name',
  'aliases',
  'en',
  'role',
  'known',
  'side',
  'attendee',
] as const;

export type SqlValue = string | number | null;

export function articleRow(article: StoredArticle, ingestedAt: string): SqlValue[] {
  const { id, hash, title, published, source, url, origin } = article;
  return [id, hash, title, published, source, url, origin, ingestedAt];
}

export function reportRows(record: ArticleRecord): SqlValue[][] {
  return record.reports.map((r) => [
    record.article.id,
    r.index,
    r.kind,
    r.status,
    r.date,
    r.dateText,
    r.place,
    r.trigger,
    r.rule,
    r.sentence,
    r.start,
    r.end,
    r.confidence,
    r.dateResolution,
  ]);
}

export function participantRows(record: ArticleRecord): SqlValue[][] {
  return record.reports.flatMap((r) =>
    r.participants.map((p, i) => [
      record.article.id,
      r.index,
      i,
      p.name,
      JSON.stringify(p.aliases),
      p.en,
      p.role,
      p.known,
      p.side,
      p.attendee ? 1 : 0,
    ]),
  );
}

type Row = Record<string, unknown>;

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function toStoredArticle(row: Row): StoredArticle {
  return {
    id: String(row.id),
    hash: String(row.hash),
    title: text(row.title),
    published: text(row.published),
    source: text(row.source),
    url: text(row.url),
    origin: text(row.origin),
  };
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Assembles reports from the rows of the three tables. Sorted here, by code point, because the
 * two databases collate text differently.
 */
export function assembleReports(articleRows: Row[], reportRowsIn: Row[], participantRowsIn: Row[]): StoredReports {
  const articles = new Map<string, StoredArticle>();
  for (const row of articleRows) articles.set(String(row.id), toStoredArticle(row));
  const people = new Map<string, { idx: number; participant: ReportedParticipant }[]>();
  for (const row of participantRowsIn) {
    const key = `${row.article_id}\u0000${row.report_idx}`;
    const list = people.get(key) ?? [];
    list.push({
      idx: Number(row.idx),
      participant: {
        name: String(row.name),
        aliases: JSON.parse(String(row.aliases)) as string[],
        en: String(row.en),
        role: text(row.role),
        known: text(row.known),
        side: Number(row.side),
        attendee: Number(row.attendee) === 1,
      },
    });
    people.set(key, list);
  }
  const reports: MeetingReport[] = reportRowsIn.map((row) => ({
    article: String(row.article_id),
    index: Number(row.idx),
    kind: String(row.kind) as MeetingKind,
    status: String(row.status) as MeetingStatus,
    date: text(row.meeting_date),
    dateText: text(row.date_text),
    dateResolution:
      row.date_resolution === 'absolute' || row.date_resolution === 'reference' ? row.date_resolution : null,
    place: text(row.place),
    trigger: String(row.trigger_text),
    rule: String(row.rule),
    sentence: String(row.sentence),
    start: Number(row.start_offset),
    end: Number(row.end_offset),
    confidence: Number(row.confidence),
    participants: (people.get(`${row.article_id}\u0000${row.idx}`) ?? [])
      .sort((a, b) => a.idx - b.idx)
      .map((p) => p.participant),
  }));
  reports.sort((a, b) => byCodePoint(a.article, b.article) || a.index - b.index);
  return { articles, reports };
}
