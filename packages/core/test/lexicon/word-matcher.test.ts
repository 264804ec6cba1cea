import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed, SEED_FILES } from '../../../../test/helpers/seeds.js';
import { TRIGGERS } from '../../src/lexicon/meeting-lexicon.js';
import { alternation, WORD_END, WORD_START } from '../../src/lexicon/pattern.js';
import { WordListMatcher } from '../../src/lexicon/word-matcher.js';
import { normalizedText } from '../../src/text/normalize.js';

/** The matches of the regex that WordListMatcher stands for, in its shape. */
function byRegex(text: string, source = TRIGGERS.pattern.source) {
  const pattern = new RegExp(source, 'gud');
  return [...text.matchAll(pattern)].map((m) => {
    const [termStart, end] = (m.indices as RegExpIndicesArray)[1] as [number, number];
    return { start: m.index, termStart, end, term: m[1] as string };
  });
}

const forms = [...TRIGGERS.forms.keys()];

describe('WordListMatcher', () => {
  it('finds trigger forms after clitics, longest first, with any run of spaces inside', () => {
    const text = 'وبلقاء الوزير ثم اجتمع به، وأجرى اتصالا  هاتفيا مع نظيره';
    expect(TRIGGERS.matcher.matchAll(normalizedText(text)).map((m) => m.term)).toEqual([
      'لقاء',
      'اجتمع',
      'اجري اتصالا هاتفيا',
    ]);
  });
  it('never matches inside a word', () => {
    expect(TRIGGERS.matcher.matchAll('الاجتماعات واجتمعوا')).toEqual(byRegex('الاجتماعات واجتمعوا'));
  });
  it('refuses a term that does not start with a letter or digit', () => {
    expect(() => new WordListMatcher(['-لقاء'])).toThrowError(expect.objectContaining({ code: 'invalid_options' }));
  });
  it('matches as its regex does when a first word ends outside the BMP', () => {
    const terms = ['ب𝐀', 'ا𝐀 ب', '𝐀'];
    const source = `${WORD_START}(?:[وف])?(${alternation(terms)})${WORD_END}`;
    const matcher = new WordListMatcher(terms, ['وف']);
    expect(matcher.matchAll('وب𝐀 𝐀𝐀 فا𝐀 ب').map((m) => m.term)).toEqual(['ب𝐀', 'ا𝐀 ب']);
    const piece = fc.constantFrom(...terms, 'و', 'ف', 'ا', 'ب', '𝐀', ' ', '،', '\uD800');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(matcher.matchAll(text)).toEqual(byRegex(text, source));
      }),
      { numRuns: 500 },
    );
  });
  it('matches as the trigger regex does on every seed', () => {
    for (const file of SEED_FILES) {
      const text = normalizedText(readSeed(file));
      expect(TRIGGERS.matcher.matchAll(text)).toEqual(byRegex(text));
    }
  });
  it('matches as the trigger regex does on any mix of forms, clitics, letters and separators', () => {
    const piece = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom('و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ال', 'ه', 'ا'),
      fc.constantFrom(' ', '  ', '\t', '\u00A0', '\n', '،', '.', '-', '5', '𝐀', '\uD800'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(TRIGGERS.matcher.matchAll(text)).toEqual(byRegex(text));
      }),
      { numRuns: 500 },
    );
  });
});
