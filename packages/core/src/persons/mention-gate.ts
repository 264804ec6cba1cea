/**
 * Whether the persons stage can find the persons of a meeting in given spans of an article, told
 * from a few of its sentences: a meeting seats a person named after its trigger and another one,
 * and in most articles with a trigger no sentence names them, so the stage need not run on the
 * whole article.
 */
import type { Candidate, Range } from './candidate.js';
import { GAZETTEER_PROCLITICS } from './extractors/gazetteer.js';
import { lexiconFilters, norm, type PersonLexicon } from './lexicon.js';
import { NAME_CONJUNCTIONS } from './name-run.js';
import { groupPhraseAt, mayListNames } from './refiners/resolve-list-groups.js';
import { nameShortForms, shortFormHashesAt } from './refiners/short-mentions.js';
import type { SentenceWork } from './sentence-work.js';
import type { Token } from './tokens.js';
import { EMPTY_HASH, type HashFilter } from './word-filter.js';
import { skeletonHash } from './words.js';

/** The gazetteer's proclitics that are no name run's conjunction: their rests are tried only where an alias may start. */
const GAZETTEER_ONLY_PROCLITICS = GAZETTEER_PROCLITICS.filter((p) => !NAME_CONJUNCTIONS.includes(p));

const aliasHashesByLexicon = new WeakMap<PersonLexicon, ReadonlySet<number>>();

/**
 * The skeleton hashes of the gazetteer's one-word aliases: short forms of a known person wherever
 * the article names them.
 */
function oneWordAliasHashes(lex: PersonLexicon): ReadonlySet<number> {
  let hashes = aliasHashesByLexicon.get(lex);
  if (!hashes) {
    hashes = new Set(
      lex.people.flatMap((p) =>
        p.aliases.filter((alias) => !alias.includes(' ')).map((alias) => skeletonHash(norm(alias))),
      ),
    );
    aliasHashesByLexicon.set(lex, hashes);
  }
  return hashes;
}

const within = (spans: readonly Range[], offset: number) => spans.some((s) => offset >= s.start && offset < s.end);

/** The sentences that overlap `spans`, by index. */
function sentencesOf(work: SentenceWork, spans: readonly Range[]): number[] {
  return work.article.sentences
    .filter((s) => spans.some((span) => span.start < s.end && s.start < span.end))
    .map((s) => s.index);
}

/**
 * Whether a name among `candidates` gives a short form whose skeleton hash is one of `hashes`. A
 * person's short forms are those of its fullest name, which is one of its candidates, unchanged
 * by the refiners before `findShortMentions`.
 */
function givesShortFormOf(lex: PersonLexicon, candidates: readonly Candidate[], hashes: ReadonlySet<number>): boolean {
  return candidates.some(
    (c) => c.kind === 'name' && nameShortForms(lex, c.parts).some((form) => hashes.has(skeletonHash(form.word))),
  );
}

/**
 * Whether the word `text.slice(start, end)` (a token's text) may be a word of a name part whose
 * skeleton hash is one of `hashes` (a set, not a {@link HashFilter}: a sentence asks it a hundred
 * times, and a filter's few false answers in a hundred would let most sentences through). A
 * part's word is a token's text, or, for a name's first word, its rest after a proclitic: the
 * conjunction a name run takes off (وخالد), or one before a gazetteer name (لحفتر), whose rest
 * then starts an alias.
 */
function mayBePartWord(
  lex: PersonLexicon,
  text: string,
  start: number,
  end: number,
  hashes: ReadonlySet<number>,
): boolean {
  if (hashes.has(skeletonHash(text, start, EMPTY_HASH, end))) return true;
  const length = end - start;
  for (const p of NAME_CONJUNCTIONS) {
    if (length - p.length >= 2 && text.startsWith(p, start)) {
      if (hashes.has(skeletonHash(text, start + p.length, EMPTY_HASH, end))) return true;
    }
  }
  const gazetteerKeys = lexiconFilters(lex).gazetteerKeys;
  for (const p of GAZETTEER_ONLY_PROCLITICS) {
    if (length - p.length < 2 || !text.startsWith(p, start)) continue;
    const rest = skeletonHash(text, start + p.length, EMPTY_HASH, end);
    if (gazetteerKeys.mayHold(rest) && hashes.has(rest)) return true;
  }
  return false;
}

