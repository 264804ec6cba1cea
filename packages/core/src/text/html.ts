import {
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes,
  defaultTreeAdapter,
  html as HTML,
  Parser,
  type Token,
  Tokenizer,
  type TreeAdapter,
} from 'parse5';
import { LiqaError } from '../errors.js';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type TextNode = DefaultTreeAdapterTypes.TextNode;

/** The visible text of an HTML page, its headline, and the way back to the markup. */
export interface HtmlText {
  /**
   * The visible text. `\n` is its only line separator: every block element ends a line, and a
   * `<p>` or heading is set off by one blank line. Lines are trimmed, and no line is blank except
   * the single one that may separate two blocks.
   */
  text: string;
  /** The headline: `og:title`, else the first `<h1>`, else `<title>`, entity-decoded and whitespace-collapsed. */
  title: string | null;
  /**
   * Sorted by text offset: `[textOffset, sourceOffset]` pairs marking where each run of `text`
   * starts in the markup. Source offsets are not always increasing: the HTML parser moves some
   * text (a stray word inside `<table>` goes before the table).
   */
  sourceOffsets: Array<[number, number]>;
}

/**
 * Elements whose content is never article text: code and styling, embedded objects, the page
 * head, navigation and form controls. `<title>` is read for the headline, not the text.
 */
const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'iframe',
  'svg',
  'object',
  'embed',
  // Their children are fallback text ("your browser does not support video"), not content.
  'audio',
  'video',
  'canvas',
  'form',
  'button',
  'select',
  'datalist',
  'textarea',
  'input',
  'nav',
]);

/** Block elements set off by a blank line: the paragraphs and headings of the article. */
const BLANK_LINE_ELEMENTS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Block elements that end the current line. */
const LINE_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'ol',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'xmp',
]);

/** Table cells: cells of one row stay on one line, a space apart. */
const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);

/** Elements whose line breaks are part of the text. */
const PREFORMATTED_ELEMENTS: ReadonlySet<string> = new Set(['pre', 'listing', 'plaintext', 'xmp']);

/**
 * How the parser read a text node: `html` decodes references and drops NULs, `raw` (inside
 * {@link RAW_TEXT_ELEMENTS}) keeps references as written, and both `raw` and `foreign` (MathML)
 * turn NULs into U+FFFD.
 */
type TextKind = 'html' | 'raw' | 'foreign';

/** Visible elements whose text is raw: references and tags in it are kept as written. */
const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['plaintext', 'xmp']);

/**
 * ASP.NET WebForms pages, still common on Arabic news sites, wrap the whole page in one `<form>`.
 * A form holding one of these is that wrapper, not a comment or search form, and is read.
 */
const PAGE_FORM_MARKERS: ReadonlySet<string> = new Set(['h1', 'article', 'main', 'header', 'footer']);

// Inline `display: none` (CSS keywords are case-insensitive); no nested quantifiers, so linear.
const DISPLAY_NONE = /display\s*:\s*none/i;
const WHITESPACE_RUN = /\s+/gu;

const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

const AMPERSAND = 0x26;
const RIGHT_BRACKET = 0x5d;
const SEMICOLON = 0x3b;
const NUMBER_SIGN = 0x23;
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;
const NULL = 0x00;
/** REPLACEMENT CHARACTER, U+FFFD: what the parser puts for NUL and invalid numeric references. */
const REPLACEMENT_CHARACTER = 0xfffd;

/** The longest named reference, `CounterClockwiseContourIntegral`, has 31 letters. */
const MAX_ENTITY_NAME = 32;
/** How far back to look for the true start of text parse5 misplaced: a reference and some whitespace. */
const MAX_REFERENCE_LENGTH = 48;
/** How many code units must align for a start to be trusted. */
const PROBE_LENGTH = 16;
/** Text nodes, from the top of the document, whose start is checked (see {@link alignText}). */
const CHECKED_STARTS = 8;
/**
 * The named references the parser also reads without ";" (the Latin-1 set of HTML 4 and a few
 * capitalised ones), so a longer unknown name can start with one of them.
 */
