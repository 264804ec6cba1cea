// The PNG of `/graph person:`: a valid picture of the size asked, the same bytes whatever the input
// order, labels from news text escaped, and the people kept when there are too many.
import type { CorpusGraph } from '@liqa/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderGraphPng, renderGraphSvg, selectNodes } from '../../src/render/graph-png.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Checks the signature, the IHDR chunk first and IEND last, and answers the size in IHDR. */
const pngSize = (png: Buffer): { width: number; height: number } => {
  expect(Buffer.isBuffer(png)).toBe(true);
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.readUInt32BE(8)).toBe(13);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  expect(png.toString('latin1', png.length - 8, png.length - 4)).toBe('IEND');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

type Node = CorpusGraph['nodes'][number];
type Edge = CorpusGraph['edges'][number];

const edge = (source: string, target: string, weight: number): Edge => ({
  source,
  target,
  weight,
  meetings: Array.from({ length: weight }, (_, i) => `${source}/${target}/${i}`),
});

/** Hulusi Akar and the Libyan and Qatari officials he met. */
const AKAR: CorpusGraph = {
  nodes: [
    { id: 'hulusi-akar', name: 'خلوصي أكار', en: 'Hulusi Akar', meetings: 9 },
    { id: 'fathi-bashagha', name: 'فتحي باشاغا', en: 'Fathi Bashagha', meetings: 5 },
    { id: 'salah-namroush', name: 'صلاح الدين النمروش', en: 'Salah Eddine al-Namroush', meetings: 4 },
    { id: 'fayez-sarraj', name: 'فائز السراج', en: 'Fayez al-Sarraj', meetings: 6 },
    { id: 'khalid-attiyah', name: 'خالد بن محمد العطية', en: 'Khalid bin Mohammad Al Attiyah', meetings: 3 },
    { id: 'khaled-mishri', name: 'خالد المشري', en: 'Khaled al-Mishri', meetings: 2 },
    { id: 'ahmed-maiteeq', name: 'أحمد معيتيق', en: 'Ahmed Maiteeq', meetings: 1 },
  ],
  edges: [
    edge('hulusi-akar', 'fathi-bashagha', 3),
    edge('hulusi-akar', 'salah-namroush', 2),
    edge('hulusi-akar', 'fayez-sarraj', 3),
    edge('hulusi-akar', 'khalid-attiyah', 2),
    edge('hulusi-akar', 'khaled-mishri', 1),
    edge('hulusi-akar', 'ahmed-maiteeq', 1),
    edge('fathi-bashagha', 'fayez-sarraj', 1),
    edge('khalid-attiyah', 'salah-namroush', 1),
  ],
};

/** A centre `p00` who met `n - 1` people, `p01` the most times; a few of them also met each other. */
const star = (n: number): CorpusGraph => {
  const id = (i: number) => `p${String(i).padStart(2, '0')}`;
  const nodes: Node[] = Array.from({ length: n }, (_, i) => ({
    id: id(i),
    name: `شخص ${i}`,
    en: `Person ${i}`,
    meetings: i === 0 ? 200 : 1 + ((i * 7) % 13),
  }));
  const edges = Array.from({ length: n - 1 }, (_, i) => edge(id(0), id(i + 1), Math.max(1, 30 - i)));
  for (let i = 1; i + 3 < n; i += 4) edges.push(edge(id(i), id(i + 3), 1));
  return { nodes, edges };
};

const SMALL = { width: 320, height: 240 } as const;

