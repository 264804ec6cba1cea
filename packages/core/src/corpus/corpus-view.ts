import { LiqaError } from '../errors.js';
import type { MeetingKind } from '../model.js';
import { dateInRange, meetingPairs } from './export.js';
import { newestFirst } from './merge-meetings.js';
import { type PersonMatch, PersonSearch, type PersonSuggestion } from './person-search.js';
import type { ResolvedPeople } from './resolve-people.js';
import type { CorpusMeeting, CorpusPerson } from './types.js';

/** Filters of the meeting queries. */
export interface MeetingFilter {
  /** First date kept (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), inclusive; undated meetings drop out. */
  readonly from?: string;
  /** Last date kept, inclusive. */
  readonly to?: string;
  /** Only meetings of this kind. */
  readonly kind?: MeetingKind;
}

/** One person someone met, with every meeting of the two. */
export interface MetPerson {
  readonly person: CorpusPerson;
  /** Newest first. */
  readonly meetings: readonly CorpusMeeting[];
  /** Dates of the newest and oldest dated meetings, or null. */
  readonly last: string | null;
  readonly first: string | null;
}

/** The answer of `whoMet`: the person the query resolved to, and everyone they met. */
export interface WhoMetAnswer {
  readonly person: CorpusPerson;
  /** Most recent meeting first; people met only at undated meetings last. */
  readonly met: readonly MetPerson[];
}

/** One date two people met, as `when` answers it. */
export interface MeetingDate {
  readonly date: string | null;
  readonly kind: MeetingKind;
  readonly place: string | null;
  /** {@link CorpusMeeting.id}. */
  readonly meeting: string;
  /** Number of articles that report it. */
  readonly sources: number;
}

/** A meeting network: people as nodes, pairs who met as edges weighted by meetings. */
export interface CorpusGraph {
  readonly nodes: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly en: string;
    readonly meetings: number;
  }>;
  readonly edges: ReadonlyArray<{
    readonly source: string;
    readonly target: string;
    readonly weight: number;
    /** Meeting ids, newest first. */
    readonly meetings: readonly string[];
  }>;
}

/** Options of `graph`. */
export interface GraphOptions extends MeetingFilter {
  /** Centre the graph on this person (any spelling); the whole corpus when left out. */
  readonly person?: string;
  /** How many meetings away from the person to go. @default 1 */
  readonly depth?: number;
}

const datedBounds = (meetings: readonly CorpusMeeting[]) => {
  const dates = meetings.map((m) => m.date).filter((d): d is string => d !== null && !d.startsWith('--'));
  return { last: dates[0] ?? null, first: dates.at(-1) ?? null };
};

/**
 * The people and merged meetings of a corpus, indexed for the queries. Immutable: the corpus
 * builds a new view when the store changes.
 */
export class CorpusView {
  readonly people: ReadonlyMap<string, CorpusPerson>;
  /** Newest first. */
  readonly meetings: readonly CorpusMeeting[];
  readonly #byPerson = new Map<string, CorpusMeeting[]>();
  readonly #search: PersonSearch;

  constructor(resolved: ResolvedPeople, meetings: readonly CorpusMeeting[]) {
    this.meetings = meetings;
    const articles = new Map<string, Set<string>>();
    for (const meeting of meetings) {
      for (const id of new Set(meeting.participants.map((p) => p.id))) {
        const list = this.#byPerson.get(id);
        if (list) list.push(meeting);
        else this.#byPerson.set(id, [meeting]);
        const seen = articles.get(id) ?? new Set<string>();
        for (const source of meeting.sources) seen.add(source.article);
        articles.set(id, seen);
      }
    }
    const people = new Map<string, CorpusPerson>();
    for (const [id, person] of resolved.people) {
      const count = this.#byPerson.get(id)?.length ?? 0;
      // People who are in no meeting (all their reports named one person) are not part of the corpus.
      if (count === 0) continue;
      people.set(id, { ...person, meetings: count, articles: articles.get(id)?.size ?? 0 });
    }
    this.people = people;
    this.#search = new PersonSearch(people.values());
  }

  /** People matching `query` by any spelling, best first. */
  find(query: string, limit?: number): PersonMatch[] {
    const exact = this.people.get(query);
    if (exact) return [{ person: exact, score: 1, matched: exact.id }];
    return this.#search.find(query, limit);
  }

  suggest(prefix: string, limit?: number): PersonSuggestion[] {
    return this.#search.suggest(prefix, limit);
  }

