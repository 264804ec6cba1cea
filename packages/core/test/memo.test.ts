import { describe, expect, it } from 'vitest';
import { memoByLexiconAndText, memoByText } from '../src/memo.js';

describe('memoByText', () => {
  it('computes once per text, and null is remembered too', () => {
    let calls = 0;
    const lengthOrNull = memoByText(10, (text) => {
      calls++;
      return text.length > 2 ? text.length : null;
    });
    expect([lengthOrNull('كالين'), lengthOrNull('كالين'), lengthOrNull('ال'), lengthOrNull('ال')]).toEqual([
      5,
      5,
      null,
      null,
    ]);
    expect(calls).toBe(2);
  });
  it('forgets everything when full, and still answers right', () => {
    let calls = 0;
    const upper = memoByText(2, (text) => {
      calls++;
      return text.toUpperCase();
    });
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toBe(4);
  });
});

describe('memoByLexiconAndText', () => {
  it('keeps the answers of each lexicon apart', () => {
    const first = { names: new Set(['حفتر']) };
    const second = { names: new Set(['أكار']) };
    let calls = 0;
    const known = memoByLexiconAndText(10, (lexicon: typeof first, word) => {
      calls++;
      return lexicon.names.has(word);
    });
    expect([known(first, 'حفتر'), known(second, 'حفتر'), known(first, 'حفتر'), known(second, 'أكار')]).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect(calls).toBe(3);
  });
});