describe('renderGraphPng', () => {
  it('gives a PNG of the size asked, 1200 × 800 by default', () => {
    expect(pngSize(renderGraphPng(AKAR, { centre: 'hulusi-akar' }))).toEqual({ width: 1200, height: 800 });
    expect(pngSize(renderGraphPng(AKAR, { centre: 'hulusi-akar', width: 640, height: 360, title: 'أكار' }))).toEqual({
      width: 640,
      height: 360,
    });
  });

  it('gives the same bytes for the same graph in any order, edges either way round', () => {
    const shuffled: CorpusGraph = {
      nodes: [...AKAR.nodes.slice(4), ...AKAR.nodes.slice(0, 4).reverse()],
      edges: [...AKAR.edges].reverse().map((e, i) => (i % 2 === 0 ? { ...e, source: e.target, target: e.source } : e)),
    };
    const options = { centre: 'hulusi-akar', title: 'خلوصي أكار · Hulusi Akar' };
    expect(renderGraphPng(shuffled, options).equals(renderGraphPng(AKAR, options))).toBe(true);
  });

  it('writes each Arabic name in a right-to-left isolate, with its Latin name, and the weights over 1', () => {
    const svg = renderGraphSvg(AKAR, { centre: 'hulusi-akar' });
    expect(svg).toContain('\u2067خلوصي أكار\u2069');
    expect(svg).toContain('\u2067صلاح الدين النمروش\u2069');
    expect(svg).toContain('>Salah Eddine al-Namroush</text>');
    expect(svg.match(/direction="rtl"/g)).toHaveLength(AKAR.nodes.length);
    expect(svg.match(/font-family="Noto Sans Arabic"/g)?.length).toBeGreaterThanOrEqual(AKAR.nodes.length);
    // The weights 3, 2, 3, 2 are written on their edges; the 1s are not.
    expect(svg.match(/text-anchor="middle">\d+<\/text>/g)?.sort()).toEqual(
      ['2', '2', '3', '3'].map((w) => `text-anchor="middle">${w}</text>`),
    );
    expect(svg).toContain('7 people');
  });

  it('escapes labels from news text and drops the characters XML forbids', () => {
    const hostile =
      '<script>alert("x")</script> & \'quoted\' "name" ]]> \u0000\u0001\u0008\u000b\u001f\u007f\u0085\ud800\uffff\u202e';
    const graph: CorpusGraph = {
      nodes: [
        { id: 'a&b', name: `أكار ${hostile}`, en: hostile, meetings: 2 },
        { id: '<b>', name: '', en: '', meetings: 1 },
        { id: 'c', name: hostile, en: 'C', meetings: 1 },
      ],
      edges: [edge('a&b', '<b>', 2), edge('<b>', 'c', 1)],
    };
    const options = { centre: 'a&b', title: hostile, width: 640, height: 400 };
    const svg = renderGraphSvg(graph, options);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quoted&apos;');
    expect(svg).toContain('&lt;b&gt;');
    // No control character but the bidi isolates the labels are wrapped in, and no lone surrogate.
    const forbidden = [...svg].filter((c) => {
      const cp = c.codePointAt(0)!;
      return (
        cp < 0x20 ||
        (cp >= 0x7f && cp <= 0x9f) ||
        (cp >= 0xd800 && cp <= 0xdfff) ||
        cp === 0xfffe ||
        cp === 0xffff ||
        (cp >= 0x202a && cp <= 0x202e)
      );
    });
    expect(forbidden).toEqual([]);
    expect(pngSize(renderGraphPng(graph, options))).toEqual({ width: 640, height: 400 });
  });

  it('draws an empty graph as a small picture that says there are no meetings', () => {
    const empty = { nodes: [], edges: [] };
    const size = pngSize(renderGraphPng(empty));
    expect(size.width).toBeLessThanOrEqual(600);
    expect(size.height).toBeLessThanOrEqual(200);
    expect(renderGraphSvg(empty, { title: 'أكار' })).toContain('No meetings to show');
    // Edges to nobody do not count.
    expect(pngSize(renderGraphPng({ nodes: [], edges: [edge('x', 'y', 2)] }))).toEqual(size);
  });

  it('draws at most maxNodes people and says how many were left out', () => {
    const svg = renderGraphSvg(star(60), { centre: 'p00' });
    expect(svg.match(/<circle /g)).toHaveLength(40 + 1); // and the halo of the centre
    expect(svg).toContain('40 of 60 people shown · 20 left out');
    expect(pngSize(renderGraphPng(star(60), { centre: 'p00', maxNodes: 12, ...SMALL }))).toEqual({
      width: 320,
      height: 240,
    });
  });

  it('rejects a size or maxNodes out of range', () => {
    expect(() => renderGraphPng(AKAR, { width: 0 })).toThrow(RangeError);
    expect(() => renderGraphPng(AKAR, { height: Number.NaN })).toThrow(RangeError);
    expect(() => renderGraphPng(AKAR, { width: 100_000 })).toThrow(RangeError);
    expect(() => renderGraphPng(AKAR, { maxNodes: 0 })).toThrow(RangeError);
    expect(() => renderGraphPng(AKAR, { maxNodes: 2.5 })).toThrow(RangeError);
  });

  it('gives a valid PNG for any small graph with any Unicode names', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 24 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      // Any UTF-16 code unit: controls, lone surrogates, noncharacters.
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 16 }),
      fc.constantFrom('خلوصي أكار', 'صلاح الدين النمروش', 'Hulusi Akar', ''),
    );
    const graphs = fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 6 }).chain((ids) =>
      fc.record({
        nodes: fc.tuple(
          ...ids.map((id) => fc.record({ id: fc.constant(id), name: anyText, en: anyText, meetings: fc.nat(40) })),
        ),
        edges: fc.array(
          fc.record({
            source: ids.length > 0 ? fc.constantFrom(...ids) : fc.constant('nobody'),
            target: ids.length > 0 ? fc.constantFrom(...ids) : fc.constant('nobody'),
            weight: fc.integer({ min: 1, max: 9 }),
            meetings: fc.constant([]),
          }),
          { maxLength: 8 },
        ),
        centre: ids.length > 0 ? fc.option(fc.constantFrom(...ids), { nil: undefined }) : fc.constant(undefined),
        title: fc.option(anyText, { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(graphs, ({ nodes, edges, centre, title }) => {
        const { width, height } = pngSize(renderGraphPng({ nodes, edges }, { ...SMALL, centre, title }));
        if (nodes.length > 0) expect({ width, height }).toEqual(SMALL);
      }),
      { numRuns: 25 },
    );
  });
});

