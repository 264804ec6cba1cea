import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { buildLexicon, defaultPersonLexicon, type PersonLexicon } from '../../src/persons/lexicon.js';
import { tokenizeSentence } from '../../src/persons/tokens.js';
import { factOf, wordFact } from '../../src/persons/word-facts.js';
import { wordSkeleton } from '../../src/persons/words.js';

function tokensOf(text: string) {
  const article = parseArticle(text);
  return article.sentences.flatMap((s) => tokenizeSentence(article.text, s).tokens);
}

describe('factOf', () => {
  it('works a fact out once per word, whichever token of it asks', () => {
    const seen: string[] = [];
    const GIVEN = wordFact((lex: PersonLexicon, text: string) => {
      seen.push(text);
      return lex.givenNames.has(text);
    });
    const lex = defaultPersonLexicon();
    const tokens = tokensOf('التقى خالد بخالد، ثم عاد خالد إلى الدوحة.').filter((t) => t.word);
    const answers = tokens.map((t) => factOf(lex, t, GIVEN));
    expect(answers).toEqual(tokens.map((t) => lex.givenNames.has(t.text)));
    expect(answers[1]).toBe(true);
    // خالد comes three times (twice as its own token) and is worked out once.
    expect(seen.filter((w) => w === 'خالد')).toEqual(['خالد']);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('keeps the facts of each lexicon apart', () => {
    const extra = buildLexicon({
      people: [{ id: 'zz-test', name: 'زوزو تستر', en: 'Zuzu Tester', aliases: [], roles: [], country: null }],
    });
    const ALIASES = wordFact((lex: PersonLexicon, text: string) => lex.gazetteer.has(wordSkeleton(text)));
    const [token] = tokensOf('زوزو');
    if (!token) throw new Error('no token');
    expect(factOf(defaultPersonLexicon(), token, ALIASES)).toBe(false);
    expect(factOf(extra, token, ALIASES)).toBe(true);
    expect(factOf(defaultPersonLexicon(), token, ALIASES)).toBe(false);
  });
});
