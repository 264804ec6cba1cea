/**
 * The grammar of a person's name as news writes it: a first name, then any of `بن X` (ابن, بنت,
 * ولد), family names (`آل X`, `الX`) and further plain names, with compounds joined (`عبد X`,
 * `أبو X`, `X الدين`, `X الله`, `X أوغلو`). A name stops at punctuation and at any boundary word
 * (see {@link isBoundaryAt}); after a family name (`الX`) only بن chains and more family names
 * may follow, so `السيسي أهمية` stops after السيسي.
 */
import type { NamePartKey } from './candidate.js';
import { isKnownName, type PersonLexicon } from './lexicon.js';
import { type Token, type TokenizedSentence, tokenTail } from './tokens.js';
import { FAMILY, isBoundaryAt, isDefinite, isGivenName, isPlaceAt, looksLikeVerb, stripProclitic } from './words.js';

/** The conjunction a name's first word may carry (وخالد): the one proclitic a name run takes off. */
export const NAME_CONJUNCTIONS: readonly string[] = ['و'];

/** A name found in a token list. */
export interface NameRun {
  /** First and past-the-last token of the name. */
  readonly first: number;
  readonly last: number;
  /** Article offsets of the name (without a proclitic on its first word). */
  readonly start: number;
  readonly end: number;
  readonly parts: readonly NamePartKey[];
  /** Normalized characters of the proclitic taken off the first word (و of وخالد). */
  readonly prefix: number;
}

/** How {@link readName} may start. */
export interface ReadNameOptions {
  /** A title that may stand before a family name alone stands right before (الرئيس السيسي، الأمير الوليد). */
  readonly afterTitle?: boolean;
  /** Take a conjunction off the first word (وخالد → خالد) when the rest is a given or known name. */
  readonly stripConjunction?: boolean;
  /** Take a conjunction off the first word whatever the rest is (list items: ودوغان قيصّا). */
  readonly forceConjunction?: boolean;
  /** Take exactly this many proclitic letters off the first word (a gazetteer match on لأوباما). */
  readonly skip?: number;
}

/** Most plain (not بن, not family) parts a name may have: رجب طيب أردوغان, رمضان أحمد قاديروف. */
const MAX_PLAIN_PARTS = 4;
/** Most tokens a name may have: فيصل بن فهد بن مساعد بن سعود بن عبد العزيز is 11. */
const MAX_NAME_TOKENS = 14;

/** A word that could be part of a name at `i`. */
function nameWordAt(lex: PersonLexicon, tokens: readonly Token[], i: number, text?: string): boolean {
  return !isBoundaryAt(lex, tokens, i, text);
}

interface PartRead {
  readonly end: number;
  readonly kind: 'plain' | 'definite';
}

/** Reads one name part (a word, a compound, a word and its tail) at `i`. */
function readPart(lex: PersonLexicon, tokens: readonly Token[], i: number, text?: string): PartRead | null {
  const t = tokens[i];
  if (!t?.word) return null;
  const w = text ?? t.text;
  const next = tokens[i + 1];
  // A place of two words opens no part: أبو ظبي، رام الله.
  if (isPlaceAt(lex, tokens, i, text)) return null;
  if (lex.compoundHeads.has(w) && next?.word && next.arabic && next.spaced) {
    // The second word of a compound may be a place alone (أبو العلا).
    if (lex.nameTails.has(next.text) || nameWordAt(lex, tokens, i + 1) || isPlaceAt(lex, tokens, i + 1)) {
      return { end: i + 2, kind: 'plain' };
    }
    return null;
  }
  if (!nameWordAt(lex, tokens, i, text)) return null;
  let end = i + 1;
  const after = tokens[end];
  if (after?.word && lex.nameTails.has(after.text)) end++;
  return { end, kind: isDefinite(w) && end === i + 1 ? 'definite' : 'plain' };
}

/** The normalized words of tokens `[first, end)`, the first one without its `skip` proclitic letters. */
function partWords(sentence: TokenizedSentence, first: number, end: number, skip: number): string {
  const words: string[] = [];
  for (let k = first; k < end; k++) {
    const t = sentence.tokens[k] as Token;
    words.push(k === first && skip > 0 ? t.text.slice(skip) : t.text);
  }
  return words.join(' ');
}

/**
 * Reads the name that starts at token `i`, or returns null when none does.
 *
 * @example
 * ```ts
 * // tokens of 'الأمير محمد بن نايف في حديث', from the token after الأمير:
 * readName(lex, sentence, 1)?.parts.map((p) => p.text) //=> ['محمد', 'نايف'] (the second of kind 'bin')
 * ```
 */
