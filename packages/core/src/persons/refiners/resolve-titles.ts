import { firstNotBefore } from '../../sorted.js';
import type { Candidate, EntityDraft, PersonRefiner, Range } from '../candidate.js';
import { TITLE_PRONOUN, TITLE_REFERENCE } from '../extractors/title-reference.js';
import { type PersonLexicon, phraseTokens } from '../lexicon.js';
import { type Token, type TokenizedSentence, tokensOfWords } from '../tokens.js';
import { stripProclitic } from '../words.js';

/** صاحب، صاحبة: say that a style follows, not which. */
const STYLE_WORDS: ReadonlySet<string> = new Set(['صاحب', 'صاحبه']);

/** A word without ال (الأمير → امير): titles and roles are compared on stems. */
const stem = (word: string) => (word.startsWith('ال') && word.length > 4 ? word.slice(2) : word);

/** A role text as compared to a bare office: normalized, the first word without its ال. */
function roleKey(text: string): string {
  const words = phraseTokens(text).filter((w) => /\p{L}/u.test(w));
  if (words[0]) words[0] = stem(words[0]);
  return words.join(' ');
}

/** One title read in a text: its stems without styles (صاحب السمو الملكي → سمو، ملكي), and the office it implies. */
interface TitleRead {
  readonly stems: readonly string[];
  readonly office: string | null;
}

/**
 * The titles among tokens `[from, to)`, each with its stems. A title right after an office word is
 * the office's complement, not the person's title: نائب خادم الحرمين الشريفين.
 */
function titlesIn(lex: PersonLexicon, tokens: readonly Token[], from: number, to: number): TitleRead[] {
  const out: TitleRead[] = [];
  for (let k = from; k < to; ) {
    const t = tokens[k] as Token;
    const first = lex.titles.starts(t.text)
      ? t.text
      : (stripProclitic(t.text, (rest) => lex.titles.starts(rest), ['و', 'ف', 'ل', 'ب'])?.rest ?? t.text);
    const match = t.word ? lex.titles.match(tokens, k, first) : null;
    if (!match || k + match.length > to) {
      k++;
      continue;
    }
    const prev = tokens[k - 1];
    if (k > from && prev?.word && lex.heads.starts(prev.text)) {
      k += match.length;
      continue;
    }
    const words = tokens.slice(k, k + match.length).map((u, n) => (n === 0 ? first : u.text));
    out.push({
      stems: words.map(stem).filter((w) => !STYLE_WORDS.has(w)),
      office: lex.officeTitles.get(words.join(' ')) ?? null,
    });
    k += match.length;
  }
  return out;
}

/** Token indexes of a sentence that lie inside `range`. */
function tokensIn(sentence: TokenizedSentence, range: Range): [number, number] {
  const tokens = sentence.tokens;
  // Tokens are in text order: a binary search keeps a sentence of many names from costing its length per name.
  const from = firstNotBefore(tokens, (t) => t.start < range.start);
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).end <= range.end) to++;
  return [from, to];
}

/** What an entity is called: the stems of its titles, the offices of its roles, its roles as written. */
interface Holdings {
  readonly titles: Set<string>;
  readonly offices: Set<string>;
  readonly roles: string[];
}

function hold(held: Holdings, titles: readonly TitleRead[]): void {
  for (const t of titles) for (const s of t.stems) held.titles.add(s);
}

/** The titles and roles the article gives each entity: around its name mentions, and its roles. */
function articleHoldings(
  lex: PersonLexicon,
  sentences: readonly TokenizedSentence[],
  candidates: readonly Candidate[],
  entities: readonly EntityDraft[],
): Holdings[] {
  const out = entities.map(
    (e): Holdings => ({
      titles: new Set(),
      offices: new Set(e.roles.flatMap((r) => (r.office && !r.counterpart ? [r.office] : []))),
      roles: e.roles.filter((r) => r.text.length > 0).map((r) => roleKey(r.text)),
    }),
  );
  for (const c of candidates) {
    if (c.kind !== 'name' || !c.name || c.entities.length !== 1) continue;
    const held = out[c.entities[0] as number];
    const sentence = sentences[c.sentence];
    if (!held || !sentence) continue;
    // Titles before the name, and after it in the mention (an apposition).
    for (const range of [
      { start: c.start, end: c.name.start },
      { start: c.name.end, end: c.end },
    ]) {
      if (range.end <= range.start) continue;
      const [from, to] = tokensIn(sentence, range);
      hold(held, titlesIn(lex, sentence.tokens, from, to));
    }
  }
  return out;
}

