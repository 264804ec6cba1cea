import { LiqaError } from '../errors.js';
import {
  BOILERPLATE_RULES,
  type BoilerplateRule,
  type BoilerplateRuleInput,
  compileBoilerplateRules,
  keyHeadOfFolded,
  keyOfFolded,
  matchKey,
} from '../lexicon/boilerplate-rules.js';
import { escapeRegex } from '../lexicon/pattern.js';
import type { Boilerplate, Span } from '../model.js';
import { countWords, isMostlyArabic } from './charsets.js';
import type { FoldedText } from './normalize.js';
import { articleFold, foldedSpanText } from './normalized-spans.js';

/** Options of {@link findBoilerplate}. */
export interface FindBoilerplateOptions {
  /**
   * The article's headline. Later lines that repeat it are removed (`boilerplate/title-repeat`);
   * the first line that is exactly the headline is left alone, as the headline itself.
   * `undefined` takes the first headline-like line before the first paragraph; `null` turns the rule off.
   * @default undefined
   */
  readonly title?: string | null;
  /**
   * More rules, in the shape of `data/boilerplate.ar.json`'s entries; they are tried before the
   * built-in ones.
   * @default []
   */
  readonly extraRules?: readonly BoilerplateRuleInput[];
}

/** A line with the forms the rules look at. */
class LineInfo {
  #key: string | undefined;
  #siteSplit: RegExpExecArray | null | undefined;
  /** The key of the line's first `#headWords` words, made for the most words asked so far. */
  #head = '';
  #headWords = 0;

  constructor(
    readonly span: Span,
    /** normalize()d. */
    readonly folded: string,
    /** normalize()d and trimmed. */
    readonly norm: string,
    /** How many words the line has, counted up to one more than any rule asks about (see wordsToCount()). */
    readonly words: number,
    /** Short and not ending like a sentence: a headline, a label, a link. */
    readonly headlineLike: boolean,
  ) {}

  /**
   * {@link matchKey} of the line, made on first need: most lines are paragraphs, whose whole key
   * no rule reads.
   */
  get key(): string {
    this.#key ??= keyOfFolded(this.folded);
    return this.#key;
  }

  /**
   * The line cut after a site name and a dash (`SITE_SEPARATOR`), or null: the title and
   * site-name checks both read it, and most lines have no dash near their start.
   */
  get siteSplit(): RegExpExecArray | null {
    if (this.#siteSplit === undefined) {
      this.#siteSplit = siteSplitOf(this.norm);
    }
    return this.#siteSplit;
  }

