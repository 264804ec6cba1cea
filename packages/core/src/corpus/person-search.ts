import { distance } from 'fastest-levenshtein';
import { nameKey } from '../names/name-key.js';
import { latinKey } from '../names/transliterate.js';
import { firstNotBefore } from '../sorted.js';
import { countArabicLetters } from '../text/charsets.js';
import { normalizedText } from '../text/normalize.js';
import type { CorpusPerson } from './types.js';

/**
 * Finding a person by any spelling. Every name, alias and Latin spelling of a person is indexed by
 * its {@link latinKey} (one key for both scripts: `Akar`, `أكار` and `آكار` all give `akr`) and,
 * for Arabic, its {@link nameKey}. A query scores 1 on a whole-name match, 0.9 when its words are
 * words of a name (`أكار` in `خلوصي أكار`), and up to 0.8 by edit distance for misspellings.
 */

/** A person found by {@link Corpus.person}, with how well the query matched. */
export interface PersonMatch {
  readonly person: CorpusPerson;
  /** 0–1: 1 for a whole-name match. */
  readonly score: number;
  /** The spelling that matched. */
  readonly matched: string;
}

/** A completion offered by {@link Corpus.suggest}. */
export interface PersonSuggestion {
  readonly id: string;
  readonly name: string;
  readonly en: string;
  readonly meetings: number;
}

interface IndexedName {
  readonly person: CorpusPerson;
  readonly text: string;
  readonly latin: string;
  readonly latinWords: readonly string[];
  readonly arabicKey: string | null;
}

/** Below this similarity an edit-distance match is noise. */
const MIN_SIMILARITY = 0.75;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Lower-case, accent-free Latin or normalized Arabic, for prefix completion. */
function completionForm(text: string): string {
  return normalizedText(text).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - distance(a, b) / longest;
}

/** An index of people by every spelling, for search and completion. */
export class PersonSearch {
  readonly #names: IndexedName[] = [];
  /** Names by latin key and by each latin word, so that whole-name and word matches need no scan. */
  readonly #byLatin = new Map<string, IndexedName[]>();
  readonly #byWord = new Map<string, IndexedName[]>();
  /** Every word of every spelling in completion form, sorted, for prefix lookup by binary search. */
  readonly #words: Array<{ word: string; person: CorpusPerson }> = [];

  constructor(people: Iterable<CorpusPerson>) {
    for (const person of people) {
      for (const text of new Set([person.name, person.en, ...person.aliases])) {
        if (!text) continue;
        const latin = latinKey(text);
        if (latin === '') continue;
        const arabic = countArabicLetters(text) > 0;
        const indexed: IndexedName = {
          person,
          text,
          latin,
          latinWords: latin.split(' '),
          arabicKey: arabic ? nameKey(text) : null,
        };
        this.#names.push(indexed);
        push(this.#byLatin, latin, indexed);
        for (const word of new Set(indexed.latinWords)) push(this.#byWord, word, indexed);
        const form = completionForm(text);
        const words = new Set([form, ...form.split(/\s+/)]);
        for (const word of words) if (word) this.#words.push({ word, person });
      }
    }
    this.#words.sort((a, b) => byCodePoint(a.word, b.word));
  }

  /**
   * People whose names match `query`, best first (then by number of meetings). An empty or
   * letter-less query finds nobody.
   */
  find(query: string, limit = 10): PersonMatch[] {
    const latin = latinKey(query);
    if (latin === '') return [];
    const arabicKey = countArabicLetters(query) > 0 ? nameKey(query) : null;
    const words = latin.split(' ');
    const best = new Map<string, PersonMatch>();
    // A query that is a whole name or words of names is scored on those names only; the fuzzy scan
    // over every name is for misspellings.
    const direct = new Set([...(this.#byLatin.get(latin) ?? []), ...(this.#byWord.get(words[0] as string) ?? [])]);
    for (const name of direct.size > 0 ? direct : this.#names) {
      let score = 0;
      if (arabicKey !== null && name.arabicKey === arabicKey) score = 1;
      else if (name.latin === latin) score = arabicKey !== null && name.arabicKey !== null ? 0.95 : 1;
      else if (words.every((w) => name.latinWords.includes(w))) score = 0.9;
      else {
        const whole = similarity(latin, name.latin);
        const single = words.length === 1 ? Math.max(...name.latinWords.map((w) => similarity(latin, w))) : 0;
        const sim = Math.max(whole, single);
        if (sim >= MIN_SIMILARITY) score = 0.8 * sim;
      }
      if (score === 0) continue;
      const seen = best.get(name.person.id);
      if (!seen || score > seen.score) best.set(name.person.id, { person: name.person, score, matched: name.text });
    }
    return [...best.values()]
      .sort(
        (a, b) => b.score - a.score || b.person.meetings - a.person.meetings || byCodePoint(a.person.id, b.person.id),
      )
      .slice(0, limit);
  }

  /** People with a name word starting with `prefix` (Arabic or Latin), most meetings first. */
  suggest(prefix: string, limit = 25): PersonSuggestion[] {
    const form = completionForm(prefix);
    if (form === '') return [];
    const first = firstNotBefore(this.#words, (entry) => byCodePoint(entry.word, form) < 0);
    const found = new Map<string, CorpusPerson>();
    for (let i = first; i < this.#words.length; i++) {
      const entry = this.#words[i] as { word: string; person: CorpusPerson };
      if (!entry.word.startsWith(form)) break;
      found.set(entry.person.id, entry.person);
    }
    return [...found.values()]
      .sort((a, b) => b.meetings - a.meetings || byCodePoint(a.id, b.id))
      .slice(0, limit)
      .map((p) => ({ id: p.id, name: p.name, en: p.en, meetings: p.meetings }));
  }
}