const LEGACY_NAMES: ReadonlySet<string> = new Set(
  (
    'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute ' +
    'Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave ' +
    'Uuml Yacute aacute acirc acute aelig agrave amp aring atilde auml brvbar ccedil cedil cent copy curren ' +
    'deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt iacute icirc iexcl igrave iquest iuml ' +
    'laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve ordf ordm oslash otilde ouml para ' +
    'plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml uuml ' +
    'yacute yen yuml'
  ).split(' '),
);
const MAX_LEGACY_NAME = 6;
/** A named reference decodes to at most two code points; four UTF-16 units is a safe bound. */
const MAX_DECODED_UNITS = 4;
/** How many characters after a reference must agree before its length is trusted. */
const RESYNC_WINDOW = 8;
/** How many characters of text to look ahead for one the parser kept after some it dropped. */
const LOOKAHEAD = 8;
/** How far to look ahead in all, tags included; bounded so that the walk stays linear. */
const MAX_SCAN = 128;
/** Characters in a row that can be found nowhere ahead before the rest of a text node is left unmapped. */
const MAX_MISSES = 16;

/**
 * Open elements the parser may nest. The HTML algorithm rescans the open-element stack on every
 * tag, so unbounded nesting is quadratic, and 10,000 unclosed `<template>` overflow parse5's call
 * stack. Browsers cap the tree depth at 512 for the same reason; past it, start tags are ignored.
 */
const MAX_OPEN_ELEMENTS = 512;
/**
 * Active formatting elements (`<b>`, `<font>` …). The parser reopens all of them at every piece
 * of text, so `<p><b class=1></p><p><b class=2></p>…` builds a quadratic tree (87 KB of it made
 * 8 million nodes). These are inline, so dropping the extra ones changes no text.
 */
const MAX_FORMATTING_ELEMENTS = 16;
/** Attributes per tag: the tokenizer checks each new name against all previous ones. */
const MAX_ATTRIBUTES = 256;

const FORMATTING_TAGS: ReadonlySet<HTML.TAG_ID> = new Set([
  HTML.TAG_ID.A,
  HTML.TAG_ID.B,
  HTML.TAG_ID.BIG,
  HTML.TAG_ID.CODE,
  HTML.TAG_ID.EM,
  HTML.TAG_ID.FONT,
  HTML.TAG_ID.I,
  HTML.TAG_ID.NOBR,
  HTML.TAG_ID.S,
  HTML.TAG_ID.SMALL,
  HTML.TAG_ID.STRIKE,
  HTML.TAG_ID.STRONG,
  HTML.TAG_ID.TT,
  HTML.TAG_ID.U,
]);

/** A tokenizer that keeps the first {@link MAX_ATTRIBUTES} attributes of a tag. */
class BoundedTokenizer extends Tokenizer {
  protected override _leaveAttrName(): void {
    const token = this.currentToken as Token.TagToken | null;
    if (token && token.attrs.length >= MAX_ATTRIBUTES) return;
    super._leaveAttrName();
  }
}

/**
 * parse5's parser with the limits above, so that its work stays linear in the input. This reaches
 * into parse5's internals (`onStartTag`, `openElements`, `activeFormattingElements`), which is why
 * parse5 is pinned to an exact version.
 */
class BoundedParser extends Parser<DefaultTreeAdapterMap> {
  constructor(...args: ConstructorParameters<typeof Parser<DefaultTreeAdapterMap>>) {
    super(...args);
    this.tokenizer = new BoundedTokenizer(this.options, this);
  }

  override onStartTag(token: Token.TagToken): void {
    if (this.openElements.stackTop >= MAX_OPEN_ELEMENTS) return;
    if (FORMATTING_TAGS.has(token.tagID) && this.activeFormattingElements.entries.length >= MAX_FORMATTING_ELEMENTS) {
      return;
    }
    super.onStartTag(token);
  }

  // Moving the children one by one from the front costs the whole list each time once the
  // list is large (V8 cannot trim big arrays in place); `<b><div>` with 250,000 `<br>` and `</b>` took 23 s.
  override _adoptNodes(donor: ParentNode, recipient: ParentNode): void {
    const children = donor.childNodes;
    donor.childNodes = [];
    for (const child of children) this.treeAdapter.appendChild(recipient, child);
  }
}

/** Text nodes the parser moved out of a table (foster parenting). */
const FOSTERED = new WeakSet<TextNode>();

