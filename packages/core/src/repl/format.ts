import { personLabel } from '../cli/render-corpus.js';
import type { CorpusStats } from '../corpus/corpus.js';
import type { CorpusGraph, MeetingDate, MetPerson, WhoMetAnswer } from '../corpus/corpus-view.js';
import type { IngestSummary } from '../corpus/ingest.js';
import type { PersonMatch, PersonSuggestion } from '../corpus/person-search.js';
import type { CorpusMeeting, CorpusParticipant, CorpusPerson, MeetingSource } from '../corpus/types.js';
import { isLiqaError } from '../errors.js';

/**
 * How the REPL shows liqa's answers: a meeting on one line, lists as tables, a person as a short
 * card. The answers stay plain objects; their shape alone picks the layout here, so the same
 * rendering serves `whoMet(…)` and `(await whoMet(…)).met[0].meetings` alike. Anything else is
 * left to `util.inspect`.
 */

/** Options of {@link formatResult}. */
export interface FormatOptions {
  /** Rows a table shows before it says how many more there are. @default 100 */
  maxRows?: number;
  /** Bold headers (ANSI) for a terminal that shows colours. @default false */
  colors?: boolean;
}

type Row = readonly string[];

/** Longest rule under the last column of a table. */
const RULE_MAX = 40;

/** Columns a string takes in a terminal: combining marks and format characters take none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) if (!/[\p{M}\p{Cf}]/u.test(char)) width++;
  return width;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Rows under a header and a rule, columns padded to their widest cell; the last column is not padded. */
