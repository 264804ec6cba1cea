import { createRequire } from 'node:module';
import type { CorpusGraph } from '@liqa/core';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

/**
 * The picture of a meeting network for `/graph person:`: a force layout (d3-force) drawn as SVG and
 * rendered to PNG by resvg with bundled Noto fonts, so Arabic names come out shaped and right to left on
 * any machine. Deterministic: the same graph, in any order, gives the same bytes.
 */

/**
 * Options of {@link renderGraphPng}.
 *
 * @example
 * const options: GraphPngOptions = { centre: 'hulusi-akar', width: 1200, height: 800, maxNodes: 40 };
 */
export interface GraphPngOptions {
  /** Id of the node to put in the middle and highlight (ignored when it is not in the graph). */
  readonly centre?: string;
  /** Width of the picture in pixels. @default 1200 */
  readonly width?: number;
  /** Height of the picture in pixels. @default 800 */
  readonly height?: number;
  /** Most people drawn; the rest are left out and counted under the picture. @default 40 */
  readonly maxNodes?: number;
  /** A line of text above the graph. */
  readonly title?: string;
}

type GraphNode = CorpusGraph['nodes'][number];
type GraphEdge = CorpusGraph['edges'][number];

/**
 * The part of a graph that is drawn: {@link selectNodes}'s answer.
 *
 * @example
 * const { nodes, omitted }: SelectedGraph = selectNodes(graph, 'hulusi-akar', 40);
 */
export interface SelectedGraph {
  /** The people kept, sorted by id, one per id. */
  readonly nodes: readonly GraphNode[];
  /** The edges between kept people, `source < target`, duplicates merged, sorted. */
  readonly edges: readonly GraphEdge[];
  /** The centre when it is in the graph. */
  readonly centre: string | undefined;
  /** How many people were left out. */
  readonly omitted: number;
}

const DEFAULT_WIDTH = 1200;
const DEFAULT_HEIGHT = 800;
const DEFAULT_MAX_NODES = 40;
const TICKS = 300;
const RELAX_PASSES = 200;
/** How far a compact layout may be spread out to fill the picture. */
const MAX_STRETCH = 2.5;
const LABEL_MAX_GRAPHEMES = 32;
const TITLE_MAX_GRAPHEMES = 90;

const COLOURS = {
  background: '#f8fafc',
  border: '#d8dee6',
  edge: '#9aa8b8',
  centreEdge: '#e8a46a',
  node: '#3b6ea5',
  nodeStroke: '#ffffff',
  centre: '#e8730c',
  centreStroke: '#8a3c00',
  arabic: '#111827',
  latin: '#4b5563',
  note: '#6b7280',
} as const;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const finiteOr = (value: number, fallback: number): number => (Number.isFinite(value) ? value : fallback);
const meetingsOf = (node: GraphNode): number => Math.max(0, finiteOr(node.meetings, 0));
const weightOf = (edge: GraphEdge): number => (Number.isFinite(edge.weight) && edge.weight > 0 ? edge.weight : 1);

/** One node per id, sorted by id; among duplicates the same one whatever the input order. */
const uniqueNodes = (graph: CorpusGraph): GraphNode[] => {
  const sorted = [...graph.nodes].sort(
    (a, b) =>
      cmp(a.id, b.id) || meetingsOf(b) - meetingsOf(a) || cmp(String(a.name), String(b.name)) || cmp(a.en, b.en),
  );
  return sorted.filter((node, i) => i === 0 || sorted[i - 1]!.id !== node.id);
};

/** Edges between known, distinct nodes as `source < target`, duplicates merged, sorted. */
const uniqueEdges = (graph: CorpusGraph, known: ReadonlySet<string>): GraphEdge[] => {
  const merged = new Map<string, { source: string; target: string; weight: number; meetings: Set<string> }>();
  for (const edge of graph.edges) {
    if (edge.source === edge.target || !known.has(edge.source) || !known.has(edge.target)) continue;
    const [source, target] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const key = `${source}\u0000${target}`;
    const entry = merged.get(key) ?? { source, target, weight: 0, meetings: new Set<string>() };
    entry.weight += weightOf(edge);
    for (const m of edge.meetings ?? []) entry.meetings.add(m);
    merged.set(key, entry);
  }
  return [...merged.values()]
    .map((e) => ({ source: e.source, target: e.target, weight: e.weight, meetings: [...e.meetings].sort(cmp) }))
    .sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target));
};