describe('selectNodes', () => {
  it('keeps the centre and the people most tied to it, and the edges between them', () => {
    const { nodes, edges, centre, omitted } = selectNodes(star(60), 'p00', 10);
    expect(centre).toBe('p00');
    expect(omitted).toBe(50);
    // p01 … p09 met the centre the most times (30 down to 22).
    expect(nodes.map((n) => n.id)).toEqual(['p00', 'p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07', 'p08', 'p09']);
    const kept = new Set(nodes.map((n) => n.id));
    expect(edges.length).toBeGreaterThan(9);
    for (const e of edges) expect(kept.has(e.source) && kept.has(e.target) && e.source < e.target).toBe(true);
  });

  it('keeps people connected to the centre before people it never reached', () => {
    const graph: CorpusGraph = {
      nodes: [
        { id: 'centre', name: 'م', en: 'C', meetings: 1 },
        { id: 'friend', name: 'ص', en: 'F', meetings: 1 },
        { id: 'friend-of-friend', name: 'ص', en: 'FF', meetings: 1 },
        { id: 'famous-stranger', name: 'غ', en: 'S', meetings: 999 },
      ],
      edges: [edge('centre', 'friend', 1), edge('friend', 'friend-of-friend', 5)],
    };
    expect(selectNodes(graph, 'centre', 3).nodes.map((n) => n.id)).toEqual(['centre', 'friend', 'friend-of-friend']);
    // Without a centre, the most meetings win.
    expect(selectNodes(graph, undefined, 1).nodes.map((n) => n.id)).toEqual(['famous-stranger']);
  });

  it('merges duplicate people and edges, and drops loops and edges to nobody, whatever the order', () => {
    const graph: CorpusGraph = {
      nodes: [
        { id: 'b', name: 'ب', en: 'B', meetings: 1 },
        { id: 'a', name: 'أ', en: 'A', meetings: 2 },
        { id: 'a', name: 'أ', en: 'A', meetings: 2 },
      ],
      edges: [edge('a', 'b', 1), edge('b', 'a', 2), edge('a', 'a', 3), edge('a', 'ghost', 1)],
    };
    const selected = selectNodes(graph, 'a', 40);
    expect(selected.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(selected.edges.map(({ source, target, weight }) => ({ source, target, weight }))).toEqual([
      { source: 'a', target: 'b', weight: 3 },
    ]);
    expect(selectNodes({ nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() }, 'a', 40)).toEqual(
      selected,
    );
    expect(selected.omitted).toBe(0);
  });
});