export function readName(
  lex: PersonLexicon,
  sentence: TokenizedSentence,
  i: number,
  options: ReadNameOptions = {},
): NameRun | null {
  const tokens = sentence.tokens;
  const first = tokens[i];
  if (!first?.word) return null;
  let firstText = first.text;
  let prefix = 0;
  const conjunction = options.stripConjunction || options.forceConjunction;
  if (options.skip !== undefined && options.skip > 0) {
    firstText = firstText.slice(options.skip);
    prefix = options.skip;
  } else if (conjunction && !isGivenName(lex, firstText) && !isKnownName(lex, firstText)) {
    const accept = (rest: string) =>
      options.forceConjunction === true || isGivenName(lex, rest) || isKnownName(lex, rest);
    const split = stripProclitic(firstText, accept, NAME_CONJUNCTIONS);
    if (split) {
      firstText = split.rest;
      prefix = split.prefix;
    }
  }

  const parts: NamePartKey[] = [];
  const push = (from: number, to: number, kind: NamePartKey['kind'], skip: number) => {
    const a = tokens[from] as Token;
    const z = tokens[to - 1] as Token;
    const span = skip > 0 ? tokenTail(sentence, a, skip) : { start: a.start, end: a.end };
    const text = sentence.sentence.text.slice(span.start - sentence.sentence.start, z.end - sentence.sentence.start);
    const norm = partWords(sentence, from, to, skip);
    parts.push({ norm, kind, text, start: span.start, end: z.end });
  };

  // The first part: a definite word opens a name only after a title (الرئيس السيسي).
  // A word glued to و or to بأ/بإ opens a new phrase, not a name: واستقلال، بأطيب.
  if (prefix === 0 && !isGivenName(lex, firstText) && !isKnownName(lex, firstText)) {
    if (firstText.startsWith('و') && firstText.length > 3) return null;
    if (
      firstText.startsWith('با') &&
      /^.[\u0623\u0625]/u.test(sentence.sentence.text.slice(first.start - sentence.sentence.start))
    )
      return null;
  }
  const firstPart = readPart(lex, tokens, i, prefix > 0 ? firstText : undefined);
  if (!firstPart) return null;
  if (firstPart.kind === 'definite' && (!options.afterTitle || lex.commonWords.has(firstText))) return null;
  // A month that is also a name (رجب، رمضان) opens a name only before a plain name word.
  if (lex.calendarWords.has(firstText)) {
    const second = readPart(lex, tokens, firstPart.end);
    if (second?.kind !== 'plain') return null;
  }
  // A nisba that is also a name (تركي) opens a name only before بن or آل.
  if (lex.countries.match(tokens, i, firstText)) {
    const nextText = tokens[firstPart.end]?.text ?? '';
    if (!lex.sons.has(nextText) && nextText !== FAMILY) return null;
  }
  push(i, firstPart.end, firstPart.kind, prefix);
  let j = firstPart.end;
  let plain = firstPart.kind === 'plain' ? 1 : 0;
  let closed = firstPart.kind === 'definite';
  let afterBin = false;

  while (j < tokens.length && j - i < MAX_NAME_TOKENS) {
    const t = tokens[j] as Token;
    if (!t.word || !t.spaced) break;
    if (lex.sons.has(t.text)) {
      // ولد الشيخ: the word after ولد may be a title word.
      const after =
        t.text === 'ولد' && tokens[j + 1]?.text === 'الشيخ' ? { end: j + 2, kind: 'definite' as const } : null;
      const part = after ?? readPart(lex, tokens, j + 1);
      const partText = tokens[j + 1]?.text ?? '';
      // After بن a nisba that is a name counts (بن تركي).
      const nisbaName =
        !part && isGivenName(lex, partText) && lex.countries.match(tokens, j + 1) !== null
          ? { end: j + 2, kind: 'plain' as const }
          : null;
      const read = part ?? nisbaName;
      if (!read) break;
      push(j + 1, read.end, 'bin', 0);
      j = read.end;
      afterBin = true;
      closed = false;
      continue;
    }
    if (t.text === FAMILY) {
      const next = tokens[j + 1];
      if (!next?.word || !next.arabic || next.tanween) break;
      push(j, j + 2, 'family', 0);
      j += 2;
      closed = true;
      continue;
    }
    // باراك أوباما الأب / الابن: a generation word closes the name.
    if (lex.generations.has(t.text)) {
      push(j, j + 1, 'definite', 0);
      j++;
      break;
    }
    // A word glued to و inside a name is a conjunction (قاسم سليماني وشبكته), unless it is a name (محمد وحيد).
    // So is a word glued to ل (حسين أوباما تخليدا لذكرى).
    const glued = t.text.startsWith('و') || (t.text.startsWith('ل') && t.text.length > 4);
    if (glued && !isGivenName(lex, t.text) && !isKnownName(lex, t.text)) break;
    // Verbs and feminine nisbas do not continue a name: فهد يشغل، صورا تاريخية.
    const known = isGivenName(lex, t.text) || isKnownName(lex, t.text);
    if (!known && (looksLikeVerb(t.text) || (t.text.endsWith('يه') && t.text.length >= 5 && !isDefinite(t.text))))
      break;
    // A word glued to ب with a pronoun on it is a noun phrase (بينيتيز بجدارته).
    if (!known && t.text.startsWith('ب') && /(?:ه|ها|هم)$/u.test(t.text) && t.text.length >= 5) break;
    const part = readPart(lex, tokens, j);
    if (!part) break;
    if (part.kind === 'plain') {
      if (closed || plain >= MAX_PLAIN_PARTS) break;
      plain++;
      // One plain family name may close a بن chain: أحمد بن عبدالعزيز قطان (not a word glued to
      // ب or ل: سلمان بن عبدالعزيز بموجب; باعشن, with its alef, is a name).
      if (afterBin) {
        if (!known && /^[بل][^اوي]/u.test(t.text)) break;
        push(j, part.end, part.kind, 0);
        j = part.end;
        break;
      }
    } else {
      closed = true;
    }
    push(j, part.end, part.kind, 0);
    j = part.end;
  }

  const last = tokens[j - 1] as Token;
  const startSpan = prefix > 0 ? tokenTail(sentence, first, prefix) : { start: first.start, end: first.end };
  return { first: i, last: j, start: startSpan.start, end: last.end, parts, prefix };
}

