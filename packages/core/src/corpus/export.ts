import { LiqaError } from '../errors.js';
import type { CorpusMeeting, CorpusPerson } from './types.js';

/**
 * Exports of a corpus: JSON, CSV (for spreadsheets) and GraphML (for Gephi and yEd). Pure functions
 * of a snapshot of the corpus: no I/O, and the same snapshot always gives the same text.
 */

/**
 * The people and meetings of a corpus, as the corpus answers them, in the order they are exported.
 *
 * @example
 * const snapshot: CorpusSnapshot = { people: corpus.people(), meetings: corpus.meetings() };
 */
export interface CorpusSnapshot {
  readonly people: readonly CorpusPerson[];
  readonly meetings: readonly CorpusMeeting[];
}

/**
 * The date range of {@link toGraphML}: both bounds inclusive, either may be left out.
 *
 * @example
 * const spring: GraphMLOptions = { from: '2024-03-01', to: '2024-05-31' };
 */
export interface GraphMLOptions {
  /** First day kept, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), inclusive. */
  readonly from?: string;
  /** Last day kept, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), inclusive. */
  readonly to?: string;
}

/** Joins the items of a list field in CSV and GraphML. */
const LIST_SEPARATOR = ' | ';

/**
 * Serialises a snapshot as pretty-printed JSON `{ "people": [...], "meetings": [...] }`, with people and
 * meetings in the order given, ending with a newline.
 *
 * @example
 * writeFileSync('corpus.json', toJson({ people, meetings }));
 */
export function toJson(snapshot: CorpusSnapshot): string {
  return `${JSON.stringify({ people: snapshot.people, meetings: snapshot.meetings }, null, 2)}\n`;
}

/** The columns of {@link toCsv}, per table. */
const CSV_COLUMNS = {
  meetings: [
    'id',
    'date',
    'kind',
    'status',
    'place',
    'participants',
    'participants_en',
    'person_ids',
    'sources',
    'source_count',
    'evidence',
    'confidence',
  ],
  people: ['id', 'name', 'en', 'aliases', 'roles', 'meetings', 'articles', 'known'],
} as const satisfies Record<'meetings' | 'people', readonly string[]>;

/**
 * Writes the meetings (one row per meeting) or the people (one row per person) of a snapshot as RFC 4180
 * CSV, with a header row.
 *
 * - Records end with CRLF; a field containing a comma, a double quote, CR or LF is quoted, and double
 *   quotes inside are doubled.
 * - The text starts with a UTF-8 byte order mark (U+FEFF) so that Excel reads the file as UTF-8 and shows
 *   Arabic names correctly; strip it if your reader does not expect one.
 * - List fields (participants, aliases, roles, sources …) join their items with `' | '`.
 * - Against CSV formula injection, a text field that starts with `=`, `+`, `-`, `@`, a tab or CR gets a
 *   leading apostrophe (`'=SUM(A1)`, `'--03-15` for a date without a year), so that spreadsheets show it
 *   as text instead of evaluating it. Numeric columns are written as plain numbers.
 *
 * Meeting columns: id, date, kind, status, place, participants (Arabic names), participants_en,
 * person_ids, sources (article ids), source_count, evidence (the first source's sentence), confidence.
 * People columns: id, name, en, aliases, roles, meetings, articles, known.
 *
 * @example
 * writeFileSync('meetings.csv', toCsv(snapshot, 'meetings'));
 */
