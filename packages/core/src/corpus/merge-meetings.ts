import { PLACES } from '../lexicon/meeting-lexicon.js';
import { nameKey } from '../names/name-key.js';
import type { ResolvedPeople } from './resolve-people.js';
import type {
  CorpusMeeting,
  CorpusParticipant,
  MeetingReport,
  MeetingSource,
  ReportedParticipant,
  StoredArticle,
} from './types.js';

/**
 * Meeting deduplication across articles. Reports are the same meeting when they have the same
 * principals (the people who held it, attendees aside), the same status, both are calls or both
 * are in person, and their dates and places are compatible:
 * - days within one day of each other (papers date a late-evening meeting differently), or two
 *   when either date was resolved against a publication date (`اليوم`, `أمس`): web and print
 *   editions, and crawl dates, put the same wire story a day apart;
 * - a month, a year or a day without a year joins the one meeting it fits, if only one fits;
 * - an undated report joins the one meeting of those people in the week before its article was
 *   published (any date, when its article has no date) — if exactly one fits; else it stands alone.
 * Places are compatible unless they name two different cities.
 * The merged meeting keeps every report as a source, and the most precise date any report gives.
 */

const DAY_MS = 86_400_000;
/** How far before publication an undated report may have happened. */
const UNDATED_WINDOW_DAYS = 7;

type Precision = 'day' | 'month' | 'year' | 'month-day' | 'none';

interface DatedReport {
  readonly report: MeetingReport;
  readonly persons: ReadonlyMap<string, ReportedParticipant>;
  readonly precision: Precision;
  /** Days since the epoch, for day precision. */
  readonly day: number | null;
  readonly published: number | null;
  readonly place: string | null;
}

interface Cluster {
  readonly members: DatedReport[];
  /** The first day-precision member's day, or null. */
  anchor: number | null;
  /** True when the anchor was resolved against a publication date. */
  readonly relativeAnchor: boolean;
  /** The month (`YYYY-MM`) or year of a cluster started by a vaguer date. */
  readonly coarse: string | null;
  readonly placeKeys: Set<string>;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

function precisionOf(date: string | null): Precision {
  if (date === null) return 'none';
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  if (/^--\d{2}-\d{2}$/.test(date)) return 'month-day';
  return 'none';
}

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, year: 2, 'month-day': 3, none: 4 };

const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

let cityKeys: Set<string> | null = null;
const isCity = (key: string) => {
  cityKeys ??= new Set(PLACES.cities.map(nameKey));
  return cityKeys.has(key);
};

/**
 * Places are nested (a hotel in a city in a country), so two reports only disagree on the place
 * when they name two different cities.
 */
function placeCompatible(cluster: Cluster, place: string | null): boolean {
  if (place === null || !isCity(place)) return true;
  for (const key of cluster.placeKeys) if (isCity(key) && key !== place) return false;
  return true;
}

function fits(cluster: Cluster, item: DatedReport): boolean {
  if (!placeCompatible(cluster, item.place)) return false;
  const date = item.report.date;
  switch (item.precision) {
    case 'day':
      return (
        cluster.anchor !== null &&
        Math.abs(cluster.anchor - (item.day as number)) <=
          (cluster.relativeAnchor || item.report.dateResolution === 'reference' ? 2 : 1)
      );
    case 'month':
    case 'year':
      return cluster.anchor !== null
        ? isoOfDay(cluster.anchor).startsWith(date as string)
        : cluster.coarse !== null && cluster.coarse === date;
    case 'month-day': {
      if (cluster.anchor === null) return false;
      const year = isoOfDay(cluster.anchor).slice(0, 4);
      const day = dayNumber(`${year}-${(date as string).slice(2)}`);
      return Number.isFinite(day) && Math.abs(day - cluster.anchor) <= 1;
    }
    case 'none': {
      if (item.published === null) return true;
      const anchor = cluster.anchor;
      if (anchor !== null) return anchor <= item.published && item.published - anchor <= UNDATED_WINDOW_DAYS;
      // Two undated reports: published within the window of each other.
      const other = cluster.members.find((m) => m.precision === 'none' && m.published !== null)?.published ?? null;
      return cluster.coarse === null && (other === null || Math.abs(other - item.published) <= UNDATED_WINDOW_DAYS);
    }
  }
}

function cluster(items: DatedReport[]): Cluster[] {
  items.sort(
    (a, b) =>
      PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
      byCodePoint(a.report.date ?? '', b.report.date ?? '') ||
      byCodePoint(a.report.article, b.report.article) ||
      a.report.index - b.report.index,
  );
  const clusters: Cluster[] = [];
  for (const item of items) {
    const candidates = clusters.filter((c) => fits(c, item));
    // A vague report joins a meeting only when it fits exactly one; a dated one joins the nearest.
    const target = item.precision === 'day' ? candidates[0] : candidates.length === 1 ? candidates[0] : undefined;
    if (target) {
      target.members.push(item);
      if (item.place) target.placeKeys.add(item.place);
      continue;
    }
    clusters.push({
      members: [item],
      anchor: item.day,
      relativeAnchor: item.report.dateResolution === 'reference',
      coarse: item.precision === 'month' || item.precision === 'year' ? item.report.date : null,
      placeKeys: new Set(item.place ? [item.place] : []),
    });
  }
  return clusters;
}