/**
 * Chooses the people to draw: the centre, then the others nearest to it (fewest hops), strongest tie
 * to it and most meetings first, so every kept person stays connected to the centre through kept
 * people; without a centre, the people with the most meetings. Pure, and independent of input order.
 *
 * @example
 * const { nodes, edges, omitted } = selectNodes(graph, 'hulusi-akar', 40);
 */
export function selectNodes(graph: CorpusGraph, centre: string | undefined, max: number): SelectedGraph {
  if (!Number.isInteger(max) || max < 1)
    throw new RangeError(`maxNodes must be a whole number of at least 1, got ${max}`);
  const nodes = uniqueNodes(graph);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = uniqueEdges(graph, ids);
  const theCentre = centre !== undefined && ids.has(centre) ? centre : undefined;
  if (nodes.length <= max) return { nodes, edges, centre: theCentre, omitted: 0 };

  const neighbours = new Map<string, Map<string, number>>();
  for (const e of edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      const around = neighbours.get(a) ?? new Map<string, number>();
      around.set(b, e.weight);
      neighbours.set(a, around);
    }
  }
  const strength = (id: string): number => {
    let total = 0;
    for (const w of neighbours.get(id)?.values() ?? []) total += w;
    return total;
  };
  const hops = new Map<string, number>();
  if (theCentre !== undefined) {
    hops.set(theCentre, 0);
    let frontier = [theCentre];
    for (let level = 1; frontier.length > 0; level++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const other of neighbours.get(id)?.keys() ?? []) {
          if (!hops.has(other)) {
            hops.set(other, level);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
  }
  const toCentre = (id: string): number => (theCentre === undefined ? 0 : (neighbours.get(theCentre)?.get(id) ?? 0));
  const ranked = [...nodes].sort(
    (a, b) =>
      (hops.get(a.id) ?? Number.POSITIVE_INFINITY) - (hops.get(b.id) ?? Number.POSITIVE_INFINITY) ||
      toCentre(b.id) - toCentre(a.id) ||
      meetingsOf(b) - meetingsOf(a) ||
      strength(b.id) - strength(a.id) ||
      cmp(a.id, b.id),
  );
  const kept = new Set(ranked.slice(0, max).map((n) => n.id));
  return {
    nodes: nodes.filter((n) => kept.has(n.id)),
    edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
    centre: theCentre,
    omitted: nodes.length - kept.size,
  };
}

// ---------------------------------------------------------------------------------------------
// Text

/** Explicit bidi formatting characters: a label gets its own, so stray ones from the news are dropped. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Whether XML 1.0 allows a code point (tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and up: no other
 * C0 control, no lone surrogate, no U+FFFE/U+FFFF). C1 controls are allowed but drawn as boxes, so they go too.
 */
const drawable = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp < 0x7f) ||
  (cp > 0x9f && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  cp >= 0x10000;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A label from news text made safe to draw: no forbidden or bidi characters, one line, cut to `max` graphemes. */
const cleanText = (text: unknown, max: number): string => {
  let kept = '';
  for (const char of String(text ?? '')) if (drawable(char.codePointAt(0)!)) kept += char;
  const clean = kept.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
  const parts = [...graphemes.segment(clean)];
  return parts.length <= max
    ? clean
    : `${parts
        .slice(0, max - 1)
        .map((p) => p.segment)
        .join('')
        .trimEnd()}…`;
};

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Right-to-left isolate (RLI … PDI): resvg lays every line out left to right, this makes it RTL. */
const rtl = (text: string): string => `\u2067${text}\u2069`;
/** First-strong isolate (FSI … PDI): the direction of the first letter, for text of either script. */
const auto = (text: string): string => `\u2068${text}\u2069`;

const ARABIC = 'Noto Sans Arabic';
const LATIN = 'Noto Sans';

let fontFiles: string[] | undefined;
const fontOptions = (): NonNullable<ResvgRenderOptions['font']> => {
  if (fontFiles === undefined) {
    const require = createRequire(import.meta.url);
    fontFiles = [
      require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
      require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
      require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
    ];
  }
  return { fontFiles, loadSystemFonts: false, defaultFontFamily: LATIN };
};

const widths = new Map<string, number>();
/** The drawn width of a line of text, measured by resvg with the same fonts (cached). */
const textWidth = (text: string, family: string, weight: number, size: number): number => {
  if (text === '') return 0;
  const key = `${family}|${weight}|${size}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="50" font-family="${family}" font-weight="${weight}" font-size="${size}">${escapeXml(text)}</text></svg>`;
  const box = new Resvg(svg, { font: fontOptions() }).getBBox();
  const width = box?.width ?? [...text].length * size * 0.6;
  if (widths.size > 10_000) widths.clear();
  widths.set(key, width);
  return width;
};

// ---------------------------------------------------------------------------------------------
// Layout

interface LayoutNode extends SimulationNodeDatum {
  readonly id: string;
  readonly isCentre: boolean;
  readonly r: number;
  /** The first label line, isolated: the Arabic name right to left, or the Latin one when there is none. */
  readonly main: string;
  readonly mainIsArabic: boolean;
  readonly latin: string;
  readonly arabicSize: number;
  readonly latinSize: number;
  /** Baselines of the two label lines, below the node's centre. */
  readonly arabicDy: number;
  readonly latinDy: number;
  /** The box of circle and labels around the node's centre: ±halfWidth, top (< 0) to bottom (> 0). */
  readonly halfWidth: number;
  readonly top: number;
  readonly bottom: number;
  x: number;
  y: number;
}

interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  readonly weight: number;
}