export function toCsv(snapshot: CorpusSnapshot, what: 'meetings' | 'people'): string {
  const rows: (readonly (string | number)[])[] = [CSV_COLUMNS[what]];
  if (what === 'meetings') {
    for (const m of snapshot.meetings) {
      rows.push([
        m.id,
        m.date ?? '',
        m.kind,
        m.status,
        m.place ?? '',
        m.participants.map((p) => p.name).join(LIST_SEPARATOR),
        m.participants.map((p) => p.en).join(LIST_SEPARATOR),
        m.participants.map((p) => p.id).join(LIST_SEPARATOR),
        m.sources.map((s) => s.article).join(LIST_SEPARATOR),
        m.sources.length,
        m.sources[0]?.sentence ?? '',
        m.confidence,
      ]);
    }
  } else {
    for (const p of snapshot.people) {
      rows.push([
        p.id,
        p.name,
        p.en,
        p.aliases.join(LIST_SEPARATOR),
        p.roles.join(LIST_SEPARATOR),
        p.meetings,
        p.articles,
        p.known ?? '',
      ]);
    }
  }
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`;
}

function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The pairs of people who met in a meeting: each pair of participants seated on different sides, attendees
 * included, as `[smaller id, larger id]`, each pair once, sorted.
 *
 * Participants on the same side (a minister and the delegation he brought) are not taken to meet each
 * other. An attendee (بحضور …) is seated on a side too, and meets everyone on the other side(s), principal
 * or attendee: they were at the same table. A person listed twice is paired with no one on their own.
 *
 * @example
 * // Akar (side 0) receives al-Attiyah (side 1), with Bashagha attending on side 1:
 * meetingPairs(meeting); // [['akar', 'attiyah'], ['akar', 'bashagha']]
 */
export function meetingPairs(meeting: CorpusMeeting): Array<[string, string]> {
  const keys = new Set<string>();
  const pairs: Array<[string, string]> = [];
  const ps = meeting.participants;
  for (let i = 0; i < ps.length; i++) {
    for (let j = i + 1; j < ps.length; j++) {
      const a = ps[i]!;
      const b = ps[j]!;
      if (a.side === b.side || a.id === b.id) continue;
      const pair: [string, string] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
      const key = `${pair[0]}\u0000${pair[1]}`;
      if (keys.has(key)) continue;
      keys.add(key);
      pairs.push(pair);
    }
  }
  return pairs.sort((x, y) => compare(x[0], y[0]) || compare(x[1], y[1]));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const RANGE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Compares two dates on the prefix they share, so that `2024-03` lies within `2024-03-01`…`2024-03-31`. */
function comparePrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return compare(a.slice(0, n), b.slice(0, n));
}

/** True when `date` lies in `from`…`to` (inclusive, compared on their shared prefix); undated never does when a bound is given. */
export function dateInRange(date: string | null, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  // Undated meetings, and dates without a year (`--MM-DD`), cannot be placed in a range.
  if (date === null || !/^\d{4}/.test(date)) return false;
  return (from === undefined || comparePrefix(date, from) >= 0) && (to === undefined || comparePrefix(date, to) <= 0);
}

interface NodeKey {
  readonly id: string;
  readonly name: string;
  readonly type: 'string' | 'int' | 'double';
}

const NODE_KEYS: readonly NodeKey[] = [
  { id: 'label', name: 'label', type: 'string' },
  { id: 'en', name: 'en', type: 'string' },
  { id: 'aliases', name: 'aliases', type: 'string' },
  { id: 'roles', name: 'roles', type: 'string' },
  { id: 'meetings', name: 'meetings', type: 'int' },
];

const EDGE_KEYS: readonly NodeKey[] = [
  { id: 'weight', name: 'weight', type: 'double' },
  { id: 'edge_meetings', name: 'meetings', type: 'string' },
  { id: 'first', name: 'first', type: 'string' },
  { id: 'last', name: 'last', type: 'string' },
  { id: 'kinds', name: 'kinds', type: 'string' },
];

interface GraphNode {
  label: string;
  en: string;
  aliases: readonly string[];
  roles: readonly string[];
  meetings: number;
}

interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly meetings: string[];
  readonly kinds: Set<string>;
  first: string | null;
  last: string | null;
}

/**
 * Writes the who-met-whom graph of a snapshot as GraphML 1.0 (UTF-8), which Gephi and yEd open: an
 * undirected graph with one node per person in at least one kept meeting and one edge per pair of people
 * who met, as {@link meetingPairs} tells.
 *
 * - Node data: `label` (Arabic name), `en`, `aliases` and `roles` (joined by `' | '`), `meetings` (int:
 *   the kept meetings the person is in). A participant missing from `snapshot.people` is named from the
 *   meeting.
 * - Edge data: `weight` (double: the number of meetings of the pair), `meetings` (their ids, joined by
 *   `' | '`), `first` and `last` (earliest and latest dates with a year, when any), `kinds` (distinct
 *   meeting kinds).
 * - `from` / `to` keep only the meetings whose date lies in the range, comparing dates on their common
 *   prefix (so `2024-03` lies in a range that ends on `2024-03-10`); undated meetings and dates without a
 *   year are dropped when a range is given. Both bounds are inclusive.
 * - Text is escaped for XML (`& < > " '`), and characters XML 1.0 does not allow (U+0000–U+0008, U+000B,
 *   U+000C, U+000E–U+001F, lone surrogates, U+FFFE, U+FFFF) are removed.
 *
 * Nodes come in the order of `snapshot.people` (then unlisted participants as first met); edges are
 * sorted by their pair of ids.
 *
 * @throws {LiqaError} `invalid_options` when `from` or `to` is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @example
 * writeFileSync('2024.graphml', toGraphML(snapshot, { from: '2024-01-01', to: '2024-12-31' }));
 */
