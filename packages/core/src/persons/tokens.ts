import type { Sentence } from '../model.js';
import {
  ARABIC_RANGE_BIT,
  astralClasses,
  characterClasses,
  LETTER_BIT,
  MARK_BIT,
  NUMBER_BIT,
  SPACE_BIT,
} from '../text/charsets.js';
import type { NormalizedText } from '../text/normalize.js';
import { toOriginalSpan } from '../text/normalize.js';
import { normalizedSentence } from '../text/normalized-spans.js';

/** One word or punctuation mark of a sentence, in normalized spelling, with its original offsets. */
export interface Token {
  /** Position in the sentence's token list. */
  readonly index: number;
  /** Offsets into the article text (original spelling). */
  readonly start: number;
  readonly end: number;
  /** Offsets into the sentence's normalized text. */
  readonly normStart: number;
  readonly normEnd: number;
  /** The normalized form: letters folded by {@link normalize}, no marks or tatweel. */
  readonly text: string;
  /** True for a run of letters (Arabic or Latin); false for digits and punctuation. */
  readonly word: boolean;
  /** True when the letters are Arabic. */
  readonly arabic: boolean;
  /** The original spelling carries tanween (اجتماعاً), which names never do. */
  readonly tanween: boolean;
  /** The original spelling ends in alef maksura (على, not علي). */
  readonly maksura: boolean;
  /** Whitespace separates this token from the previous one. */
  readonly spaced: boolean;
  /** The facts of the word the persons stage has asked for so far, by slot (see factOf()); null until asked. */
  facts: unknown[] | null;
  /** The lexicon `facts` hold for. */
  factsLexicon: object | null;
}

/** A sentence cut into tokens, with what is needed to map sub-token spans back. */
export interface TokenizedSentence {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly normalized: NormalizedText;
}

const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
/** ARABIC FATHATAN, DAMMATAN, KASRATAN. */
const isTanween = (code: number) => code >= 0x064b && code <= 0x064d;
const ALEF_MAKSURA = 0x0649;
const LETTER_OR_MARK = LETTER_BIT | MARK_BIT;

/** The class bits of the character at `i` and its length in code units (2 outside the BMP). */
function classAt(text: string, i: number, table: Uint8Array): { bits: number; size: number } {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(i) as number;
    if (point > 0xffff) return { bits: astralClasses(point), size: 2 };
  }
  return { bits: table[code] as number, size: 1 };
}

/** One token in the normalized text, before it is located in the original. */
interface RawToken {
  s: number;
  e: number;
  /** Holds a letter (not only marks or digits). */
  letter: boolean;
  /** Holds a character of the Arabic block's letter ranges. */
  arabic: boolean;
  /** A one-character token that is a hyphen. */
  hyphen: boolean;
  /** The text of words joined at a hyphen, which is written `-` whatever the hyphen was. */
  joined?: string;
}

/**
 * The tokens of normalized text: one run of letters and marks, one run of digits, or one other
 * character that is not a space (what `/[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu` matches),
 * read with the character class table.
 */
function rawTokens(text: string): RawToken[] {
  const table = characterClasses();
  const tokens: RawToken[] = [];
  let i = 0;
  while (i < text.length) {
    const first = classAt(text, i, table);
    const s = i;
    if (first.bits & LETTER_OR_MARK || first.bits & NUMBER_BIT) {
      const runOf = first.bits & LETTER_OR_MARK ? LETTER_OR_MARK : NUMBER_BIT;
      let letter = false;
      let arabic = false;
      let at = first;
      do {
        letter ||= (at.bits & LETTER_BIT) !== 0;
        arabic ||= (at.bits & ARABIC_RANGE_BIT) !== 0;
        i += at.size;
        if (i >= text.length) break;
        at = classAt(text, i, table);
      } while (at.bits & runOf);
      tokens.push({ s, e: i, letter, arabic, hyphen: false });
      continue;
    }
    i += first.size;
    if (first.bits & SPACE_BIT) continue;
    tokens.push({ s, e: i, letter: false, arabic: false, hyphen: i === s + 1 && HYPHENS.has(text.charCodeAt(s)) });
  }
  return tokens;
}

/** True when the original spelling carries tanween. */
function hasTanween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isTanween(text.charCodeAt(i))) return true;
  return false;
}

/** True when the original spelling ends in alef maksura, then any marks. */
function endsInMaksura(text: string, start: number, end: number): boolean {
  const table = characterClasses();
  let i = end - 1;
  for (;;) {
    if (i < start) return false;
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i - 1 >= start) {
      // A mark outside the BMP: rare, but a mark all the same.
      const point = text.codePointAt(i - 1) as number;
      if (point > 0xffff && astralClasses(point) & MARK_BIT) {
        i -= 2;
        continue;
      }
    }
    if (code === ALEF_MAKSURA) return true;
    if (!((table[code] as number) & MARK_BIT)) return false;
    i--;
  }
}

/**
 * Cuts a sentence into tokens on its normalized text. A hyphen between two letter runs with no
 * space around it joins them into one word (مونغ-جون).
 *
 * @example
 * ```ts
 * tokenizeSentence(article.text, article.sentences[0]).tokens.map((t) => t.text)
 * //=> ['وقال', 'الرئيس', 'أردوغان', …] in normalized spelling: ['وقال', 'الرئيس', 'اردوغان', …]
 * ```
 */
export function tokenizeSentence(text: string, sentence: Sentence): TokenizedSentence {
  const normalized = normalizedSentence(sentence);
  const raw = rawTokens(normalized.text);
  // Join word-hyphen-word written without spaces.
  const merged: RawToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const cur = raw[i] as RawToken;
    const prev = merged[merged.length - 1];
    const next = raw[i + 1];
    if (prev && next && cur.hyphen && prev.e === cur.s && cur.e === next.s && prev.letter && next.letter) {
      prev.joined = `${prev.joined ?? normalized.text.slice(prev.s, prev.e)}-${normalized.text.slice(next.s, next.e)}`;
      prev.e = next.e;
      prev.arabic ||= next.arabic;
      i++;
      continue;
    }
    merged.push(cur);
  }
  const tokens: Token[] = [];
  let lastEnd = -1;
  for (const { s, e, letter, arabic, joined } of merged) {
    const start = sentence.start + (normalized.starts[s] as number);
    const end = sentence.start + (normalized.ends[e - 1] as number);
    tokens.push({
      index: tokens.length,
      start,
      end,
      normStart: s,
      normEnd: e,
      text: joined ?? normalized.text.slice(s, e),
      word: letter,
      arabic: letter && arabic,
      tanween: letter && hasTanween(text, start, end),
      maksura: letter && endsInMaksura(text, start, end),
      spaced: lastEnd < 0 || s > lastEnd,
      facts: null,
      factsLexicon: null,
    });
    lastEnd = e;
  }
  return { sentence, tokens, normalized };
}

/**
 * Article offsets of the part of `token` after its first `skip` normalized characters (a
 * proclitic such as و), so that a name's span never includes the prefix.
 */
export function tokenTail(sentence: TokenizedSentence, token: Token, skip: number): { start: number; end: number } {
  if (skip <= 0) return { start: token.start, end: token.end };
  const span = toOriginalSpan(sentence.normalized, token.normStart + skip, token.normEnd);
  return { start: sentence.sentence.start + span.start, end: sentence.sentence.start + span.end };
}