interface Area {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Keeps a node's box inside the area (or centred in it when the box is larger). */
const clampInto = (node: LayoutNode, area: Area): void => {
  const minX = area.left + node.halfWidth;
  const maxX = area.right - node.halfWidth;
  const minY = area.top - node.top;
  const maxY = area.bottom - node.bottom;
  const x = minX > maxX ? (area.left + area.right) / 2 : Math.min(maxX, Math.max(minX, node.x));
  const y =
    minY > maxY ? (area.top + area.bottom) / 2 + (-node.top - node.bottom) / 2 : Math.min(maxY, Math.max(minY, node.y));
  if (x !== node.x) node.vx = 0;
  if (y !== node.y) node.vy = 0;
  node.x = x;
  node.y = y;
};

/**
 * Pushes overlapping boxes apart along the axis that needs the shorter move; a fixed node (the centre)
 * does not move. `apply` receives each node's share of the move.
 */
const separate = (
  nodes: readonly LayoutNode[],
  gap: number,
  apply: (node: LayoutNode, dx: number, dy: number) => void,
): void => {
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i]!;
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j]!;
      const ax = a.x + (a.vx ?? 0);
      const ay = a.y + (a.vy ?? 0);
      const bx = b.x + (b.vx ?? 0);
      const by = b.y + (b.vy ?? 0);
      const overlapX =
        Math.min(ax + a.halfWidth, bx + b.halfWidth) - Math.max(ax - a.halfWidth, bx - b.halfWidth) + gap;
      if (overlapX <= 0) continue;
      const overlapY = Math.min(ay + a.bottom, by + b.bottom) - Math.max(ay + a.top, by + b.top) + gap;
      if (overlapY <= 0) continue;
      const aShare = a.fx != null ? 0 : b.fx != null ? 1 : 0.5;
      const bShare = 1 - aShare;
      if (overlapX < overlapY) {
        const dir = bx > ax || (bx === ax && i < j) ? 1 : -1;
        apply(a, -dir * overlapX * aShare, 0);
        apply(b, dir * overlapX * bShare, 0);
      } else {
        const dir = by + (b.top + b.bottom) / 2 >= ay + (a.top + a.bottom) / 2 ? 1 : -1;
        apply(a, 0, -dir * overlapY * aShare);
        apply(b, 0, dir * overlapY * bShare);
      }
    }
  }
};