export function toGraphML(snapshot: CorpusSnapshot, options: GraphMLOptions = {}): string {
  const { from, to } = options;
  for (const [option, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && !RANGE_DATE.test(value)) {
      throw new LiqaError('invalid_options', `toGraphML: ${option} must be YYYY-MM-DD, YYYY-MM or YYYY`, {
        [option]: value,
      });
    }
  }
  const meetings = snapshot.meetings.filter((m) => dateInRange(m.date, from, to));

  const people = new Map(snapshot.people.map((p) => [p.id, p]));
  const nodes = new Map<string, GraphNode>();
  // Reserve the order of snapshot.people for the nodes that turn out to be in a meeting.
  const order = new Map(snapshot.people.map((p, i) => [p.id, i]));
  const edges = new Map<string, GraphEdge>();

  for (const meeting of meetings) {
    const seen = new Set<string>();
    for (const p of meeting.participants) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      let node = nodes.get(p.id);
      if (node === undefined) {
        const person = people.get(p.id);
        node = person
          ? { label: person.name, en: person.en, aliases: person.aliases, roles: person.roles, meetings: 0 }
          : { label: p.name, en: p.en, aliases: [], roles: p.role ? [p.role] : [], meetings: 0 };
        nodes.set(p.id, node);
        if (!order.has(p.id)) order.set(p.id, order.size);
      }
      node.meetings++;
    }
    const dated = meeting.date !== null && /^\d{4}/.test(meeting.date) ? meeting.date : null;
    for (const [source, target] of meetingPairs(meeting)) {
      const key = `${source}\u0000${target}`;
      let edge = edges.get(key);
      if (edge === undefined) {
        edge = { source, target, meetings: [], kinds: new Set(), first: null, last: null };
        edges.set(key, edge);
      }
      edge.meetings.push(meeting.id);
      edge.kinds.add(meeting.kind);
      if (dated !== null) {
        if (edge.first === null || dated < edge.first) edge.first = dated;
        if (edge.last === null || dated > edge.last) edge.last = dated;
      }
    }
  }

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [domain, keys] of [
    ['node', NODE_KEYS],
    ['edge', EDGE_KEYS],
  ] as const) {
    for (const k of keys) {
      lines.push(`  <key id="${k.id}" for="${domain}" attr.name="${k.name}" attr.type="${k.type}"/>`);
    }
  }
  lines.push('  <graph id="liqa" edgedefault="undirected">');

  const nodeIds = [...nodes.keys()].sort((a, b) => order.get(a)! - order.get(b)!);
  for (const id of nodeIds) {
    const node = nodes.get(id)!;
    lines.push(`    <node id="${escapeXml(id)}">`);
    lines.push(data('label', node.label));
    lines.push(data('en', node.en));
    lines.push(data('aliases', node.aliases.join(LIST_SEPARATOR)));
    lines.push(data('roles', node.roles.join(LIST_SEPARATOR)));
    lines.push(data('meetings', String(node.meetings)));
    lines.push('    </node>');
  }

  const sorted = [...edges.values()].sort((x, y) => compare(x.source, y.source) || compare(x.target, y.target));
  sorted.forEach((edge, i) => {
    lines.push(`    <edge id="e${i}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`);
    lines.push(data('weight', String(edge.meetings.length)));
    lines.push(data('edge_meetings', edge.meetings.join(LIST_SEPARATOR)));
    if (edge.first !== null) lines.push(data('first', edge.first));
    if (edge.last !== null) lines.push(data('last', edge.last));
    lines.push(data('kinds', [...edge.kinds].join(LIST_SEPARATOR)));
    lines.push('    </edge>');
  });

  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

function data(key: string, value: string): string {
  return `      <data key="${key}">${escapeXml(value)}</data>`;
}

/** Whether XML 1.0 allows a code point: tab, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Written as references so that parsers keep them: a raw CR is read as LF, and raw tabs and line
  // breaks in attribute values are read as spaces.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Escapes text for XML element content and attribute values, dropping characters XML 1.0 does not allow. */
function escapeXml(text: string): string {
  let out = '';
  // By code point: a surrogate pair is one character, a lone surrogate is not allowed.
  for (const ch of text) {
    if (isXmlChar(ch.codePointAt(0)!)) out += XML_ESCAPES[ch] ?? ch;
  }
  return out;
}