/**
 * parse5's default tree with sibling look-ups made cheap: the parser inserts before, and removes,
 * nodes near the end of a child list (text moved out of a `<table>`), where `indexOf` from the
 * start made each insertion cost the whole list.
 */
const TREE_ADAPTER: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  insertBefore(parent: ParentNode, node: ChildNode, reference: ChildNode): void {
    parent.childNodes.splice(parent.childNodes.lastIndexOf(reference), 0, node);
    node.parentNode = parent;
  },
  insertTextBefore(parent: ParentNode, text: string, reference: ChildNode): void {
    const previous = parent.childNodes[parent.childNodes.lastIndexOf(reference) - 1];
    // Text moved out of a table joins only text moved the same way, not the text before the
    // table: one text node must come from one stretch of the source for its offsets to hold.
    if (previous && isTextNode(previous) && FOSTERED.has(previous)) {
      previous.value += text;
    } else {
      const node = defaultTreeAdapter.createTextNode(text);
      FOSTERED.add(node);
      TREE_ADAPTER.insertBefore(parent, node, reference);
    }
  },
  detachNode(node: ChildNode): void {
    const siblings = node.parentNode?.childNodes;
    if (!siblings) return;
    siblings.splice(siblings.lastIndexOf(node), 1);
    node.parentNode = null;
  },
  adoptAttributes(recipient: Element, attrs: Token.Attribute[]): void {
    // Every stray <body a1>, <body a2> … adds to <body>, and each merge scans what it has.
    if (recipient.attrs.length >= MAX_ATTRIBUTES) return;
    defaultTreeAdapter.adoptAttributes(recipient, attrs);
  },
};

/** Visible text. */
const HARD = 0;
/** HTML whitespace (and the line and paragraph separators): runs collapse to one space. */
const COLLAPSIBLE = 1;
/** No-break and other Unicode spaces, invisible marks: kept inside a line, trimmed at its edges. */
const SOFT = 2;
type CharKind = typeof HARD | typeof COLLAPSIBLE | typeof SOFT;

function charKind(c: number): CharKind {
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x2028 || c === 0x2029) {
    return COLLAPSIBLE;
  }
  if (c > 0x20 && c < 0xa0) return HARD;
  // The same edge set as splitLines: \s plus zero-width and bidi marks.
  if (
    c === 0x0b ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202f) ||
    c === 0x205f ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x3000 ||
    c === 0xfeff
  ) {
    return SOFT;
  }
  return HARD;
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** True when `html[at]` follows "<" as the start of a tag or comment, not a literal "<". */
function isMarkupStart(html: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const c = html.charCodeAt(at);
  // ASCII letter, "/", "!" or "?"
  return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2f || c === 0x21 || c === 0x3f;
}

function digitValue(c: number, hex: boolean): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (!hex) return -1;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/**
 * How well the source after a reference, from `sourceAt`, reads the same as the decoded text from
 * `valueAt`: -1 if they differ, else how many characters agree before the next one the parser may
 * have rewritten, plus one if both end there together.
 */
function agreement(html: string, sourceAt: number, end: number, value: string, valueAt: number): number {
  for (let k = 0; k < RESYNC_WINDOW; k++) {
    const s = sourceAt + k;
    const v = valueAt + k;
    if (s >= end) return v === value.length ? k + 1 : -1;
    const c = html.charCodeAt(s);
    if (c === AMPERSAND || c === LESS_THAN || c === CARRIAGE_RETURN || c === NULL) return v <= value.length ? k : -1;
    if (v >= value.length || c !== value.charCodeAt(v)) return -1;
  }
  return RESYNC_WINDOW;
}

/**
 * How the character reference at `html[at]` (an `&`) was decoded into `value[valueAt]`:
 * `[sourceLength, decodedLength]`, or null when the `&` was kept as written.
 */