  /**
   * The one person a query means: an id, or the best match when it is clearly best. Throws
   * `person_not_found` (with near spellings) or `ambiguous_person` (with the candidates).
   */
  resolve(query: string): CorpusPerson {
    const matches = this.find(query, 5);
    const [top, second] = matches;
    if (!top || top.score < 0.85) {
      const near = matches.map((m) => `${m.person.name} (${m.person.en})`);
      throw new LiqaError(
        'person_not_found',
        `no person in the corpus is called ${JSON.stringify(query)}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`,
        { query, candidates: matches.map((m) => m.person.id) },
      );
    }
    if (second && second.score === top.score && top.score < 1) {
      const names = matches
        .filter((m) => m.score === top.score)
        .map((m) => `${m.person.name} (${m.person.en}, ${m.person.id})`);
      throw new LiqaError(
        'ambiguous_person',
        `${JSON.stringify(query)} could be ${names.join(' or ')}; give more of the name`,
        {
          query,
          candidates: matches.filter((m) => m.score === top.score).map((m) => m.person.id),
        },
      );
    }
    return top.person;
  }

  /** Meetings of a person, newest first, filtered. */
  meetingsOf(id: string, filter: MeetingFilter = {}): CorpusMeeting[] {
    return (this.#byPerson.get(id) ?? []).filter(
      (m) => (filter.kind === undefined || m.kind === filter.kind) && dateInRange(m.date, filter.from, filter.to),
    );
  }

  whoMet(query: string, filter: MeetingFilter = {}): WhoMetAnswer {
    const person = this.resolve(query);
    const byOther = new Map<string, CorpusMeeting[]>();
    for (const meeting of this.meetingsOf(person.id, filter)) {
      for (const [a, b] of meetingPairs(meeting)) {
        const other = a === person.id ? b : b === person.id ? a : null;
        if (other === null) continue;
        const list = byOther.get(other) ?? [];
        if (!list.includes(meeting)) list.push(meeting);
        byOther.set(other, list);
      }
    }
    const met: MetPerson[] = [];
    for (const [id, meetings] of byOther) {
      const other = this.people.get(id);
      if (!other) continue;
      met.push({ person: other, meetings, ...datedBounds(meetings) });
    }
    met.sort(
      (a, b) =>
        (b.last ?? '').localeCompare(a.last ?? '') ||
        b.meetings.length - a.meetings.length ||
        (a.person.id < b.person.id ? -1 : 1),
    );
    return { person, met };
  }

  between(a: string, b: string, filter: MeetingFilter = {}): CorpusMeeting[] {
    const first = this.resolve(a);
    const second = this.resolve(b);
    return this.meetingsOf(first.id, filter).filter((m) => m.participants.some((p) => p.id === second.id));
  }

  timeline(query: string, filter: MeetingFilter = {}): CorpusMeeting[] {
    const person = this.resolve(query);
    return this.meetingsOf(person.id, filter).reverse();
  }

  graph(options: GraphOptions = {}): CorpusGraph {
    const filter = { from: options.from, to: options.to, kind: options.kind };
    let meetings: CorpusMeeting[];
    if (options.person === undefined) {
      meetings = this.meetings.filter(
        (m) => (filter.kind === undefined || m.kind === filter.kind) && dateInRange(m.date, filter.from, filter.to),
      );
    } else {
      const depth = options.depth ?? 1;
      if (!Number.isInteger(depth) || depth < 1) {
        throw new LiqaError('invalid_options', `graph: depth must be a whole number of at least 1, got ${depth}`);
      }
      const seen = new Set([this.resolve(options.person).id]);
      const kept = new Set<CorpusMeeting>();
      let frontier = [...seen];
      for (let level = 0; level < depth && frontier.length > 0; level++) {
        const next: string[] = [];
        for (const id of frontier) {
          for (const meeting of this.meetingsOf(id, filter)) {
            kept.add(meeting);
            for (const p of meeting.participants) {
              if (!seen.has(p.id)) {
                seen.add(p.id);
                next.push(p.id);
              }
            }
          }
        }
        frontier = next;
      }
      meetings = [...kept].sort(newestFirst);
    }
    const edges = new Map<string, { source: string; target: string; weight: number; meetings: string[] }>();
    const degree = new Map<string, number>();
    for (const meeting of meetings) {
      for (const id of new Set(meeting.participants.map((p) => p.id))) degree.set(id, (degree.get(id) ?? 0) + 1);
      for (const [source, target] of meetingPairs(meeting)) {
        const key = `${source}\u0000${target}`;
        const edge = edges.get(key) ?? { source, target, weight: 0, meetings: [] };
        edge.weight++;
        edge.meetings.push(meeting.id);
        edges.set(key, edge);
      }
    }
    const nodes = [...degree].flatMap(([id, count]) => {
      const person = this.people.get(id);
      return person ? [{ id, name: person.name, en: person.en, meetings: count }] : [];
    });
    return { nodes, edges: [...edges.values()] };
  }
}
