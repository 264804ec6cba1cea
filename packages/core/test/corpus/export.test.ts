import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CorpusSnapshot, meetingPairs, toCsv, toGraphML, toJson } from '../../src/corpus/export.js';
import type { CorpusMeeting, CorpusParticipant, CorpusPerson, MeetingSource } from '../../src/corpus/types.js';
import { isLiqaError } from '../../src/errors.js';

// ---------------------------------------------------------------------------------------------------------
// Fixture: a small corpus built by hand.

function person(id: string, name: string, en: string, extra: Partial<CorpusPerson> = {}): CorpusPerson {
  return { id, name, en, aliases: [], roles: [], known: null, meetings: 1, articles: 1, merges: [], ...extra };
}

function participant(p: CorpusPerson, side: number, attendee = false, role: string | null = null): CorpusParticipant {
  return { id: p.id, name: p.name, en: p.en, role, side, attendee };
}

function source(article: string, sentence: string, date: string | null = null): MeetingSource {
  return {
    article,
    title: null,
    published: date,
    url: null,
    source: null,
    sentence,
    start: 0,
    end: sentence.length,
    date,
    dateText: null,
  };
}

function meeting(
  id: string,
  date: string | null,
  participants: readonly CorpusParticipant[],
  extra: Partial<CorpusMeeting> = {},
): CorpusMeeting {
  return {
    id,
    kind: 'meeting',
    status: 'occurred',
    date,
    place: null,
    participants,
    sources: [source(id.split('#')[0]!, `جملة ${id}`, date)],
    confidence: 0.9,
    ...extra,
  };
}

const akar = person('akar', 'خلوصي أكار', 'Hulusi Akar', {
  aliases: ['أكار', 'Akar'],
  roles: ['وزير الدفاع التركي'],
  known: 'Q6138930',
  meetings: 4,
  articles: 5,
});
const attiyah = person('attiyah', 'خالد العطية', 'Khalid al-Attiyah', {
  roles: ['نائب رئيس مجلس الوزراء', 'وزير الدولة لشؤون الدفاع القطري'],
  meetings: 3,
});
const bashagha = person('bashagha', 'فتحي باشاغا', 'Fathi Bashagha', { roles: ['وزير الداخلية الليبي'], meetings: 3 });
// A name with a comma, a quote and a line break; a Latin spelling that a spreadsheet would evaluate.
const tricky = person('tricky', 'محمد "أبو علي", السراج\nالثاني', '=HYPERLINK("http://evil.example")', {
  aliases: ['-2+3', '@SUM(A1)'],
});
const orphan = person('orphan', 'عبد الحميد الدبيبة', 'Abdul Hamid Dbeibah', { meetings: 0, articles: 0 });

const m1 = meeting(
  'a1#0',
  '2024-03-05',
  [participant(akar, 0), participant(attiyah, 1), participant(bashagha, 1, true)],
  {
    kind: 'reception',
    place: 'أنقرة',
    sources: [
      source('a1', 'استقبل وزير الدفاع التركي خلوصي أكار، في أنقرة، نظيره القطري خالد العطية بحضور فتحي باشاغا.'),
      source('a2', 'التقى أكار والعطية.'),
    ],
  },
);
const m2 = meeting('a3#0', '2024-04-10', [participant(akar, 0), participant(bashagha, 1)], { kind: 'talks' });
const m3 = meeting('a4#1', null, [participant(attiyah, 0), participant(bashagha, 1)]);
const m4 = meeting('a5#0', '2023-12', [participant(akar, 0), participant(tricky, 1)], {
  place: '=cmd|" /C calc"!A0',
  sources: [source('a5', 'قال: "نعم, بالتأكيد"\r\nثم غادر.')],
});
const m5 = meeting('a6#0', '--06-01', [participant(attiyah, 0), participant(akar, 1)], { kind: 'call' });

const snapshot: CorpusSnapshot = {
  people: [akar, attiyah, bashagha, tricky, orphan],
  meetings: [m1, m2, m3, m4, m5],
};

// ---------------------------------------------------------------------------------------------------------
// A small RFC 4180 parser: CRLF records, quoted fields with doubled quotes.