/** The merged meeting of one cluster of reports. */
function toMeeting(
  members: readonly DatedReport[],
  articles: ReadonlyMap<string, StoredArticle>,
  people: ResolvedPeople,
): CorpusMeeting {
  const sources = [...members].sort(
    (a, b) =>
      byCodePoint(articles.get(a.report.article)?.published ?? '~', articles.get(b.report.article)?.published ?? '~') ||
      byCodePoint(a.report.article, b.report.article) ||
      a.report.index - b.report.index,
  );
  const best = [...members].sort(
    (a, b) =>
      b.report.confidence - a.report.confidence ||
      PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
      byCodePoint(a.report.article, b.report.article) ||
      a.report.index - b.report.index,
  )[0] as DatedReport;
  const dated = [...members].sort(
    (a, b) =>
      PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
      byCodePoint(a.report.date ?? '', b.report.date ?? ''),
  )[0] as DatedReport;
  const placeCounts = new Map<string, number>();
  for (const m of sources)
    if (m.report.place) placeCounts.set(m.report.place, (placeCounts.get(m.report.place) ?? 0) + 1);
  const place = [...placeCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  const participants = new Map<string, CorpusParticipant>();
  for (const member of [best, ...sources]) {
    for (const [id, p] of member.persons) {
      const attendee = members.every((m) => !m.persons.has(id) || (m.persons.get(id) as ReportedParticipant).attendee);
      const existing = participants.get(id);
      if (existing) continue;
      const person = people.people.get(id);
      participants.set(id, {
        id,
        name: person?.name ?? p.name,
        en: person?.en ?? p.en,
        role: p.role,
        side: p.side,
        attendee,
      });
    }
  }
  const first = [...members].sort(
    (a, b) => byCodePoint(a.report.article, b.report.article) || a.report.index - b.report.index,
  )[0] as DatedReport;
  return {
    id: `${first.report.article}#${first.report.index}`,
    kind: best.report.kind,
    status: best.report.status,
    date: dated.report.date,
    place,
    participants: [...participants.values()].sort((a, b) => a.side - b.side || Number(a.attendee) - Number(b.attendee)),
    sources: sources.map(({ report }): MeetingSource => {
      const article = articles.get(report.article);
      return {
        article: report.article,
        title: article?.title ?? null,
        published: article?.published ?? null,
        url: article?.url ?? null,
        source: article?.source ?? null,
        sentence: report.sentence,
        start: report.start,
        end: report.end,
        date: report.date,
        dateText: report.dateText,
      };
    }),
    confidence: Math.max(...members.map((m) => m.report.confidence)),
  };
}

/**
 * Merges reports of the same meeting across articles into {@link CorpusMeeting}s, newest first.
 * Reports with fewer than two resolved people are left out: they name no meeting between people.
 * {@link Corpus} does this on every change of its store; call it to merge reports of your own.
 *
 * @example
 * ```ts
 * const { articles, reports } = await store.loadReports();
 * const meetings = mergeMeetings(reports, articles, resolvePeople(reports));
 * [reports.length, meetings.length]; //=> [11, 10] on the seeds
 * meetings.find((m) => m.sources.length > 1)?.sources.map((s) => s.article);
 * //=> ['seeds/004_6008fad84a751262.txt', 'seeds/001_65443733ff0e7f94.txt']
 * ```
 */
export function mergeMeetings(
  reports: readonly MeetingReport[],
  articles: ReadonlyMap<string, StoredArticle>,
  people: ResolvedPeople,
): CorpusMeeting[] {
  const groups = new Map<string, DatedReport[]>();
  const placeKeys = new Map<string, string>();
  for (const report of reports) {
    const persons = new Map<string, ReportedParticipant>();
    for (const p of report.participants) {
      const id = people.personOf(p);
      if (id === null) continue;
      const seen = persons.get(id);
      // One person named twice in a report: the principal mention wins over the attendee one.
      if (!seen || (seen.attendee && !p.attendee)) persons.set(id, p);
    }
    if (persons.size < 2) continue;
    const principals = [...persons].filter(([, p]) => !p.attendee).map(([id]) => id);
    const key = [
      [...(principals.length > 0 ? principals : persons.keys())].sort(byCodePoint).join(' '),
      report.kind === 'call' ? 'call' : 'in-person',
      report.status,
    ].join('|');
    const precision = precisionOf(report.date);
    const published = articles.get(report.article)?.published ?? null;
    let place: string | null = null;
    if (report.place) {
      place = placeKeys.get(report.place) ?? nameKey(report.place);
      placeKeys.set(report.place, place);
    }
    const item: DatedReport = {
      report,
      persons,
      precision,
      day: precision === 'day' ? dayNumber(report.date as string) : null,
      published: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? dayNumber(published) : null,
      place: place || null,
    };
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const meetings: CorpusMeeting[] = [];
  for (const items of groups.values()) {
    for (const c of cluster(items)) meetings.push(toMeeting(c.members, articles, people));
  }
  return meetings.sort(newestFirst);
}

/** Newest first; undated meetings last; ties by id so that the order is stable. */
export function newestFirst(a: CorpusMeeting, b: CorpusMeeting): number {
  const da = a.date && !a.date.startsWith('--') ? a.date : '';
  const db = b.date && !b.date.startsWith('--') ? b.date : '';
  return byCodePoint(db, da) || byCodePoint(a.id, b.id);
}