function readReference(
  html: string,
  at: number,
  end: number,
  value: string,
  valueAt: number,
  strict = false,
): [number, number] | null {
  const next = at + 1 < end ? html.charCodeAt(at + 1) : -1;
  if (next === NUMBER_SIGN) {
    let k = at + 2;
    const hex = k < end && (html.charCodeAt(k) | 0x20) === 0x78;
    if (hex) k++;
    const digitsStart = k;
    let codePoint = 0;
    for (; k < end; k++) {
      const d = digitValue(html.charCodeAt(k), hex);
      if (d < 0) break;
      // Saturate: anything past U+10FFFF becomes U+FFFD anyway.
      codePoint = Math.min(codePoint * (hex ? 16 : 10) + d, 0x110000);
    }
    if (k === digitsStart) return null;
    if (k < end && html.charCodeAt(k) === SEMICOLON) k++;
    // Only a valid astral code point takes two units; NUL, surrogates and overflow become U+FFFD.
    const units = codePoint >= 0x10000 && codePoint <= 0x10ffff ? 2 : 1;
    if (strict && agreement(html, k, end, value, valueAt + units) < 0) return null;
    return [k - at, units];
  }
  let nameEnd = at + 1;
  while (nameEnd < end && nameEnd - at <= MAX_ENTITY_NAME && isAsciiAlphanumeric(html.charCodeAt(nameEnd))) nameEnd++;
  if (nameEnd === at + 1) return null;
  const semicolon = nameEnd < end && html.charCodeAt(nameEnd) === SEMICOLON;
  if (value.charCodeAt(valueAt) === AMPERSAND) {
    // Only &amp; and &AMP; decode to "&" (also without ";", and as a prefix: "&ampx" is "&x").
    const name = html.slice(at + 1, at + 4);
    if (name !== 'amp' && name !== 'AMP') return null;
    return [at + 4 < end && html.charCodeAt(at + 4) === SEMICOLON ? 5 : 4, 1];
  }
  // Decoded, but to what length? The parser takes the longest known name: the whole reference
  // when it ends in ";" and is known, else the longest legacy name it starts with ("&notit;" is
  // "¬it;"). Without the full table, keep the reading after which source and text agree longest.
  const whole = semicolon ? nameEnd + 1 : nameEnd;
  let best: [number, number] = [whole - at, 1];
  let bestAgreement = -1;
  const consider = (sourceEnd: number, units: number): boolean => {
    const agreed = agreement(html, sourceEnd, end, value, valueAt + units);
    if (agreed > bestAgreement) {
      best = [sourceEnd - at, units];
      bestAgreement = agreed;
    }
    return agreed === RESYNC_WINDOW;
  };
  if (semicolon) {
    for (let units = 1; units <= MAX_DECODED_UNITS; units++) {
      // A reference decodes to one character, or to a pair whose second half is a combining mark
      // or a surrogate, never ASCII; save "&fjlig;" ("fj"). So "&notit;" is not "¬it;" at once.
      if (units > 1 && value.charCodeAt(valueAt + units - 1) < 0x80 && html.slice(at + 1, nameEnd) !== 'fjlig') break;
      if (consider(whole, units)) return best;
    }
  }
  // Legacy names decode to one BMP character.
  for (let nameLength = Math.min(nameEnd - at - (semicolon ? 2 : 1), MAX_LEGACY_NAME); nameLength >= 2; nameLength--) {
    if (LEGACY_NAMES.has(html.slice(at + 1, at + 1 + nameLength)) && consider(at + 1 + nameLength, 1)) return best;
  }
  // No reading fits: when aligning, still step over the reference; when asking whether the text
  // could start here (`strict`), it cannot.
  return strict && bestAgreement < 0 ? null : best;
}

/**
 * Where the text resumes in `html` after `from`: the next occurrence of `value[at]`, or of a
 * reference that decodes to it, skipping tags, within {@link LOOKAHEAD} characters of text and
 * {@link MAX_SCAN} in all; -1 if there is none.
 */
function resumeAt(html: string, from: number, end: number, value: string, at: number, references: boolean): number {
  const limit = Math.min(end, from + MAX_SCAN);
  let text = 0;
  let k = from;
  while (k < limit && text <= LOOKAHEAD) {
    const c = html.charCodeAt(k);
    if (k > from && explains(html, k, end, value, at, references)) return k;
    if (c === LESS_THAN && isMarkupStart(html, k + 1, end)) {
      while (k < limit && html.charCodeAt(k) !== GREATER_THAN) k++;
    } else {
      text++;
    }
    k++;
  }
  return -1;
}

/** True when `html[at]` is `value[valueAt]` as written or as a reference that decodes to it. */
function explains(html: string, at: number, end: number, value: string, valueAt: number, references: boolean): boolean {
  if (at >= end) return false;
  const c = html.charCodeAt(at);
  if (c === value.charCodeAt(valueAt)) return true;
  return c === AMPERSAND && references && readReference(html, at, end, value, valueAt, true) !== null;
}