function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quoted field');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += s[i];
          i++;
        }
      }
    } else {
      while (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
        if (s[i] === '"') throw new Error(`bare quote in unquoted field at ${i}`);
        field += s[i];
        i++;
      }
    }
    row.push(field);
    if (s[i] === ',') {
      i++;
      continue;
    }
    if (s[i] === '\r' && s[i + 1] === '\n') {
      i += 2;
      rows.push(row);
      row = [];
      if (i === s.length) return rows;
      continue;
    }
    throw new Error(`expected a comma or CRLF at ${i}, got ${JSON.stringify(s[i])}`);
  }
}

/** What a spreadsheet-safe field looks like: the formula guard of toCsv. */
function guarded(value: string): string {
  return value.length > 0 && '=+-@\t\r'.includes(value[0]!) ? `'${value}` : value;
}

function rowsOf(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  for (const row of rows) expect(row.length).toBe(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

// ---------------------------------------------------------------------------------------------------------
// A minimal, strict XML 1.0 well-formedness check that builds an element tree (no DTD, no CDATA).

interface XmlElement {
  readonly name: string;
  readonly attrs: Map<string, string>;
  readonly children: (XmlElement | string)[];
}

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

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === ':';
}

function isNameChar(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9') || c === '-' || c === '.';
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function parseXml(xml: string): XmlElement {
  for (const ch of xml) {
    const cp = ch.codePointAt(0)!;
    // A lone surrogate comes out of for..of as itself: it is not a character XML allows.
    if (!isXmlChar(cp) || (cp >= 0xd800 && cp <= 0xdfff)) throw new Error(`character U+${cp.toString(16)} not allowed`);
  }
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i}: ${JSON.stringify(xml.slice(i, i + 30))}`);
  };
  const skipSpace = () => {
    while (isSpace(xml[i])) i++;
  };
  const name = (): string => {
    const start = i;
    if (!isNameStart(xml[i] ?? '')) fail('expected a name');
    while (i < xml.length && isNameChar(xml[i]!)) i++;
    return xml.slice(start, i);
  };
  const reference = (): string => {
    // At '&'.
    const end = xml.indexOf(';', i);
    if (end < 0) fail('unterminated reference');
    const body = xml.slice(i + 1, end);
    i = end + 1;
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body]!;
    let cp = Number.NaN;
    if (body.startsWith('#x')) {
      const hex = body.slice(2);
      if (hex.length > 0 && [...hex].every((c) => '0123456789abcdefABCDEF'.includes(c))) cp = Number.parseInt(hex, 16);
    } else if (body.startsWith('#')) {
      const dec = body.slice(1);
      if (dec.length > 0 && [...dec].every((c) => c >= '0' && c <= '9')) cp = Number.parseInt(dec, 10);
    }
    if (Number.isNaN(cp) || !isXmlChar(cp)) fail(`bad reference &${body};`);
    return String.fromCodePoint(cp);
  };

  // Prolog: the XML declaration.
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
  if (!xml.startsWith(declaration)) fail('missing XML declaration');
  i = declaration.length;
  skipSpace();

  const element = (): XmlElement => {
    if (xml[i] !== '<') fail('expected <');
    i++;
    const tag = name();
    const attrs = new Map<string, string>();
    for (;;) {
      const hadSpace = isSpace(xml[i]);
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name: tag, attrs, children: [] };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (!hadSpace) fail('expected space before an attribute');
      const attr = name();
      skipSpace();
      if (xml[i] !== '=') fail('expected =');
      i++;
      skipSpace();
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") fail('expected a quote');
      i++;
      let value = '';
      while (xml[i] !== quote) {
        const c = xml[i];
        if (c === undefined) fail('unterminated attribute');
        if (c === '<') fail('< in attribute');
        if (c === '&') value += reference();
        else {
          value += isSpace(c) ? ' ' : c; // attribute value normalisation
          i++;
        }
      }
      i++;
      if (attrs.has(attr)) fail(`duplicate attribute ${attr}`);
      attrs.set(attr, value);
    }
    const children: (XmlElement | string)[] = [];
    let text = '';
    for (;;) {
      const c = xml[i];
      if (c === undefined) fail(`unclosed <${tag}>`);
      if (xml.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        skipSpace();
        if (xml[i] !== '>') fail('expected >');
        i++;
        if (text) children.push(text);
        return { name: tag, attrs, children };
      }
      if (c === '<') {
        if (text) children.push(text);
        text = '';
        children.push(element());
      } else if (c === '&') {
        text += reference();
      } else {
        if (xml.startsWith(']]>', i)) fail(']]> in content');
        if (c === '\r') {
          text += '\n'; // end-of-line handling
          i += xml[i + 1] === '\n' ? 2 : 1;
        } else {
          text += c;
          i++;
        }
      }
    }
  };

  const root = element();
  skipSpace();
  if (i !== xml.length) fail('content after the root element');
  return root;
}

function elements(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

interface Graph {
  readonly keys: XmlElement[];
  readonly nodes: Map<string, Record<string, string>>;
  readonly edges: Map<string, Record<string, string>>;
  readonly edgeCount: number;
  readonly edgedefault: string | undefined;
}

function readGraph(xml: string): Graph {
  const root = parseXml(xml);
  expect(root.name).toBe('graphml');
  expect(root.attrs.get('xmlns')).toBe('http://graphml.graphdrawing.org/xmlns');
  const [graph, ...more] = elements(root, 'graph');
  expect(more).toEqual([]);
  const dataOf = (e: XmlElement) =>
    Object.fromEntries(elements(e, 'data').map((d) => [d.attrs.get('key')!, textOf(d)]));
  const nodes = new Map(elements(graph!, 'node').map((n) => [n.attrs.get('id')!, dataOf(n)]));
  const edgeElements = elements(graph!, 'edge');
  const edges = new Map(
    edgeElements.map((e) => {
      const source = e.attrs.get('source')!;
      const target = e.attrs.get('target')!;
      expect(nodes.has(source) && nodes.has(target)).toBe(true);
      return [`${source}—${target}`, dataOf(e)];
    }),
  );
  return {
    keys: elements(root, 'key'),
    nodes,
    edges,
    edgeCount: edgeElements.length,
    edgedefault: graph!.attrs.get('edgedefault'),
  };
}

// ---------------------------------------------------------------------------------------------------------

describe('toJson', () => {
  it('writes { people, meetings } in the order given, pretty and newline-terminated', () => {
    const json = toJson(snapshot);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "people": [\n');
    const back = JSON.parse(json);
    expect(Object.keys(back)).toEqual(['people', 'meetings']);
    expect(back).toEqual({ people: snapshot.people, meetings: snapshot.meetings });
    expect(back.meetings.map((m: CorpusMeeting) => m.id)).toEqual(['a1#0', 'a3#0', 'a4#1', 'a5#0', 'a6#0']);
  });

  it('keeps Arabic as is', () => {
    expect(toJson(snapshot)).toContain('"name": "خلوصي أكار"');
  });
});

describe('meetingPairs', () => {
  it('pairs people on different sides, attendees included, sorted and once each', () => {
    expect(meetingPairs(m1)).toEqual([
      ['akar', 'attiyah'],
      ['akar', 'bashagha'],
    ]);
    expect(meetingPairs(m5)).toEqual([['akar', 'attiyah']]);
  });

  it('does not pair people on the same side, nor a person with themself', () => {
    const m = meeting('x#0', null, [
      participant(akar, 0),
      participant(tricky, 0, true),
      participant(attiyah, 1),
      participant(attiyah, 1),
      participant(akar, 1),
    ]);
    expect(meetingPairs(m)).toEqual([
      ['akar', 'attiyah'],
      ['akar', 'tricky'],
      ['attiyah', 'tricky'],
    ]);
  });

  it('pairs every side with every other in multilateral talks', () => {
    const m = meeting('x#1', null, [participant(bashagha, 2), participant(attiyah, 1), participant(akar, 0)]);
    expect(meetingPairs(m)).toEqual([
      ['akar', 'attiyah'],
      ['akar', 'bashagha'],
      ['attiyah', 'bashagha'],
    ]);
  });

  it('gives nothing for a meeting with one side', () => {
    expect(meetingPairs(meeting('x#2', null, [participant(akar, 0), participant(attiyah, 0, true)]))).toEqual([]);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends records with CRLF, and quotes only where needed', () => {
    const csv = toCsv(snapshot, 'meetings');
    expect(csv.startsWith('\uFEFFid,date,kind,status,place,participants,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[2]).toBe(
      'a3#0,2024-04-10,talks,occurred,,خلوصي أكار | فتحي باشاغا,Hulusi Akar | Fathi Bashagha,akar | bashagha,a3,1,جملة a3#0,0.9',
    );
  });

  it('writes one row per meeting, with the columns asked for', () => {
    const rows = rowsOf(toCsv(snapshot, 'meetings'));
    expect(rows.length).toBe(5);
    expect(Object.keys(rows[0]!)).toEqual([
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
    ]);
    expect(rows[0]).toEqual({
      id: 'a1#0',
      date: '2024-03-05',
      kind: 'reception',
      status: 'occurred',
      place: 'أنقرة',
      participants: 'خلوصي أكار | خالد العطية | فتحي باشاغا',
      participants_en: 'Hulusi Akar | Khalid al-Attiyah | Fathi Bashagha',
      person_ids: 'akar | attiyah | bashagha',
      sources: 'a1 | a2',
      source_count: '2',
      evidence: 'استقبل وزير الدفاع التركي خلوصي أكار، في أنقرة، نظيره القطري خالد العطية بحضور فتحي باشاغا.',
      confidence: '0.9',
    });
    expect(rows[2]!.date).toBe('');
  });

  it('round-trips commas, quotes and line breaks, and guards formulas with an apostrophe', () => {
    const rows = rowsOf(toCsv(snapshot, 'meetings'));
    const m = rows[3]!;
    expect(m.place).toBe(`'=cmd|" /C calc"!A0`);
    expect(m.evidence).toBe('قال: "نعم, بالتأكيد"\r\nثم غادر.');
    expect(m.participants).toBe('خلوصي أكار | محمد "أبو علي", السراج\nالثاني');
    expect(m.participants_en).toBe('Hulusi Akar | =HYPERLINK("http://evil.example")');
    // A date without a year starts with '-': a spreadsheet would compute it.
    expect(rows[4]!.date).toBe("'--06-01");
  });

  it('writes one row per person', () => {
    const rows = rowsOf(toCsv(snapshot, 'people'));
    expect(rows.map((r) => r.id)).toEqual(['akar', 'attiyah', 'bashagha', 'tricky', 'orphan']);
    expect(rows[0]).toEqual({
      id: 'akar',
      name: 'خلوصي أكار',
      en: 'Hulusi Akar',
      aliases: 'أكار | Akar',
      roles: 'وزير الدفاع التركي',
      meetings: '4',
      articles: '5',
      known: 'Q6138930',
    });
    expect(rows[1]!.known).toBe('');
    expect(rows[3]).toMatchObject({
      name: 'محمد "أبو علي", السراج\nالثاني',
      en: `'=HYPERLINK("http://evil.example")`,
      aliases: "'-2+3 | @SUM(A1)",
    });
  });

  it('writes just the header for an empty snapshot', () => {
    expect(toCsv({ people: [], meetings: [] }, 'people')).toBe(
      '\uFEFFid,name,en,aliases,roles,meetings,articles,known\r\n',
    );
  });
});

