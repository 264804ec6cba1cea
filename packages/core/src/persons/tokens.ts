import type { Sentence } from '../model.js';
import { type NormalizedText, normalize, toOriginalSpan } from '../text/normalize.js';

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
}

/** A sentence cut into tokens, with what is needed to map sub-token spans back. */
export interface TokenizedSentence {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly normalized: NormalizedText;
}

// One letter run (marks included), one digit run, or one other non-space character. No nesting.
const TOKEN = /[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;
const LETTER = /\p{L}/u;
const ARABIC = /[\u0620-\u064A\u066E-\u06D3]/u;
/** ARABIC FATHATAN, DAMMATAN, KASRATAN. */
const TANWEEN = /[\u064B-\u064D]/u;
/** ARABIC LETTER ALEF MAKSURA, then any marks. */
const ENDS_IN_MAKSURA = /\u0649\p{M}*$/u;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

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
  const normalized = normalize(sentence.text);
  const raw: Array<{ s: number; e: number; t: string }> = [];
  for (const match of normalized.text.matchAll(TOKEN)) {
    const s = match.index;
    raw.push({ s, e: s + match[0].length, t: match[0] });
  }
  // Join word-hyphen-word written without spaces.
  const merged: Array<{ s: number; e: number; t: string }> = [];
  for (let i = 0; i < raw.length; i++) {
    const cur = raw[i] as { s: number; e: number; t: string };
    const prev = merged[merged.length - 1];
    const next = raw[i + 1];
    if (
      prev &&
      next &&
      HYPHENS.has(cur.t) &&
      prev.e === cur.s &&
      cur.e === next.s &&
      LETTER.test(prev.t) &&
      LETTER.test(next.t)
    ) {
      prev.e = next.e;
      prev.t = `${prev.t}-${next.t}`;
      i++;
      continue;
    }
    merged.push({ ...cur });
  }
  const tokens: Token[] = [];
  let lastEnd = -1;
  for (const { s, e, t } of merged) {
    const span = toOriginalSpan(normalized, s, e);
    const start = sentence.start + span.start;
    const end = sentence.start + span.end;
    const original = text.slice(start, end);
    const word = LETTER.test(t);
    tokens.push({
      index: tokens.length,
      start,
      end,
      normStart: s,
      normEnd: e,
      text: t,
      word,
      arabic: word && ARABIC.test(t),
      tanween: word && TANWEEN.test(original),
      maksura: word && ENDS_IN_MAKSURA.test(original),
      spaced: lastEnd < 0 || s > lastEnd,
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