/**
 * Walks `value` and `html[from, end)` side by side, writing into `positions` the offset each code
 * unit of `value` was read from, up to `limit` units. The parser decodes references, turns CR LF
 * into LF, drops NULs and merges text across tags it ignores; both indexes only move forward, so
 * this is linear. A `probe` stops at the first unit it cannot explain and returns how many it
 * explained; otherwise unexplained units stay -1 and the count returned is `limit`.
 */
function align(
  value: string,
  html: string,
  from: number,
  end: number,
  kind: TextKind,
  positions: Int32Array,
  limit: number,
  probe: boolean,
): number {
  const references = kind !== 'raw';
  let i = from;
  let j = 0;
  let misses = 0;
  let inCdata = false;
  while (j < limit && i < end) {
    const s = html.charCodeAt(i);
    const v = value.charCodeAt(j);
    if (s === AMPERSAND && references && !inCdata) {
      const reference = readReference(html, i, end, value, j, probe);
      if (reference) {
        positions[j] = i;
        j += reference[1];
        i += reference[0];
        continue;
      }
    }
    if (inCdata && s === RIGHT_BRACKET && html.startsWith(CDATA_CLOSE, i)) {
      inCdata = false;
      i += CDATA_CLOSE.length;
      continue;
    }
    if (kind === 'foreign' && !inCdata && s === LESS_THAN && html.startsWith(CDATA_OPEN, i)) {
      // In MathML, a CDATA section's content is text as written, up to "]]>"; "<![CDATA[" in the
      // text can only be inside one (<![CDATA[<![CDATA[): outside, it opens one.
      inCdata = true;
      i += CDATA_OPEN.length;
      continue;
    }
    if (s === LESS_THAN && !inCdata && kind !== 'raw' && isMarkupStart(html, i + 1, end)) {
      // A tag the parser ignored (a stray </span>, a second <body>): its text continues after it.
      // Unless the text itself reads "<b>" here (a CDATA section in MathML).
      let k = i + 1;
      while (k < end && html.charCodeAt(k) !== GREATER_THAN) k++;
      if (!value.startsWith(html.slice(i, k + 1), j)) {
        i = k + 1;
        continue;
      }
    }
    if (s === v) {
      positions[j++] = i++;
      misses = 0;
      continue;
    }
    if (s === CARRIAGE_RETURN && v === LINE_FEED) {
      positions[j++] = i;
      i += i + 1 < end && html.charCodeAt(i + 1) === LINE_FEED ? 2 : 1;
      continue;
    }
    if (s === NULL) {
      // Dropped from HTML text; raw text and MathML get U+FFFD instead.
      if ((kind !== 'html' || inCdata) && v === REPLACEMENT_CHARACTER) positions[j++] = i;
      i++;
      continue;
    }
    if (probe) return j;
    // Something else the parser dropped (the newline right after <pre>), or tags between two
    // pieces it joined: look a little ahead, over tags, for where the text resumes.
    const resumed = resumeAt(html, i, end, value, j, references);
    if (resumed >= 0) {
      i = resumed;
      misses = 0;
      continue;
    }
    // Lost: leave the rest unmapped rather than scan ahead again for every character.
    if (++misses > MAX_MISSES) break;
    j++;
  }
  return probe ? j : limit;
}

/**
 * For each code unit of a text node's `value`, the offset in `html` it was read from, or -1 when
 * it has none. `backUp` allows looking for a better start just before `start`: parse5 misplaces
 * text it splits at the top of the document, before `<body>` (for " &amp;x" it says ";x").
 */
function alignText(
  value: string,
  html: string,
  start: number,
  end: number,
  kind: TextKind,
  backUp: boolean,
): Int32Array {
  const positions = new Int32Array(value.length).fill(-1);
  let from = start;
  const wanted = Math.min(PROBE_LENGTH, value.length);
  if (backUp && wanted > 0) {
    const scratch = new Int32Array(wanted);
    let best = align(value, html, start, end, kind, scratch, wanted, true);
    for (let k = start - 1; best < wanted && k >= Math.max(0, start - MAX_REFERENCE_LENGTH); k--) {
      const score = align(value, html, k, end, kind, scratch, wanted, true);
      if (score > best) {
        best = score;
        from = k;
      }
    }
  }
  align(value, html, from, end, kind, positions, value.length, false);
  return positions;
}