/**
 * False only when no sentence of `work`'s article holds, in the persons stage's result, a mention
 * that starts inside `spans` together with a second mention or a group mention: the least that a
 * meeting's two sides need (see `findParties`). True when one may.
 *
 * A mention starts where an extractor's candidate does (each reads one sentence), or is added by
 * a refiner: a short form of a person named elsewhere (`أكار` after `خلوصي أكار`), or a group phrase
 * that stands for a list of names (only where the article has a list pronoun, هم:). So the
 * sentences of the spans are read first. When one names a person inside and another person or a
 * group, the answer is true. When the mention inside or the second one can only come from a
 * refiner, the words that may be short forms (inside, or anywhere in the sentence for the second)
 * are gathered, and only the other sentences holding such a word are read, to see whether a name
 * there gives it as its surname or first name (or whether the gazetteer knows it as a one-word
 * alias).
 *
 * @example
 * ```ts
 * const work = sentenceWork(article, defaultPersonLexicon());
 * mayNamePartiesWithin(work, [{ start: trigger.end, end: sentence.end }]) // false: no meeting can be told there
 * ```
 */
export function mayNamePartiesWithin(work: SentenceWork, spans: readonly Range[]): boolean {
  const lex = work.lexicon;
  // The skeleton hashes of the words that may be short forms there (a hash shared by another
  // word only makes the answer true more often).
  const shortForms = new Set<number>();
  // Whether the article may give a list of names for a group phrase to stand for, read once.
  let lists: boolean | undefined;
  for (const index of sentencesOf(work, spans)) {
    const candidates = work.candidates(index);
    const inside = candidates.filter((c) => within(spans, c.start));
    // Overlapping candidates end as one mention (resolveOverlaps): a second person needs a
    // candidate apart from the one inside.
    if (inside.some((x) => x.kind === 'group' || candidates.some((y) => y.end <= x.start || x.end <= y.start))) {
      return true;
    }
    // The mention inside, or the second one anywhere in the sentence, would be a refiner's. A lone
    // candidate keeps its words from them, unless clustering drops it (a one-word name that fits
    // several persons).
    const lone = candidates.length === 1 && inside.length === 1 ? (inside[0] as Candidate) : null;
    const kept = lone && !(lone.kind === 'name' && lone.parts.length === 1) ? lone : null;
    const sentence = work.tokens(index);
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      // A token's mention starts inside when the token ends past a span's start (a proclitic may be cut off).
      if (inside.length === 0 && !spans.some((s) => token.end > s.start && token.start < s.end)) continue;
      if (kept && token.start >= kept.start && token.end <= kept.end) continue;
      if (groupPhraseAt(lex, sentence, i)) {
        lists ??= mayListNames(work.article);
        if (lists) return true;
      }
      for (const hash of shortFormHashesAt(lex, tokens, i)) shortForms.add(hash);
    }
  }
  if (shortForms.size === 0) return false;
  const aliases = oneWordAliasHashes(lex);
  for (const hash of shortForms) if (aliases.has(hash)) return true;
  const count = work.article.sentences.length;
  const mayHoldPart = (text: string, start: number, end: number) => mayBePartWord(lex, text, start, end, shortForms);
  for (let index = 0; index < count; index++) {
    // Most sentences hold none of the words: they are read without being tokenized.
    if (!work.extracted(index) && !work.someWord(index, mayHoldPart)) continue;
    if (givesShortFormOf(lex, work.candidates(index), shortForms)) return true;
  }
  return false;
}