/** Runs the force layout in place: node centres inside `area`, the centre (if any) fixed at (cx, cy). */
const layOut = (nodes: LayoutNode[], links: LayoutLink[], area: Area, u: number): void => {
  const cx = (area.left + area.right) / 2;
  const cy = (area.top + area.bottom) / 2;
  const boxes = (alpha: number): void => {
    const strength = Math.min(1, 0.3 + alpha);
    separate(nodes, 6 * u, (node, dx, dy) => {
      node.vx = (node.vx ?? 0) + dx * strength;
      node.vy = (node.vy ?? 0) + dy * strength;
    });
  };
  const simulation = forceSimulation<LayoutNode, LayoutLink>(nodes)
    .force(
      'link',
      forceLink<LayoutNode, LayoutLink>(links)
        .id((n) => n.id)
        .distance((l) => 90 * u + (l.source as LayoutNode).r + (l.target as LayoutNode).r),
    )
    .force('charge', forceManyBody<LayoutNode>().strength(-500 * u))
    .force('collide', forceCollide<LayoutNode>((n) => Math.max(n.halfWidth * 0.8, n.bottom * 0.6)).strength(0.8))
    .force('x', forceX<LayoutNode>(cx).strength(0.03))
    .force('y', forceY<LayoutNode>(cy).strength(0.06))
    .force('boxes', boxes)
    .stop();
  for (let i = 0; i < TICKS; i++) {
    simulation.tick();
    for (const node of nodes) clampInto(node, area);
  }
  // Settle what the forces left overlapping, moving positions directly.
  for (const node of nodes) {
    node.vx = 0;
    node.vy = 0;
  }
  for (let pass = 0; pass < RELAX_PASSES; pass++) {
    let moved = false;
    separate(nodes, 6 * u, (node, dx, dy) => {
      if (dx === 0 && dy === 0) return;
      moved = true;
      node.x += dx;
      node.y += dy;
    });
    for (const node of nodes) clampInto(node, area);
    if (!moved) break;
  }
};

/** Spreads a compact layout out (up to MAX_STRETCH per axis) to fill the area, about (cx, cy). */
const stretch = (nodes: LayoutNode[], area: Area, cx: number, cy: number): void => {
  let sx = MAX_STRETCH;
  let sy = MAX_STRETCH;
  for (const n of nodes) {
    const dx = n.x - cx;
    const dy = n.y - cy;
    if (dx > 1e-6) sx = Math.min(sx, (area.right - n.halfWidth - cx) / dx);
    if (dx < -1e-6) sx = Math.min(sx, (cx - area.left - n.halfWidth) / -dx);
    if (dy > 1e-6) sy = Math.min(sy, (area.bottom - n.bottom - cy) / dy);
    if (dy < -1e-6) sy = Math.min(sy, (cy - area.top + n.top) / -dy);
  }
  sx = Math.max(1, sx);
  sy = Math.max(1, sy);
  for (const n of nodes) {
    n.x = cx + (n.x - cx) * sx;
    n.y = cy + (n.y - cy) * sy;
  }
};

// ---------------------------------------------------------------------------------------------
// Drawing