/** True when a name opens with a given name, or has a بن chain, or is an ambiguous given name and more. */
export function isStrongName(lex: PersonLexicon, run: NameRun): boolean {
  const firstPart = run.parts[0];
  if (!firstPart) return false;
  const words = firstPart.norm.split(' ');
  const w = words[0] ?? '';
  if (lex.givenNames.has(w) || lex.givenNames.has(words.join(''))) return true;
  if (run.parts.some((p) => p.kind === 'bin')) return true;
  return run.parts.length >= 2 && lex.ambiguousGivenNames.has(w);
}

/**
 * Name parts of a fixed token range (a gazetteer match), cut by the same grammar as
 * {@link readName} but without boundary checks.
 */
export function partsOfRange(
  lex: PersonLexicon,
  sentence: TokenizedSentence,
  first: number,
  last: number,
  skip: number,
): NamePartKey[] {
  const tokens = sentence.tokens;
  const parts: NamePartKey[] = [];
  const base = sentence.sentence.start;
  const push = (from: number, to: number, kind: NamePartKey['kind'], cut: number) => {
    const a = tokens[from] as Token;
    const z = tokens[to - 1] as Token;
    const start = cut > 0 ? tokenTail(sentence, a, cut).start : a.start;
    const norm = partWords(sentence, from, to, cut);
    parts.push({
      norm,
      kind,
      text: sentence.sentence.text.slice(start - base, z.end - base),
      start,
      end: z.end,
    });
  };
  let j = first;
  while (j < last) {
    const t = tokens[j] as Token;
    const cut = j === first ? skip : 0;
    const w = cut > 0 ? t.text.slice(cut) : t.text;
    if (lex.sons.has(w) && j + 1 < last) {
      let end = j + 2;
      if (lex.compoundHeads.has(tokens[j + 1]?.text ?? '') && end < last) end++;
      else if (lex.nameTails.has(tokens[end]?.text ?? '') && end < last) end++;
      push(j + 1, end, 'bin', 0);
      j = end;
    } else if (w === FAMILY && j + 1 < last) {
      push(j, j + 2, 'family', 0);
      j += 2;
    } else {
      let end = j + 1;
      if (lex.compoundHeads.has(w) && end < last) end++;
      if (lex.nameTails.has(tokens[end]?.text ?? '') && end < last) end++;
      push(j, end, isDefinite(w) && end === j + 1 ? 'definite' : 'plain', cut);
      j = end;
    }
  }
  return parts;
}