/**
 * {@link articleHoldings} with the gazetteer's roles of known entities added, but for an office
 * the article gives the person in a longer form: one named ولي ولي العهد is not the ولي العهد.
 */
function withGazetteer(lex: PersonLexicon, held: readonly Holdings[], entities: readonly EntityDraft[]): Holdings[] {
  return held.map((h, e) => {
    const known = entities[e]?.known;
    const entry = known ? lex.people.find((p) => p.id === known) : undefined;
    if (!entry || entry.roles.length === 0) return h;
    const next: Holdings = { titles: new Set(h.titles), offices: new Set(h.offices), roles: [...h.roles] };
    for (const role of entry.roles) {
      const key = roleKey(role);
      if (h.roles.some((r) => r !== key && r.endsWith(` ${key}`))) continue;
      next.roles.push(key);
      const tokens = tokensOfWords(phraseTokens(role));
      hold(next, titlesIn(lex, tokens, 0, tokens.length));
    }
    return next;
  });
}

/**
 * True when one of `roles` is the office `bare`, alone or before a country or another office:
 * `ولي العهد` is held by `ولي العهد السعودي` and `ولي العهد نائب رئيس مجلس الوزراء`.
 */
function holdsOffice(lex: PersonLexicon, roles: readonly string[], bare: string): boolean {
  return roles.some((r) => {
    if (r === bare) return true;
    if (!r.startsWith(`${bare} `)) return false;
    const next = r.slice(bare.length + 1).split(' ')[0] ?? '';
    const known = (w: string) => lex.heads.starts(w) || lex.countries.starts(w);
    return known(next) || stripProclitic(next, known, ['و']) !== null;
  });
}

/** True when `held` has every title of the reference: its stems, or for an office title the office. */
function holdsTitles(held: Holdings, titles: readonly TitleRead[]): boolean {
  return titles.every(
    (t) => t.stems.every((s) => held.titles.has(s)) || (t.office !== null && held.offices.has(t.office)),
  );
}

/** The titles and bare office of a reference candidate. */
function referenceOf(
  lex: PersonLexicon,
  text: string,
  sentence: TokenizedSentence,
  c: Candidate,
): { titles: TitleRead[]; bare: string | null } {
  let titles: TitleRead[] = [];
  if (c.rule === TITLE_PRONOUN && c.title) {
    const [from] = tokensIn(sentence, c.title);
    const word = sentence.tokens[from]?.text ?? '';
    const honorific =
      lex.pronounTitles.get(word) ??
      lex.pronounTitles.get(
        stripProclitic(word, (rest) => lex.pronounTitles.has(rest), ['و', 'ف', 'ل', 'ب', 'ول', 'وب'])?.rest ?? '',
      );
    if (honorific) titles = [{ stems: [stem(honorific)], office: null }];
  } else if (c.title) {
    const [from, to] = tokensIn(sentence, c.title);
    titles = titlesIn(lex, sentence.tokens, from, to);
  }
  return { titles, bare: c.role ? roleKey(text.slice(c.role.start, c.role.end)) : null };
}

/**
 * Resolves titles and bare offices that stand for a person (rules `persons/title-reference`,
 * `persons/title-pronoun`): `وكان خادم الحرمين الشريفين قد استقبل`, `استقبل سمو ولي ولي العهد`,
 * `سموه` → the one person of the article who holds all its titles and its office. What a person
 * holds comes first from the article (the titles around the person's name, the roles it gives),
 * then, when no one holds it there, from the gazetteer's roles of the persons found. No mention
 * when none or several fit.
 */
export const resolveTitleReferences: PersonRefiner = {
  name: 'resolve-titles',
  refine(state, context) {
    const lex = context.lexicon;
    const text = context.article.text;
    const isReference = (c: Candidate) => c.rule === TITLE_REFERENCE || c.rule === TITLE_PRONOUN;
    if (!state.candidates.some(isReference) || state.entities.length === 0) return state;
    const article = articleHoldings(lex, context.sentences, state.candidates, state.entities);
    const tiers = [article, withGazetteer(lex, article, state.entities)];
    const candidates = state.candidates.map((c): Candidate => {
      const sentence = context.sentences[c.sentence];
      if (!isReference(c) || !sentence) return c;
      const { titles, bare } = referenceOf(lex, text, sentence, c);
      if (titles.length === 0 && bare === null) return c;
      for (const tier of tiers) {
        const found = tier.flatMap((h, e) =>
          holdsTitles(h, titles) && (bare === null || holdsOffice(lex, h.roles, bare)) ? [e] : [],
        );
        if (found.length === 1) return { ...c, entities: found };
        if (found.length > 1) return c;
      }
      return c;
    });
    return { ...state, candidates };
  },
};