describe('toGraphML', () => {
  it('is well-formed GraphML with the declared keys and an undirected graph', () => {
    const xml = toGraphML(snapshot);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const graph = readGraph(xml);
    expect(graph.edgedefault).toBe('undirected');
    const keys = graph.keys.map((k) => [k.attrs.get('for'), k.attrs.get('attr.name'), k.attrs.get('attr.type')]);
    expect(keys).toEqual([
      ['node', 'label', 'string'],
      ['node', 'en', 'string'],
      ['node', 'aliases', 'string'],
      ['node', 'roles', 'string'],
      ['node', 'meetings', 'int'],
      ['edge', 'weight', 'double'],
      ['edge', 'meetings', 'string'],
      ['edge', 'first', 'string'],
      ['edge', 'last', 'string'],
      ['edge', 'kinds', 'string'],
    ]);
    expect(new Set(graph.keys.map((k) => k.attrs.get('id'))).size).toBe(graph.keys.length);
  });

  it('has one node per person in a meeting and one weighted edge per pair who met', () => {
    const { nodes, edges } = readGraph(toGraphML(snapshot));
    expect([...nodes.keys()]).toEqual(['akar', 'attiyah', 'bashagha', 'tricky']);
    expect(nodes.get('akar')).toEqual({
      label: 'خلوصي أكار',
      en: 'Hulusi Akar',
      aliases: 'أكار | Akar',
      roles: 'وزير الدفاع التركي',
      meetings: '4',
    });
    expect(nodes.get('tricky')!.label).toBe('محمد "أبو علي", السراج\nالثاني');
    expect(nodes.get('tricky')!.en).toBe('=HYPERLINK("http://evil.example")');
    expect([...edges.keys()]).toEqual(['akar—attiyah', 'akar—bashagha', 'akar—tricky', 'attiyah—bashagha']);
    expect(edges.get('akar—attiyah')).toEqual({
      weight: '2',
      edge_meetings: 'a1#0 | a6#0',
      first: '2024-03-05',
      last: '2024-03-05',
      kinds: 'reception | call',
    });
    expect(edges.get('akar—bashagha')).toMatchObject({
      weight: '2',
      first: '2024-03-05',
      last: '2024-04-10',
      kinds: 'reception | talks',
    });
    // An undated meeting makes an edge with no first or last date.
    expect(edges.get('attiyah—bashagha')).toEqual({ weight: '1', edge_meetings: 'a4#1', kinds: 'meeting' });
  });

  it('keeps only the meetings in a date range, dropping undated ones', () => {
    const year = readGraph(toGraphML(snapshot, { from: '2024-01-01', to: '2024-12-31' }));
    expect([...year.nodes.keys()]).toEqual(['akar', 'attiyah', 'bashagha']);
    expect(year.nodes.get('akar')!.meetings).toBe('2');
    expect(year.nodes.get('attiyah')!.meetings).toBe('1');
    expect([...year.edges.entries()].map(([k, d]) => [k, d.weight])).toEqual([
      ['akar—attiyah', '1'],
      ['akar—bashagha', '2'],
    ]);

    // Bounds are inclusive, and a month lies in a range that overlaps it.
    const winter = readGraph(toGraphML(snapshot, { from: '2023-12-20', to: '2024-03-05' }));
    expect([...winter.edges.keys()]).toEqual(['akar—attiyah', 'akar—bashagha', 'akar—tricky']);

    const only2023 = readGraph(toGraphML(snapshot, { to: '2023' }));
    expect([...only2023.edges.keys()]).toEqual(['akar—tricky']);

    const after = readGraph(toGraphML(snapshot, { from: '2024-03-06' }));
    expect([...after.edges.keys()]).toEqual(['akar—bashagha']);

    const none = readGraph(toGraphML(snapshot, { from: '2030-01-01' }));
    expect(none.nodes.size).toBe(0);
    expect(none.edges.size).toBe(0);
  });

  it('rejects a malformed range', () => {
    expect.assertions(2);
    try {
      toGraphML(snapshot, { from: '5 March 2024' });
    } catch (error) {
      expect(isLiqaError(error)).toBe(true);
      expect((error as { code: string }).code).toBe('invalid_options');
    }
  });

  it('escapes markup and strips characters XML 1.0 does not allow', () => {
    const odd = person('<&"\'>', 'a\u0000b\u0008c\uFFFEd\uD800e & <f> "g" \'h\'\r\ni', 'x]]>y\u000B');
    const xml = toGraphML({
      people: [odd, akar],
      meetings: [meeting('z#0', null, [participant(odd, 0), participant(akar, 1)])],
    });
    const { nodes, edges } = readGraph(xml);
    expect(nodes.get('<&"\'>')!.label).toBe('abcde & <f> "g" \'h\'\r\ni');
    expect(nodes.get('<&"\'>')!.en).toBe('x]]>y');
    expect([...edges.keys()]).toEqual(['<&"\'>—akar']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties: any text in names and sentences survives CSV, and GraphML stays well-formed.

const special = fc.constantFrom(
  ',',
  '"',
  "'",
  '\r',
  '\n',
  '\r\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  '&',
  '<',
  '>',
  ']]>',
  ' | ',
  '\u0000',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  'خ',
  'ـ',
  '\u200F',
);
const char = fc.oneof(
  special,
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.string({ unit: char, maxLength: 12 });
/** The text without the characters XML 1.0 does not allow, as a GraphML reader gets it back. */
const xmlClean = (s: string) => [...s].filter((ch) => isXmlChar(ch.codePointAt(0)!)).join('');

const arbitrarySnapshot = fc
  .uniqueArray(
    fc.record({ id: text, name: text, en: text, alias: text, role: text, side: fc.integer({ min: 0, max: 2 }) }),
    { minLength: 1, maxLength: 5, selector: (p) => xmlClean(p.id) },
  )
  .chain((ps) =>
    fc.record({
      people: fc.constant(ps.map((p) => person(p.id, p.name, p.en, { aliases: [p.alias], roles: [p.role] }))),
      sides: fc.constant(ps.map((p) => p.side)),
      sentences: fc.array(text, { minLength: 1, maxLength: 3 }),
      place: text,
      date: fc.constantFrom(null, '2024-03-05', '2024-03', '--03-05'),
    }),
  )
  .map(({ people, sides, sentences, place, date }) => {
    const participants = people.map((p, i) => participant(p, sides[i]!));
    const meetings = sentences.map((sentence, i) =>
      meeting(`${people[i % people.length]!.id}#${i}`, date, participants.slice(i), {
        place,
        sources: [source(people[0]!.id, sentence, date)],
      }),
    );
    return { people, meetings } satisfies CorpusSnapshot;
  });

describe('export properties', () => {
  it('toCsv parses back to the same fields, formula-guarded', () => {
    fc.assert(
      fc.property(arbitrarySnapshot, (snap) => {
        const people = parseCsv(toCsv(snap, 'people')).slice(1);
        expect(people).toEqual(
          snap.people.map((p) =>
            [p.id, p.name, p.en, p.aliases.join(' | '), p.roles.join(' | ')].map(guarded).concat(['1', '1', '']),
          ),
        );
        const meetings = parseCsv(toCsv(snap, 'meetings')).slice(1);
        expect(meetings.map((r) => [r[0], r[4], r[5], r[10]])).toEqual(
          snap.meetings.map((m) =>
            [m.id, m.place ?? '', m.participants.map((p) => p.name).join(' | '), m.sources[0]!.sentence].map(guarded),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('toGraphML stays well-formed and keeps the text, less what XML cannot hold', () => {
    fc.assert(
      fc.property(arbitrarySnapshot, (snap) => {
        const graph = readGraph(toGraphML(snap));
        for (const p of snap.people) {
          const node = graph.nodes.get(xmlClean(p.id));
          if (!snap.meetings.some((m) => m.participants.some((q) => q.id === p.id))) {
            expect(node).toBeUndefined();
            continue;
          }
          expect(node).toMatchObject({ label: xmlClean(p.name), en: xmlClean(p.en), roles: xmlClean(p.roles[0]!) });
        }
        const pairs = new Set(snap.meetings.flatMap((m) => meetingPairs(m).map(([a, b]) => `${a}\u0000${b}`)));
        expect(graph.edgeCount).toBe(pairs.size);
        const weight = [...graph.edges.values()].reduce((sum, e) => sum + Number(e.weight), 0);
        expect(weight).toBe(snap.meetings.reduce((sum, m) => sum + meetingPairs(m).length, 0));
      }),
      { numRuns: 300 },
    );
  });
});