  /**
   * The key of the line's first `words` words, or more of it (its whole key, once made): what a
   * prefix reads. Each prefix rule asks for a few words; the head is made once for the most
   * asked, and cut for fewer.
   */
  keyHead(words: number): string {
    if (this.#key !== undefined) return this.#key;
    if (words > this.#headWords) {
      this.#head = keyHeadOfFolded(this.folded, words);
      this.#headWords = words;
    }
    return firstWords(this.#head, words);
  }
}

/** The first `count` words of a key (words joined by single spaces). */
function firstWords(key: string, count: number): string {
  if (count <= 0) return '';
  let end = -1;
  for (let n = 0; n < count; n++) {
    end = key.indexOf(' ', end + 1);
    if (end < 0) return key;
  }
  return key.slice(0, end);
}

/** The rule that claims a line as boilerplate, or `null` for article text. */
type Claim = { readonly id: string; readonly kind: BoilerplateRule['kind'] } | null;

const TITLE_REPEAT = { id: 'boilerplate/title-repeat', kind: 'line' } as const;
const SITE_NAME = { id: 'boilerplate/site-name', kind: 'line' } as const;

/** A headline or a list entry has at most this many words; a paragraph usually has more. */
const HEADLINE_MAX_WORDS = 15;
/** A block of related headlines takes at most this many headline lines of its own. */
const BLOCK_MAX_LINES = 20;
/** A site name is at most this many words. */
const SITE_NAME_MAX_WORDS = 4;
/** A repeated title must keep at least this many letters (or the whole title, if shorter). */
const TITLE_MIN_LETTERS = 20;
/** A cut copy of the title with no site name before it must keep this share of its letters. */
const TITLE_MIN_SHARE = 0.6;
/** A footer takes the rest of the text only when it starts past this share of it. */
const FOOTER_MIN_POSITION = 0.5;

// Closing marks and spaces that may follow a sentence's last punctuation.
const TRAILING_CLOSERS = /[\s"'»”’)\]]+$/u;
/** The dash-like separators between a site name and the rest: 'المغرب اليوم - …'. */
const SITE_SEPARATORS = ['-', '–', '—', '|'];
/** One of SITE_SEPARATORS, as a regex class. */
const SEPARATOR_CLASS = `[${SITE_SEPARATORS.map(escapeRegex).join('')}]`;
const SITE_SEPARATOR = new RegExp(`^(.{1,60}?)\\s?${SEPARATOR_CLASS}\\s?`, 'u');
/** SITE_SEPARATORS by code unit. */
const SITE_SEPARATOR_CODES = new Set(SITE_SEPARATORS.map((c) => c.charCodeAt(0)));

/**
 * `SITE_SEPARATOR.exec(norm)`, tried only when a separator stands where it may find one (after 1
 * to 60 characters and a space): most lines have none there. Exported for tests.
 *
 * @example
 * ```ts
 * siteSplitOf('المغرب اليوم - قمة الرياض')?.[1] //=> 'المغرب اليوم'
 * ```
 */
export function siteSplitOf(norm: string): RegExpExecArray | null {
  const end = Math.min(norm.length, 62);
  for (let i = 1; i < end; i++) if (SITE_SEPARATOR_CODES.has(norm.charCodeAt(i))) return SITE_SEPARATOR.exec(norm);
  return null;
}
// A line that ends with such a separator, the rest of it lost: 'المغرب اليوم -'.
const DANGLING_SEPARATOR = new RegExp(`\\s${SEPARATOR_CLASS}$`, 'u');

function endsLikeSentence(norm: string): boolean {
  const body = norm.replace(TRAILING_CLOSERS, '');
  const last = body[body.length - 1];
  if (last === '!' || last === '?' || last === '؟') return true;
  // A single period ends a sentence; '..' and '...' are pauses in Arabic headlines.
  return last === '.' && body[body.length - 2] !== '.';
}

const wordsToCountCache = new WeakMap<readonly BoilerplateRule[], number>();

/**
 * The most words any rule or check asks a line to have at most: a paragraph's words are counted
 * no further, as most lines are paragraphs of more.
 */
function wordsToCount(rules: readonly BoilerplateRule[]): number {
  let most = wordsToCountCache.get(rules);
  if (most === undefined) {
    most = Math.max(HEADLINE_MAX_WORDS, SITE_NAME_MAX_WORDS * 2);
    for (const rule of rules) most = Math.max(most, rule.phraseWords, rule.maxWords ?? 0);
    wordsToCountCache.set(rules, most);
  }
  return most;
}

function describeLine(fold: FoldedText, span: Span, maxWords: number): LineInfo {
  const folded = foldedSpanText(fold, span.start, span.end);
  const norm = folded.trim();
  const words = countWords(folded, maxWords);
  return new LineInfo(span, folded, norm, words, words <= HEADLINE_MAX_WORDS && !endsLikeSentence(norm));
}

function matchRule(
  rules: readonly BoilerplateRule[],
  line: LineInfo,
  arabic: boolean,
  inHead: boolean,
): BoilerplateRule | null {
  // Indexed loops: every line of every article is read against every rule, and an iterator
  // would be made for each.
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as BoilerplateRule;
    if (rule.scope === 'arabic-article' && !arabic) continue;
    if (rule.where === 'head' && !inHead) continue;
    if (line.words <= rule.phraseWords && rule.phrases.has(line.key)) return rule;
    if (rule.maxWords !== null && line.words > rule.maxWords) continue;
    if (rule.prefix?.test(line.keyHead(rule.prefixWords + 1))) return rule;
    for (let p = 0; p < rule.patterns.length; p++) if ((rule.patterns[p] as RegExp).test(line.norm)) return rule;
  }
  return null;
}

/** Letters and digits only: quotes, spaces and tatweel do not tell two copies of a headline apart. */
const compact = (key: string): string => key.replaceAll(' ', '');

/**
 * False when `compact(key)` and `title` differ within the shorter one's length, so that the key
 * can be neither copies of the title nor a cut one: most lines are told apart at once, without
 * compacting a whole paragraph.
 */
function mayRepeat(key: string, title: string): boolean {
  let j = 0;
  for (let i = 0; i < key.length && j < title.length; i++) {
    const code = key.charCodeAt(i);
    if (code === 0x20) continue;
    if (code !== title.charCodeAt(j)) return false;
    j++;
  }
  return true;
}

/**
 * {@link mayRepeat} of a line's key, tried on its first two words first: most lines differ from
 * the title there, and their whole key is not made.
 */
function mayRepeatLine(line: LineInfo, title: string): boolean {
  return mayRepeat(line.keyHead(2), title) && mayRepeat(line.key, title);
}

/**
 * True when `body` is the title `title` once or more, the last copy possibly cut short:
 * 'T', 'T T', 'T T T-prefix'. A cut copy alone ('T-prefix') counts after a site name, or when it
 * keeps most of the title: a short prefix alone ('وزير الشؤون الاجتماعية') is often a caption.
 */
function isTitleCopies(body: string, title: string, afterSiteName: boolean): boolean {
  if (body.length < Math.min(title.length, TITLE_MIN_LETTERS)) return false;
  let at = 0;
  while (body.length - at >= title.length && body.startsWith(title, at)) at += title.length;
  if (at === body.length) return true;
  if (at === 0 && !afterSiteName && body.length < title.length * TITLE_MIN_SHARE) return false;
  return title.startsWith(body.slice(at));
}

/** The line repeats the title, possibly doubled, cut short, or after a site name and a dash. */
function repeatsTitle(line: LineInfo, title: string): boolean {
  if (mayRepeatLine(line, title) && isTitleCopies(compact(line.key), title, false)) return true;
  const site = line.siteSplit;
  if (!site) return false;
  const siteKey = matchKey(site[1] as string);
  if (siteKey.length === 0 || siteKey.split(' ').length > SITE_NAME_MAX_WORDS) return false;
  const rest = matchKey(line.norm.slice(site[0].length));
  return mayRepeat(rest, title) && isTitleCopies(compact(rest), title, true);
}

/**
 * Site names: short lines that come back in the article and are made to stand before a dash,
 * like 'المغرب اليوم -' (a dangling prefix, or the prefix of another line), or one word repeated,
 * like 'libyatoday libyatoday'. A short line that merely repeats (a refrain, a subheading, a
 * closing formula) is left alone.
 */
function findSiteNames(infos: readonly LineInfo[]): Set<number> {
  const alone = new Map<string, number>();
  const asPrefix = new Set<string>();
  const keyOf = (info: LineInfo): string | null => {
    // A label that introduces what follows ('المقادير:') is structure, not a site name.
    if (info.words === 0 || info.words > SITE_NAME_MAX_WORDS * 2 || !info.headlineLike || info.norm.endsWith(':')) {
      return null;
    }
    const words = info.key.split(' ');
    if (words.length > 1 && words.every((w) => w === words[0])) return words[0] as string;
    return info.words <= SITE_NAME_MAX_WORDS ? info.key : null;
  };
  const keys = infos.map(keyOf);
  for (const [i, info] of infos.entries()) {
    const key = keys[i];
    if (key) alone.set(key, (alone.get(key) ?? 0) + 1);
    const site = info.siteSplit;
    if (site && site[0].length < info.norm.length) asPrefix.add(matchKey(site[1] as string));
  }
  const found = new Set<number>();
  for (const [i, info] of infos.entries()) {
    const key = keys[i];
    if (!key) continue;
    const count = (alone.get(key) ?? 0) + (asPrefix.has(key) ? 1 : 0);
    const dangling = DANGLING_SEPARATOR.test(info.norm);
    const repeatedWord = key.indexOf(' ') < 0 && info.words > 1;
    if (
      count >= 2 &&
      (dangling || asPrefix.has(key) || repeatedWord || (key.indexOf(' ') < 0 && key.length >= 4 && count >= 3))
    ) {
      found.add(i);
    }
  }
  return found;
}

/** The index of the line holding the headline, when the caller gave none. */
function guessHeadline(infos: readonly LineInfo[], claims: readonly Claim[]): number {
  for (const [i, info] of infos.entries()) {
    if (claims[i]) continue;
    if (!info.headlineLike) return -1;
    if (info.words >= 3) return i;
  }
  return -1;
}

/** Extends blocks, pairs and footers over the lines they take with them. */
function extendClaims(text: string, infos: readonly LineInfo[], claims: Claim[], headline: number): void {
  const own = claims.slice();
  const free = (j: number) => own[j] === null && claims[j] === null && j !== headline;
  // Pairs first: a timestamp's headline belongs to the timestamp, even inside a block.
  for (let i = 0; i + 1 < infos.length; i++) {
    const claim = own[i];
    if (claim?.kind === 'pair' && free(i + 1) && infos[i + 1]?.headlineLike) claims[i + 1] = claim;
  }
  // Then footers, which take the rest of the text, before blocks, which stop at the footer's lines.
  const footer = own.findIndex(
    (claim, i) => claim?.kind === 'footer' && (infos[i] as LineInfo).span.start >= text.length * FOOTER_MIN_POSITION,
  );
  if (footer >= 0) {
    for (let j = footer + 1; j < infos.length; j++) {
      if (claims[j] === null && j !== headline) claims[j] = own[footer] ?? null;
    }
  }
  for (let i = 0; i < infos.length; i++) {
    const claim = own[i];
    if (claim?.kind !== 'block-start') continue;
    let taken = 0;
    for (let j = i + 1; j < infos.length && taken < BLOCK_MAX_LINES; j++) {
      if (claims[j] !== null) continue;
      if (j === headline || !infos[j]?.headlineLike) break;
      claims[j] = claim;
      taken++;
    }
  }
}

/**
 * Finds the lines of `text` that are not part of the article: comment forms, footers, lists of
 * related headlines, repeated titles, site names, page buttons … Each rule has an id
 * (`boilerplate/<rule>`) and a reason in `data/boilerplate.ar.json`; the rules written in code are
 * `title-repeat` (a later copy of the headline, doubled, cut short, or after a site name) and
 * `site-name` (a short line that comes back alone or before a dash).
 *
 * Returns whole lines, consecutive lines removed by the same rule merged into one span; sorted,
 * not overlapping, and `text === text.slice(start, end)` for each.
 *
 * @param lines - the lines of `text`, as {@link splitLines} returns them.
 *
 * @example
 * ```ts
 * const text = 'عنوان الخبر هنا\nنص الخبر الطويل الذي يروي ما حدث.\nاترك رد\nلن يتم نشر عنوان بريدك الإلكتروني.';
 * findBoilerplate(text, splitLines(text)).map((b) => b.rule)
 * //=> ['boilerplate/comments', 'boilerplate/comment-form']
 * ```
 */
export function findBoilerplate(text: string, lines: readonly Span[], options?: FindBoilerplateOptions): Boilerplate[] {
  if (typeof text !== 'string' || !Array.isArray(lines)) {
    throw new LiqaError('invalid_input', 'findBoilerplate: expected a text and its lines');
  }
  let previousEnd = 0;
  for (const line of lines) {
    if (line.start < previousEnd || line.end > text.length || line.start > line.end) {
      throw new LiqaError('invalid_input', 'findBoilerplate: lines must be sorted, disjoint spans of the text', {
        line,
      });
    }
    if (text.slice(line.start, line.end) !== line.text) {
      throw new LiqaError('invalid_input', 'findBoilerplate: a line does not match the text', { line });
    }
    previousEnd = line.end;
  }
  const rules = options?.extraRules?.length
    ? [...compileBoilerplateRules(options.extraRules), ...BOILERPLATE_RULES]
    : BOILERPLATE_RULES;
  const fold = articleFold(text);
  const maxWords = wordsToCount(rules);
  const infos = lines.map((line) => describeLine(fold, line, maxWords));
  const arabic = isMostlyArabic(text);

  // The head of the page: the lines above the first paragraph.
  const firstParagraph = infos.findIndex((info) => !info.headlineLike);
  const headEnd = firstParagraph < 0 ? infos.length : firstParagraph;
  const claims: Claim[] = infos.map((info, i) => matchRule(rules, info, arabic, i < headEnd));

  const headlineText = options?.title;
  let headline = -1;
  let titleKey = '';
  if (headlineText === undefined) {
    headline = guessHeadline(infos, claims);
    titleKey = headline >= 0 ? compact((infos[headline] as LineInfo).key) : '';
  } else if (headlineText !== null) {
    titleKey = compact(matchKey(headlineText));
    headline = infos.findIndex(
      (info, i) => claims[i] === null && mayRepeatLine(info, titleKey) && compact(info.key) === titleKey,
    );
  }
  if (titleKey.length > 0) {
    for (const [i, info] of infos.entries()) {
      if (i !== headline && claims[i] === null && repeatsTitle(info, titleKey)) claims[i] = TITLE_REPEAT;
    }
  }
  for (const i of findSiteNames(infos)) if (claims[i] === null && i !== headline) claims[i] = SITE_NAME;

  extendClaims(text, infos, claims, headline);

  const found: Boilerplate[] = [];
  let runStart = -1;
  for (let i = 0; i <= infos.length; i++) {
    const claim = claims[i] ?? null;
    const open = runStart >= 0 ? claims[runStart] : null;
    if (open && claim?.id === open.id) continue;
    if (open) {
      const start = (infos[runStart] as LineInfo).span.start;
      const end = (infos[i - 1] as LineInfo).span.end;
      found.push({ start, end, text: text.slice(start, end), rule: open.id });
    }
    runStart = claim ? i : -1;
  }
  return found;
}