/** Accumulates the text, trimming lines, collapsing spaces and recording the offset pairs. */
class TextBuilder {
  readonly chunks: string[] = [];
  readonly pairs: Array<[number, number]> = [];
  length = 0;
  /** The source offset the next unit has if it continues the current run. */
  private expected = 0;
  /** Line breaks owed before the next visible character (0, 1 or 2). */
  private breaks = 0;
  /** Spaces waiting for the next visible character on this line; dropped if the line ends first. */
  private pendingText = '';
  private pendingPositions: number[] = [];
  private pendingEndsInSpace = false;

  private atLineStart(): boolean {
    return this.length === 0 || this.breaks > 0;
  }

  private clearPending(): void {
    if (this.pendingText === '') return;
    this.pendingText = '';
    this.pendingPositions = [];
    this.pendingEndsInSpace = false;
  }

  private track(position: number): void {
    if (position >= 0 && (this.pairs.length === 0 || position !== this.expected)) {
      this.pairs.push([this.length, position]);
      this.expected = position;
    }
    this.expected++;
    this.length++;
  }

  /** A block boundary: end the line, leaving a blank line when `count` is 2. */
  endBlock(count: 1 | 2): void {
    if (this.length === 0) return;
    if (count > this.breaks) this.breaks = count;
    this.clearPending();
  }

  /** A `<br>`: end the line; a second one in a row leaves a blank line, never more. */
  lineBreak(): void {
    if (this.length === 0) return;
    this.breaks = this.breaks === 0 ? 1 : 2;
    this.clearPending();
  }

  space(position: number): void {
    if (this.atLineStart() || this.pendingEndsInSpace) return;
    this.pendingText += ' ';
    this.pendingPositions.push(position);
    this.pendingEndsInSpace = true;
  }

  soft(unit: string, position: number): void {
    if (this.atLineStart()) return;
    this.pendingText += unit;
    this.pendingPositions.push(position);
    this.pendingEndsInSpace = false;
  }

  /** Appends `value[from, to)`, all visible characters, after whatever line break or spaces are owed. */
  visible(value: string, from: number, to: number, positions: Int32Array): void {
    if (this.breaks > 0) {
      this.chunks.push(this.breaks === 2 ? '\n\n' : '\n');
      for (let k = 0; k < this.breaks; k++) this.track(-1);
      this.breaks = 0;
    } else if (this.pendingText !== '') {
      this.chunks.push(this.pendingText);
      for (const position of this.pendingPositions) this.track(position);
    }
    this.clearPending();
    this.chunks.push(value.slice(from, to));
    for (let k = from; k < to; k++) this.track(positions[k] as number);
  }
}

/** Appends one text node, a run of visible characters at a time. */
function appendText(builder: TextBuilder, value: string, positions: Int32Array, preformatted: boolean): void {
  let runStart = -1;
  for (let j = 0; j < value.length; j++) {
    const c = value.charCodeAt(j);
    const kind = charKind(c);
    if (kind === HARD) {
      if (runStart < 0) runStart = j;
      continue;
    }
    if (runStart >= 0) {
      builder.visible(value, runStart, j, positions);
      runStart = -1;
    }
    if (preformatted && c === LINE_FEED) builder.lineBreak();
    else if (kind === COLLAPSIBLE) builder.space(positions[j] as number);
    else builder.soft(value[j] as string, positions[j] as number);
  }
  if (runStart >= 0) builder.visible(value, runStart, value.length, positions);
}

function attribute(element: Element, name: string): string | null {
  for (const attr of element.attrs) if (attr.name === name) return attr.value;
  return null;
}

function isHidden(element: Element): boolean {
  // A <dialog> without `open` is a pop-up not shown (a newsletter prompt, a cookie notice).
  if (element.tagName === 'dialog' && attribute(element, 'open') === null) return true;
  for (const attr of element.attrs) {
    if (attr.name === 'hidden') return true;
    if (attr.name === 'aria-hidden' && attr.value.trim().toLowerCase() === 'true') return true;
    if (attr.name === 'style' && DISPLAY_NONE.test(attr.value)) return true;
  }
  return false;
}