export function table(header: Row, rows: readonly Row[], options: FormatOptions = {}): string {
  const maxRows = options.maxRows ?? 100;
  const shown = rows.slice(0, maxRows);
  const widths = header.map((title, i) => Math.max(displayWidth(title), ...shown.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: Row) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : padEnd(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const bold = (text: string) => (options.colors ? `\u001b[1m${text}\u001b[22m` : text);
  // The last column is not padded, so its rule need not span its longest cell.
  const rule = widths.map((w, i) => '─'.repeat(i === widths.length - 1 ? Math.min(w, RULE_MAX) : w));
  const lines = [bold(line(header)), line(rule), ...shown.map(line)];
  if (rows.length > shown.length) lines.push(`… and ${rows.length - shown.length} more (.json prints them all)`);
  return lines.join('\n');
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isArrayOf =
  <T>(guard: (item: unknown) => item is T) =>
  (value: unknown): value is readonly T[] =>
    Array.isArray(value) && value.length > 0 && value.every(guard);

const isMeeting = (value: unknown): value is CorpusMeeting =>
  isObject(value) &&
  typeof value.id === 'string' &&
  typeof value.kind === 'string' &&
  typeof value.status === 'string' &&
  Array.isArray(value.participants) &&
  Array.isArray(value.sources);

const isPerson = (value: unknown): value is CorpusPerson =>
  isObject(value) &&
  typeof value.id === 'string' &&
  typeof value.name === 'string' &&
  typeof value.en === 'string' &&
  Array.isArray(value.aliases) &&
  Array.isArray(value.merges);

const isWhoMet = (value: unknown): value is WhoMetAnswer =>
  isObject(value) && isPerson(value.person) && Array.isArray(value.met);

const isMetPerson = (value: unknown): value is MetPerson =>
  isObject(value) && isPerson(value.person) && Array.isArray(value.meetings) && 'last' in value;

const isPersonMatch = (value: unknown): value is PersonMatch =>
  isObject(value) && isPerson(value.person) && typeof value.score === 'number';

const isSuggestion = (value: unknown): value is PersonSuggestion =>
  isObject(value) &&
  typeof value.id === 'string' &&
  typeof value.name === 'string' &&
  typeof value.en === 'string' &&
  typeof value.meetings === 'number' &&
  !('aliases' in value);

const isMeetingDate = (value: unknown): value is MeetingDate =>
  isObject(value) && typeof value.meeting === 'string' && typeof value.sources === 'number' && 'date' in value;

const isGraph = (value: unknown): value is CorpusGraph =>
  isObject(value) && Array.isArray(value.nodes) && Array.isArray(value.edges) && Object.keys(value).length === 2;

const isStats = (value: unknown): value is CorpusStats =>
  isObject(value) &&
  ['articles', 'reports', 'participants', 'people', 'meetings'].every((key) => typeof value[key] === 'number');

const isIngestSummary = (value: unknown): value is IngestSummary =>
  isObject(value) &&
  typeof value.added === 'number' &&
  typeof value.skipped === 'number' &&
  typeof value.reports === 'number' &&
  Array.isArray(value.errors);

/** The people of a meeting, host's side first, sides apart: `A, B ↔ C`. Attendees are counted, not named. */
function peopleOf(participants: readonly CorpusParticipant[]): string {
  const sides = new Map<number, string[]>();
  let attendees = 0;
  for (const p of participants) {
    if (p.attendee) {
      attendees++;
      continue;
    }
    const side = sides.get(p.side) ?? [];
    side.push(personLabel(p));
    sides.set(p.side, side);
  }
  const text = [...sides.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, names]) => names.join(', '))
    .join(' ↔ ');
  return attendees > 0 ? `${text} (+${attendees} attending)` : text;
}

/** The first report of a meeting, and how many others there are: `aawsat 2015-08-10#3 +1`. */
function sourceOf(sources: readonly MeetingSource[]): string {
  const [first] = sources;
  if (!first) return '';
  const label = first.source ? `${first.source} ${first.article}` : first.article;
  return sources.length > 1 ? `${label} +${sources.length - 1}` : label;
}

const dateOf = (date: string | null) => date ?? 'undated';
const kindOf = (m: { readonly kind: string; readonly status?: string }) =>
  m.status === 'planned' ? `${m.kind} (planned)` : m.kind;

/** One meeting on one line: date, kind, people (Arabic with the Latin spelling), place, source. */
export function formatMeeting(meeting: CorpusMeeting): string {
  return [
    `${dateOf(meeting.date)} ${kindOf(meeting)}`,
    peopleOf(meeting.participants),
    meeting.place,
    sourceOf(meeting.sources),
  ]
    .filter((part) => part !== null && part !== '')
    .join(' · ');
}

function formatMeetings(meetings: readonly CorpusMeeting[], options: FormatOptions): string {
  return table(
    ['date', 'kind', 'place', 'source', 'people'],
    meetings.map((m) => [dateOf(m.date), kindOf(m), m.place ?? '', sourceOf(m.sources), peopleOf(m.participants)]),
    options,
  );
}

function formatMet(met: readonly MetPerson[], options: FormatOptions): string {
  return table(
    ['met', 'meetings', 'last', 'first'],
    met.map((m) => [personLabel(m.person), String(m.meetings.length), m.last ?? 'undated', m.first ?? '']),
    options,
  );
}

/** A person as a short card: name, id, counts, spellings, roles. */
export function formatPerson(person: CorpusPerson): string {
  const lines = [
    `${personLabel(person)} [${person.id}] · ${person.meetings} meeting${person.meetings === 1 ? '' : 's'} in ${person.articles} article${person.articles === 1 ? '' : 's'}`,
  ];
  const spellings = person.aliases.filter((a) => a !== person.name && a !== person.en);
  if (spellings.length > 0) lines.push(`  also: ${spellings.join('، ')}`);
  if (person.roles.length > 0) lines.push(`  roles: ${person.roles.slice(0, 3).join('؛ ')}`);
  return lines.join('\n');
}

function formatIngest(summary: IngestSummary): string {
  const empty = Array.isArray(summary.empty) && summary.empty.length > 0 ? `${summary.empty.length} empty, ` : '';
  const lines = [
    `Read ${summary.articles} articles: ${summary.added} added, ${summary.skipped} already stored, ${empty}${summary.errors.length} errors; ${summary.reports} meeting reports in the new articles.`,
  ];
  for (const error of summary.errors.slice(0, 20)) lines.push(`  ${error.message}`);
  if (summary.errors.length > 20)
    lines.push(`  … and ${summary.errors.length - 20} more errors (.json lists them all)`);
  return lines.join('\n');
}

function formatGraph(graph: CorpusGraph, options: FormatOptions): string {
  const labels = new Map(graph.nodes.map((n) => [n.id, personLabel(n)]));
  const edges = [...graph.edges].sort((a, b) => b.weight - a.weight);
  const head = `${graph.nodes.length} people, ${graph.edges.length} pairs who met`;
  if (edges.length === 0) return head;
  return `${head}\n${table(
    ['meetings', 'person', 'met'],
    edges.map((e) => [String(e.weight), labels.get(e.source) ?? e.source, labels.get(e.target) ?? e.target]),
    options,
  )}`;
}

/**
 * Text for a liqa answer (meetings, people, who-met, graph, ingest summary, a `LiqaError`), or null
 * when the value is something else.
 */
export function formatResult(value: unknown, options: FormatOptions = {}): string | null {
  if (isLiqaError(value)) return `LiqaError: ${value.message}`;
  if (isMeeting(value)) return formatMeeting(value);
  if (isArrayOf(isMeeting)(value)) return formatMeetings(value, options);
  if (isWhoMet(value)) {
    const { person, met } = value;
    if (met.length === 0) return `${personLabel(person)} met nobody in this corpus.`;
    return `${personLabel(person)} met ${met.length} ${met.length === 1 ? 'person' : 'people'}:\n${formatMet(met, options)}`;
  }
  if (isArrayOf(isMetPerson)(value)) return formatMet(value, options);
  if (isPerson(value)) return formatPerson(value);
  if (isPersonMatch(value)) return formatPerson(value.person);
  if (isArrayOf(isPersonMatch)(value)) {
    return table(
      ['person', 'id', 'meetings', 'match'],
      value.map((m) => [personLabel(m.person), m.person.id, String(m.person.meetings), m.score.toFixed(2)]),
      options,
    );
  }
  if (isArrayOf(isSuggestion)(value)) {
    return table(
      ['person', 'id', 'meetings'],
      value.map((s) => [personLabel(s), s.id, String(s.meetings)]),
      options,
    );
  }
  if (isArrayOf(isMeetingDate)(value)) {
    return table(
      ['date', 'kind', 'place', 'sources', 'meeting'],
      value.map((d) => [dateOf(d.date), d.kind, d.place ?? '', String(d.sources), d.meeting]),
      options,
    );
  }
  if (isGraph(value)) return formatGraph(value, options);
  if (isIngestSummary(value)) return formatIngest(value);
  if (isStats(value)) {
    return `${value.articles} articles, ${value.people} people, ${value.meetings} meetings (${value.reports} meeting reports)`;
  }
  return null;
}
