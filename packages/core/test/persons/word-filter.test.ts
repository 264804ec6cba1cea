import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed, SEED_FILES } from '../../../../test/helpers/seeds.js';
import { parseArticle } from '../../src/index.js';
import { GAZETTEER_START } from '../../src/persons/extractors/gazetteer.js';
import { GIVEN_NAME_START } from '../../src/persons/extractors/given-name.js';
import { defaultPersonLexicon, lexiconFilters, norm } from '../../src/persons/lexicon.js';
import { ROLE_WORDS } from '../../src/persons/role-phrase.js';
import { tokenizeSentence } from '../../src/persons/tokens.js';
import type { WordFact } from '../../src/persons/word-facts.js';
import { EMPTY_HASH, HashFilter, hashStep, wordHash } from '../../src/persons/word-filter.js';
import { hashedWord, mayHoldWordOrRest, skeletonHash, wordSkeleton } from '../../src/persons/words.js';

const lex = defaultPersonLexicon();
const letters = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهويىپچژگڤ'.split('');
const arabicWord = fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 9 });
const proclitics = ['', 'و', 'ل', 'ب', 'ف', 'ك', 'وب', 'ول', 'لل', 'ولل'];
// Words of the lexicon with proclitics glued on, and words made at random.
const lexiconWords = [
  ...lex.givenNames,
  ...lex.counterparts,
  ...lex.titles.firstWords(),
  ...lex.heads.firstWords(),
  ...lex.people.flatMap((p) => [p.name, ...p.aliases].map((alias) => norm(alias).split(' ')[0] as string)),
];
const word = fc.oneof(
  arabicWord,
  fc.tuple(fc.constantFrom(...proclitics), fc.constantFrom(...lexiconWords)).map(([p, w]) => p + w),
);

describe('skeletonHash', () => {
  it('is the hash of the skeleton of the word from any offset', () => {
    fc.assert(
      fc.property(fc.oneof(word, fc.string()), fc.nat(3), (w, from) => {
        expect(skeletonHash(w, from)).toBe(wordHash(wordSkeleton(w.slice(from))));
      }),
      { numRuns: 3000 },
    );
  });
  it('is the hash of the skeleton of a word inside a longer text', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(word, fc.string()), fc.string(), fc.nat(3), (before, w, after, from) => {
        const start = before.length + Math.min(from, w.length);
        const text = before + w + after;
        expect(skeletonHash(text, start, EMPTY_HASH, before.length + w.length)).toBe(
          wordHash(wordSkeleton(w.slice(Math.min(from, w.length)))),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('skeletonHash with a seed', () => {
  it('goes on hashing the skeletons of words joined by spaces', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        let hash = 0;
        words.forEach((w, k) => {
          hash = k === 0 ? skeletonHash(w) : skeletonHash(w, 0, hashStep(hash, 0x20));
        });
        expect(hash).toBe(wordHash(words.map(wordSkeleton).join(' ')));
      }),
    );
  });
});

describe('HashFilter', () => {
  it('holds every hash it was given', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 50 }), fc.integer({ min: 5, max: 20 }), (words, bits) => {
        const filter = new HashFilter(
          words.map((w) => wordHash(w)),
          bits,
        );
        for (const w of words) expect(filter.mayHold(wordHash(w))).toBe(true);
      }),
    );
  });
  it('says no to most other words', () => {
    const filter = new HashFilter([...lex.givenNames].map((w) => wordHash(w)));
    const others = ['الاجتماع', 'الوزير', 'اليوم', 'المملكة', 'الحكومة', 'الدوحة', 'التعاون', 'الشريفين'];
    expect(others.filter((w) => filter.mayHold(wordHash(w))).length).toBeLessThan(3);
  });
});

describe('word facts: the filter shortcut', () => {
  const facts: Array<[string, WordFact<unknown>]> = [
    ['role words', ROLE_WORDS],
    ['gazetteer start', GAZETTEER_START],
    ['given-name start', GIVEN_NAME_START],
  ];
  for (const [name, fact] of facts) {
    it(`never gives ${name} other than working it out would`, () => {
      fc.assert(
        fc.property(word, (w) => {
          if (fact.mayHave?.(lex, hashedWord(w)) === false) expect(fact.compute(lex, w)).toEqual(fact.none?.(w));
        }),
        { numRuns: 3000 },
      );
    });
  }
  it('keeps on each token the hashes of its word and of its skeleton', () => {
    for (const seed of SEED_FILES) {
      const article = parseArticle(readSeed(seed));
      for (const sentence of article.sentences) {
        for (const t of tokenizeSentence(article.text, sentence).tokens) {
          expect([t.wordHash, t.skeletonHash]).toEqual([wordHash(t.text), skeletonHash(t.text)]);
        }
      }
    }
  });
  it('lets most words of the seeds go at once, and keeps the names and roles', () => {
    const words = SEED_FILES.flatMap((seed) => {
      const article = parseArticle(readSeed(seed));
      return article.sentences.flatMap((s) => tokenizeSentence(article.text, s).tokens.filter((t) => t.word));
    }).map((t) => t.text);
    const ruledOut = words.filter(
      (w) => !ROLE_WORDS.mayHave?.(lex, hashedWord(w)) && !GIVEN_NAME_START.mayHave?.(lex, hashedWord(w)),
    );
    expect(ruledOut.length).toBeGreaterThan(words.length / 2);
    // Tokens are in normalized spelling (وإبراهيم → وابراهيم).
    for (const w of ['وزير', 'والرئيس', 'خالد', 'وابراهيم']) {
      expect(ROLE_WORDS.mayHave?.(lex, hashedWord(w)) || GIVEN_NAME_START.mayHave?.(lex, hashedWord(w))).toBe(true);
    }
  });
});

describe('lexiconFilters', () => {
  it('holds every cue word of the lexicon, and mayHoldWordOrRest finds it after each proclitic', () => {
    const filters = lexiconFilters(lex);
    const lists: Array<[HashFilter, Iterable<string>]> = [
      [filters.ledBy, lex.ledBy.keys()],
      [filters.delegations, lex.delegations],
      [filters.pronounTitles, lex.pronounTitles.keys()],
      [filters.givenNames, lex.givenNames],
      [filters.roleStarts, lex.counterparts],
    ];
    for (const [filter, words] of lists) {
      for (const w of words) {
        for (const p of ['', 'و', 'ل', 'ب', 'ول'])
          expect(mayHoldWordOrRest(filter, p + w, ['و', 'ل', 'ب', 'ول'], wordHash)).toBe(true);
      }
    }
  });
});