const num = (value: number): string => {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

const formatWeight = (weight: number): string =>
  Number.isInteger(weight) ? String(weight) : String(Math.round(weight * 10) / 10);

const svgOpen = (width: number, height: number, u: number): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
  `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="${num(12 * u)}" fill="${COLOURS.background}" stroke="${COLOURS.border}"/>`;

const textAttrs = (family: string, size: number, fill: string, u: number, weight = 400): string =>
  `font-family="${family}" font-size="${num(size)}" font-weight="${weight}" fill="${fill}" text-anchor="middle" ` +
  `stroke="${COLOURS.background}" stroke-width="${num(4 * u)}" stroke-linejoin="round" paint-order="stroke"`;

/** A title's font size: `size`, or smaller so that it fits in `maxWidth`. */
const titleSize = (text: string, size: number, maxWidth: number): number => {
  const width = textWidth(auto(text), ARABIC, 700, size);
  return width <= maxWidth ? size : Math.max(1, Math.floor((size * maxWidth) / width));
};

interface Picture {
  readonly svg: string;
  readonly width: number;
}

const checkSize = (name: string, value: number): number => {
  if (!Number.isFinite(value) || value < 64 || value > 4096) {
    throw new RangeError(`${name} must be between 64 and 4096 pixels, got ${value}`);
  }
  return Math.round(value);
};

const emptyPicture = (width: number, height: number, title: string): Picture => {
  const w = Math.min(width, 520);
  const h = Math.min(height, title === '' ? 150 : 190);
  const u = Math.min(1, w / 520, h / (title === '' ? 150 : 190));
  const mid = w / 2;
  const top = title === '' ? 0 : 40 * u;
  const parts = [svgOpen(w, h, u)];
  if (title !== '') {
    parts.push(
      `<text x="${num(mid)}" y="${num(36 * u)}" ${textAttrs(ARABIC, titleSize(title, 20 * u, w - 32 * u), COLOURS.arabic, u, 700)}>${escapeXml(auto(title))}</text>`,
    );
  }
  parts.push(
    `<text x="${num(mid)}" y="${num(top + 68 * u)}" direction="rtl" unicode-bidi="embed" ${textAttrs(ARABIC, 24 * u, COLOURS.arabic, u, 700)}>${escapeXml(rtl('لا توجد لقاءات'))}</text>`,
    `<text x="${num(mid)}" y="${num(top + 100 * u)}" ${textAttrs(LATIN, 16 * u, COLOURS.latin, u)}>No meetings to show</text>`,
    '</svg>',
  );
  return { svg: parts.join(''), width: w };
};

const drawGraph = (graph: CorpusGraph, options: GraphPngOptions): Picture => {
  const width = checkSize('width', options.width ?? DEFAULT_WIDTH);
  const height = checkSize('height', options.height ?? DEFAULT_HEIGHT);
  const title = cleanText(options.title, TITLE_MAX_GRAPHEMES);
  const selected = selectNodes(graph, options.centre, options.maxNodes ?? DEFAULT_MAX_NODES);
  if (selected.nodes.length === 0) return emptyPicture(width, height, title);

  const u = Math.min(2.5, Math.max(0.75, Math.min(width / DEFAULT_WIDTH, height / DEFAULT_HEIGHT)));
  const margin = 16 * u;
  const titleBand = title === '' ? 0 : 40 * u;
  const footBand = 28 * u;
  const area: Area = {
    left: margin,
    right: width - margin,
    top: margin + titleBand,
    bottom: height - margin - footBand,
  };
  const cx = (area.left + area.right) / 2;
  const cy = (area.top + area.bottom) / 2;

  const maxMeetings = selected.nodes.reduce((max, n) => Math.max(max, meetingsOf(n)), 1);
  const maxWeight = selected.edges.reduce((max, e) => Math.max(max, e.weight), 1);
  const nodes: LayoutNode[] = selected.nodes.map((node) => {
    const isCentre = node.id === selected.centre;
    const r = Math.max(isCentre ? 15 * u : 0, (6 + 16 * Math.sqrt(meetingsOf(node) / maxMeetings)) * u);
    const arabic = cleanText(node.name, LABEL_MAX_GRAPHEMES);
    const english = cleanText(node.en, LABEL_MAX_GRAPHEMES);
    const mainIsArabic = arabic !== '';
    const main = mainIsArabic ? rtl(arabic) : auto(english === '' ? cleanText(node.id, LABEL_MAX_GRAPHEMES) : english);
    const latin = mainIsArabic ? english : '';
    const arabicSize = (isCentre ? 19 : 16) * u;
    const latinSize = (isCentre ? 13 : 12) * u;
    const weight = isCentre ? 700 : 400;
    const arabicWidth = textWidth(main, ARABIC, weight, arabicSize);
    const latinWidth = textWidth(latin, LATIN, 400, latinSize);
    const arabicDy = r + 3 * u + arabicSize * 1.05;
    const latinDy = arabicDy + arabicSize * 0.45 + latinSize * 1.05;
    return {
      id: node.id,
      isCentre,
      r,
      main,
      mainIsArabic,
      latin,
      arabicSize,
      latinSize,
      arabicDy,
      latinDy,
      halfWidth: Math.max(r, arabicWidth / 2, latinWidth / 2) + 2 * u,
      top: -r - 2 * u,
      bottom: (latin === '' ? arabicDy + arabicSize * 0.45 : latinDy + latinSize * 0.3) + 2 * u,
      x: 0,
      y: 0,
      ...(isCentre ? { fx: cx, fy: cy } : {}),
    };
  });
  // Start from d3's phyllotaxis around the middle of the area, spread to the size of the labels.
  const spacing = 14 * u;
  nodes.forEach((node, i) => {
    const radius = spacing * Math.sqrt(0.5 + i);
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    node.x = node.fx ?? cx + radius * Math.cos(angle);
    node.y = node.fy ?? cy + radius * Math.sin(angle);
  });
  const links: LayoutLink[] = selected.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  layOut(nodes, links, area, u);
  if (selected.centre === undefined) {
    // Centre the drawing in the area, then spread it.
    let [left, right, top, bottom] = [
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    for (const n of nodes) {
      left = Math.min(left, n.x - n.halfWidth);
      right = Math.max(right, n.x + n.halfWidth);
      top = Math.min(top, n.y + n.top);
      bottom = Math.max(bottom, n.y + n.bottom);
    }
    const dx = cx - (left + right) / 2;
    const dy = cy - (top + bottom) / 2;
    for (const n of nodes) {
      n.x += dx;
      n.y += dy;
    }
  }
  stretch(nodes, area, cx, cy);

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parts = [svgOpen(width, height, u)];
  if (title !== '') {
    parts.push(
      `<text x="${num(width / 2)}" y="${num(margin + 24 * u)}" ${textAttrs(ARABIC, titleSize(title, 20 * u, width - 2 * margin), COLOURS.arabic, u, 700)}>${escapeXml(auto(title))}</text>`,
    );
  }
  const edgeWidth = (w: number): number => (1.5 + (maxWeight > 1 ? 6.5 * Math.sqrt((w - 1) / (maxWeight - 1)) : 0)) * u;
  const drawn = selected.edges.map((e) => ({ e, a: byId.get(e.source)!, b: byId.get(e.target)! }));
  // Lines first, then the weights on them, then people and their names on top.
  for (const { e, a, b } of drawn) {
    const colour = a.isCentre || b.isCentre ? COLOURS.centreEdge : COLOURS.edge;
    parts.push(
      `<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="${colour}" stroke-width="${num(edgeWidth(e.weight))}" stroke-linecap="round" stroke-opacity="0.85"/>`,
    );
  }
  for (const { e, a, b } of drawn) {
    if (e.weight <= 1) continue;
    const label = formatWeight(e.weight);
    const size = 12 * u;
    const w = label.length * size * 0.62 + 8 * u;
    const h = size * 1.5;
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const colour = a.isCentre || b.isCentre ? COLOURS.centreEdge : COLOURS.edge;
    parts.push(
      `<rect x="${num(mx - w / 2)}" y="${num(my - h / 2)}" width="${num(w)}" height="${num(h)}" rx="${num(h / 2)}" fill="#ffffff" stroke="${colour}" stroke-width="${num(1.2 * u)}"/>`,
      `<text x="${num(mx)}" y="${num(my + size * 0.36)}" font-family="${LATIN}" font-size="${num(size)}" fill="${COLOURS.arabic}" text-anchor="middle">${label}</text>`,
    );
  }
  for (const n of nodes) {
    if (n.isCentre) {
      parts.push(
        `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r + 7 * u)}" fill="${COLOURS.centre}" fill-opacity="0.18"/>`,
        `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r)}" fill="${COLOURS.centre}" stroke="${COLOURS.centreStroke}" stroke-width="${num(2.5 * u)}"/>`,
      );
    } else {
      parts.push(
        `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r)}" fill="${COLOURS.node}" stroke="${COLOURS.nodeStroke}" stroke-width="${num(2 * u)}"/>`,
      );
    }
  }
  for (const n of nodes) {
    parts.push(
      `<text x="${num(n.x)}" y="${num(n.y + n.arabicDy)}"${n.mainIsArabic ? ' direction="rtl" unicode-bidi="embed"' : ''} ${textAttrs(ARABIC, n.arabicSize, COLOURS.arabic, u, n.isCentre ? 700 : 400)}>${escapeXml(n.main)}</text>`,
    );
    if (n.latin !== '') {
      parts.push(
        `<text x="${num(n.x)}" y="${num(n.y + n.latinDy)}" ${textAttrs(LATIN, n.latinSize, COLOURS.latin, u)}>${escapeXml(n.latin)}</text>`,
      );
    }
  }
  const footY = height - margin - 8 * u;
  const noteSize = 12 * u;
  if (width >= 640) {
    parts.push(
      `<text x="${num(margin + 4 * u)}" y="${num(footY)}" font-family="${LATIN}" font-size="${num(noteSize)}" fill="${COLOURS.note}">Circle: meetings · line and number: meetings together</text>`,
    );
  }
  const total = selected.nodes.length + selected.omitted;
  const count =
    selected.omitted > 0
      ? `${selected.nodes.length} of ${total} people shown · ${selected.omitted} left out`
      : `${total} ${total === 1 ? 'person' : 'people'}`;
  parts.push(
    `<text x="${num(width - margin - 4 * u)}" y="${num(footY)}" font-family="${LATIN}" font-size="${num(noteSize)}" fill="${selected.omitted > 0 ? COLOURS.centreStroke : COLOURS.note}" text-anchor="end">${count}</text>`,
    '</svg>',
  );
  return { svg: parts.join(''), width };
};

/**
 * The SVG that {@link renderGraphPng} renders (for tests and debugging): every label escaped, the Arabic
 * names in right-to-left isolates.
 *
 * @example
 * writeFileSync('/tmp/graph.svg', renderGraphSvg(graph, { centre: 'hulusi-akar' }));
 */
export function renderGraphSvg(graph: CorpusGraph, options: GraphPngOptions = {}): string {
  return drawGraph(graph, options).svg;
}

/**
 * Draws a meeting network as a PNG picture: people as circles sized by their meetings, each labelled
 * with the Arabic name (shaped, right to left) over the Latin one, pairs who met as lines as thick as
 * their meetings together, the centre in the middle and highlighted in orange.
 *
 * Only `maxNodes` people are drawn (the centre and those nearest and most tied to it); the picture
 * says how many were left out. An empty graph gives a small picture saying there are no meetings.
 * The same graph gives the same bytes whatever the order of its nodes and edges.
 *
 * @param graph - The network, as `Corpus.graph()` answers it.
 * @param options - Centre, size in pixels, most people drawn and a title.
 * @returns The PNG file, `width` × `height` pixels (smaller for an empty graph).
 * @throws RangeError when the size or `maxNodes` is out of range.
 *
 * @example
 * const graph = await corpus.graph({ person: 'خلوصي أكار' });
 * const png = renderGraphPng(graph, { centre: 'hulusi-akar', title: 'خلوصي أكار · Hulusi Akar' });
 * await interaction.editReply({ files: [new AttachmentBuilder(png, { name: 'graph.png' })] });
 */
export function renderGraphPng(graph: CorpusGraph, options: GraphPngOptions = {}): Buffer {
  const { svg, width } = drawGraph(graph, options);
  return new Resvg(svg, { font: fontOptions(), fitTo: { mode: 'width', value: width } }).render().asPng();
}