/** True for a form that wraps the page (see {@link PAGE_FORM_MARKERS}); forms do not nest, so this stays linear. */
function isPageForm(form: Element): boolean {
  const stack: ParentNode[] = [form];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (PAGE_FORM_MARKERS.has(child.tagName)) return true;
      stack.push(child);
    }
  }
  return false;
}

function cleanTitle(raw: string | null): string | null {
  if (raw === null) return null;
  const title = raw.replace(WHITESPACE_RUN, ' ').trim();
  return title === '' ? null : title;
}

function textKind(parent: ParentNode, inRawText: boolean): TextKind {
  if (inRawText) return 'raw';
  return 'tagName' in parent && parent.namespaceURI !== HTML.NS.HTML ? 'foreign' : 'html';
}

function isTextNode(node: ChildNode): node is TextNode {
  return node.nodeName === '#text';
}

/** What entering an element did, undone when leaving it. */
interface Frame {
  readonly node: ParentNode;
  next: number;
  skipped: boolean;
  block: 0 | 1 | 2;
  cell: boolean;
  preformatted: boolean;
  raw: boolean;
  /** Text length where the headline `<h1>` started, or -1. */
  headlineStart: number;
}

/** A fresh frame for `node`: nothing read yet, no flags set. */
function newFrame(node: ParentNode): Frame {
  return { node, next: 0, skipped: false, block: 0, cell: false, preformatted: false, raw: false, headlineStart: -1 };
}

/**
 * Reads an HTML page into its visible text, with offsets back into the markup.
 *
 * Script, style, the head, navigation, forms and their controls, embedded objects and hidden
 * elements (`hidden`, `aria-hidden="true"`, inline `display: none`) are left out; footers and
 * asides stay, for the boilerplate stage to judge. Each `<p>` and `<h1>`–`<h6>` is set off by a blank
 * line, every other block (`div`, `li`, `tr`, `br` …) ends the line, cells of a table row are
 * separated by a space, and runs of whitespace collapse to one space. Never throws on a string,
 * however broken the markup, and runs in linear time.
 *
 * @example
 * ```ts
 * const page = htmlToText('<title>خبر</title><p>التقى الرئيس&nbsp;<b>بالوزير</b></p><script>x()</script>');
 * page.text //=> 'التقى الرئيس\u00A0بالوزير'
 * page.title //=> 'خبر'
 * toSourceOffset(page.sourceOffsets, page.text.indexOf('بالوزير')) //=> 42, where <b>'s text starts
 * ```
 */
