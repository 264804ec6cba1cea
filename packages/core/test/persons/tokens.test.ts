import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed, SEED_FILES } from '../../../../test/helpers/seeds.js';
import { parseArticle } from '../../src/index.js';
import { someWordOf, tokenizeSentence } from '../../src/persons/tokens.js';
import { normalize } from '../../src/text/normalize.js';

/**
 * The tokens as the tokenizer's definition states them, with regexes: one run of letters and
 * marks, one run of digits, or one other character; word-hyphen-word joined.
 */
function byRegex(text: string) {
  const normalized = normalize(text);
  const raw = [...normalized.text.matchAll(/[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu)].map((m) => ({
    s: m.index,
    e: m.index + m[0].length,
    t: m[0],
  }));
  const merged: typeof raw = [];
  for (let i = 0; i < raw.length; i++) {
    const [prev, cur, next] = [merged.at(-1), raw[i] as (typeof raw)[number], raw[i + 1]];
    if (prev && next && ['-', '\u2010', '\u2011'].includes(cur.t) && prev.e === cur.s && cur.e === next.s) {
      if (/\p{L}/u.test(prev.t) && /\p{L}/u.test(next.t)) {
        Object.assign(prev, { e: next.e, t: `${prev.t}-${next.t}` });
        i++;
        continue;
      }
    }
    merged.push({ ...cur });
  }
  return merged.map(({ s, e, t }) => {
    const start = normalized.starts[s] as number;
    const end = normalized.ends[e - 1] as number;
    const original = text.slice(start, end);
    const word = /\p{L}/u.test(t);
    return {
      start,
      end,
      text: t,
      word,
      arabic: word && /[\u0620-\u064A\u066E-\u06D3]/u.test(t),
      tanween: word && /[\u064B-\u064D]/u.test(original),
      maksura: word && /\u0649\p{M}*$/u.test(original),
    };
  });
}

const tokensOf = (text: string) =>
  tokenizeSentence(text, { start: 0, end: text.length, text, index: 0, paragraph: 0 }).tokens.map(
    ({ start, end, text: t, word, arabic, tanween, maksura }) => ({
      start,
      end,
      text: t,
      word,
      arabic,
      tanween,
      maksura,
    }),
  );

describe('tokenizeSentence', () => {
  it('cuts a sentence into normalized words and marks, with offsets into the original', () => {
    // A mark after a word's last letter is left out of its span; one before it is inside.
    const text = 'التقى أكارُ مونغ-جون، اجتماعًا على ٢٥';
    expect(tokensOf(text).map((t) => [t.text, text.slice(t.start, t.end)])).toEqual([
      ['التقي', 'التقى'],
      ['اكار', 'أكار'],
      ['مونغ-جون', 'مونغ-جون'],
      ['،', '،'],
      ['اجتماعا', 'اجتماعًا'],
      ['علي', 'على'],
      ['25', '٢٥'],
    ]);
    expect(tokensOf(text).find((t) => t.text === 'اجتماعا')?.tanween).toBe(true);
    expect(tokensOf(text).find((t) => t.text === 'علي')?.maksura).toBe(true);
  });
  it('gives the tokens of its regex definition on every sentence of the seeds', () => {
    for (const file of SEED_FILES) {
      for (const sentence of parseArticle(readSeed(file)).sentences) {
        expect(tokensOf(sentence.text)).toEqual(byRegex(sentence.text));
      }
    }
  });
  it('gives the tokens of its regex definition on any text', () => {
    const units = fc.constantFrom(...'اب-\u2010\u2011 ًٌىُ٠1a،.\u00A0\t'.split(''), '𝐀', '\u0301', '\uD800', '\uDC00');
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: units }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (text) => {
          expect(tokensOf(text)).toEqual(byRegex(text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** The words someWordOf() shows its test, in order. */
function wordsShown(text: string): string[] {
  const words: string[] = [];
  someWordOf(text, { start: 0, end: text.length, text, index: 0, paragraph: 0 }, (folded, start, end) => {
    words.push(folded.slice(start, end));
    return false;
  });
  return words;
}

const letterWords = (text: string) => tokensOf(text).flatMap((t) => (t.word ? [t.text] : []));

describe('someWordOf', () => {
  it('shows its test the text of every letter token, hyphen-joined words whole, and stops at the first it takes', () => {
    const text = 'التقى أكارُ مونغ-جون، اجتماعًا على ٢٥';
    expect(wordsShown(text)).toEqual(['التقي', 'اكار', 'مونغ-جون', 'اجتماعا', 'علي']);
    const seen: string[] = [];
    const sentence = { start: 0, end: text.length, text, index: 0, paragraph: 0 };
    expect(someWordOf(text, sentence, (folded, start, end) => seen.push(folded.slice(start, end)) === 2)).toBe(true);
    expect(seen).toEqual(['التقي', 'اكار']);
  });
  it('shows the letter tokens of every sentence of the seeds, cut from the article fold', () => {
    for (const file of SEED_FILES) {
      const article = parseArticle(readSeed(file));
      for (const sentence of article.sentences) {
        const words: string[] = [];
        someWordOf(article.text, sentence, (folded, start, end) => words.push(folded.slice(start, end)) < 0);
        expect(words).toEqual(tokenizeSentence(article.text, sentence).tokens.flatMap((t) => (t.word ? [t.text] : [])));
      }
    }
  });
  it('shows the letter tokens of any text', () => {
    const units = fc.constantFrom(...'اب-\u2010\u2011 ًٌىُـ.٠1a،\u00A0'.split(''), '𝐀', '\u0301', '\uD800');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: units }), fc.string({ unit: 'grapheme' })), (text) => {
        expect(wordsShown(text)).toEqual(letterWords(text));
      }),
      { numRuns: 1000 },
    );
  });
});