export function htmlToText(html: string): HtmlText {
  if (typeof html !== 'string') {
    throw new LiqaError('invalid_input', `htmlToText: expected a string, got ${html === null ? 'null' : typeof html}`);
  }
  let document: DefaultTreeAdapterTypes.Document;
  try {
    document = BoundedParser.parse(html, { sourceCodeLocationInfo: true, treeAdapter: TREE_ADAPTER });
  } catch (error) {
    // Out of stack or memory on some input the limits above do not cover: the contract is to
    // return, so the page reads as empty rather than taking the caller down.
    if (error instanceof RangeError) return { text: '', title: null, sourceOffsets: [] };
    throw error;
  }
  const builder = new TextBuilder();
  let metaTitle: string | null = null;
  let documentTitle: string | null = null;
  // Typed through `as`: it is set inside `leave`, which control-flow analysis does not follow.
  let headline = null as [number, number] | null;
  let headlineOpen = false;
  let skipDepth = 0;
  let preformattedDepth = 0;
  // Inside <plaintext> the parser may still open formatting elements, so the parent is not enough.
  let rawDepth = 0;
  let checkedStarts = 0;

  const enter = (element: Element): Frame => {
    const frame = newFrame(element);
    const tag = element.tagName;
    const inHtml = element.namespaceURI === HTML.NS.HTML;
    // Read even inside skipped parts: both live in <head>.
    if (tag === 'title' && inHtml && documentTitle === null) {
      documentTitle = cleanTitle(element.childNodes.map((child) => (isTextNode(child) ? child.value : '')).join(''));
    } else if (tag === 'meta' && metaTitle === null) {
      const property = (attribute(element, 'property') ?? attribute(element, 'name'))?.trim().toLowerCase();
      if (property === 'og:title') metaTitle = cleanTitle(attribute(element, 'content'));
    }
    if (skipDepth > 0) {
      // Inside a skipped part, only the count matters.
      frame.skipped = SKIPPED_ELEMENTS.has(tag);
    } else {
      frame.skipped =
        (SKIPPED_ELEMENTS.has(tag) && !(tag === 'form' && isPageForm(element))) || (inHtml && isHidden(element));
    }
    if (frame.skipped) {
      skipDepth++;
      return frame;
    }
    if (skipDepth > 0) return frame;
    if (tag === 'br') {
      builder.lineBreak();
    } else if (BLANK_LINE_ELEMENTS.has(tag)) {
      frame.block = 2;
    } else if (LINE_ELEMENTS.has(tag)) {
      frame.block = 1;
    } else if (CELL_ELEMENTS.has(tag)) {
      frame.cell = true;
      builder.space(-1);
    }
    if (frame.block > 0) builder.endBlock(frame.block as 1 | 2);
    if (PREFORMATTED_ELEMENTS.has(tag)) {
      frame.preformatted = true;
      preformattedDepth++;
    }
    if (RAW_TEXT_ELEMENTS.has(tag) && inHtml) {
      frame.raw = true;
      rawDepth++;
    }
    if (tag === 'h1' && headline === null && !headlineOpen) {
      frame.headlineStart = builder.length;
      headlineOpen = true;
    }
    return frame;
  };

  const leave = (frame: Frame): void => {
    if (frame.skipped) skipDepth--;
    if (frame.block > 0) builder.endBlock(frame.block as 1 | 2);
    if (frame.cell) builder.space(-1);
    if (frame.preformatted) preformattedDepth--;
    if (frame.raw) rawDepth--;
    if (frame.headlineStart >= 0) {
      headlineOpen = false;
      // An empty <h1> (a logo, say) does not count; the next one may.
      if (builder.length > frame.headlineStart) headline = [frame.headlineStart, builder.length];
    }
  };

  // An explicit stack: nesting depth is unbounded in broken markup, and recursion would overflow.
  const root = newFrame(document);
  const stack: Frame[] = [root];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.node.childNodes[frame.next++];
    if (child === undefined) {
      stack.pop();
      leave(frame);
    } else if (isTextNode(child)) {
      if (skipDepth > 0) continue;
      const location = child.sourceCodeLocation;
      const positions = location
        ? alignText(
            child.value,
            html,
            location.startOffset,
            location.endOffset,
            textKind(frame.node, rawDepth > 0),
            checkedStarts++ < CHECKED_STARTS,
          )
        : new Int32Array(child.value.length).fill(-1);
      appendText(builder, child.value, positions, preformattedDepth > 0);
    } else if ('tagName' in child) {
      stack.push(enter(child));
    }
  }

  const text = builder.chunks.join('');
  const headlineText = headline ? cleanTitle(text.slice(headline[0], headline[1])) : null;
  return { text, title: metaTitle ?? headlineText ?? documentTitle, sourceOffsets: builder.pairs };
}

/**
 * Maps an offset of {@link HtmlText.text} back to the HTML it was read from, through the nearest
 * pair at or before it. Exact wherever the text is copied unchanged from the markup; inside a
 * decoded reference such as `&amp;` it points at the reference's `&`. With no pairs (plain text)
 * the offset is returned as is.
 *
 * @example
 * ```ts
 * const html = '<p>وزير&nbsp;الخارجية</p>';
 * const { text, sourceOffsets } = htmlToText(html);
 * const at = toSourceOffset(sourceOffsets, text.indexOf('الخارجية'));
 * html.slice(at, at + 8) //=> 'الخارجية'
 * ```
 */
export function toSourceOffset(sourceOffsets: readonly (readonly [number, number])[], textOffset: number): number {
  let low = 0;
  let high = sourceOffsets.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if ((sourceOffsets[mid] as readonly [number, number])[0] <= textOffset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found < 0) {
    const first = sourceOffsets[0];
    return first ? Math.max(0, first[1] - (first[0] - textOffset)) : textOffset;
  }
  const [pairText, pairSource] = sourceOffsets[found] as readonly [number, number];
  return pairSource + (textOffset - pairText);
}
