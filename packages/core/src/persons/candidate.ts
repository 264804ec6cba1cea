/**
 * The working shapes of the persons stage: candidates found by extractors and reshaped by
 * refiners, and the role descriptions used to resolve `وزير الدفاع القطري` to a named person.
 * Internal: the public result is a {@link PersonIndex}.
 */
import type { Article, PersonMentionKind } from '../model.js';
import type { PersonLexicon } from './lexicon.js';
import type { TokenizedSentence } from './tokens.js';

/** Offsets into the article text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * A role as the text gives it, reduced to what role resolution compares: the office of its head,
 * the content words of its complement, and the countries it names.
 */
export interface RoleInfo {
  /** The role as written (`وزير الدفاع التركي`), or built for derived roles (`قائد الجيش الوطني الليبي`). */
  readonly text: string;
  /** The office of the head (`وزير`), or null for a counterpart word (`نظيره`) not yet resolved. */
  readonly office: string | null;
  /** 1 singular, 2 dual, 3 plural. */
  readonly number: 1 | 2 | 3;
  /** Content words of the complement and of chained heads, normalized, without ال (`دفاع`). */
  readonly keys: readonly string[];
  /** Country codes the role names (قطر, القطري, الدوحة → QA). */
  readonly countries: readonly string[];
  /** Countries in the order written, for distributive duals (وزيرا دفاع تركيا وقطر). */
  readonly countryOrder: readonly string[];
  /** `نظيره`: the office is the one of the sentence's subject. */
  readonly counterpart: boolean;
  /** An occupation (الملياردير) rather than an office. */
  readonly descriptor: boolean;
  /** A number word given with a plural (الوزراء الثلاثة → 3). */
  readonly count: number | null;
}

/** One mention found in the text, before it is tied to entities. */
export interface Candidate {
  readonly kind: PersonMentionKind;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly rule: string;
  /** For names: the name proper, without titles or proclitics. */
  readonly name: Range | null;
  /** For names: nameKey() of each part of the name (`خالد`, `بن محمد`, `العطية` …). */
  readonly parts: readonly NamePartKey[];
  readonly title: Range | null;
  readonly role: Range | null;
  /** The role of the mention (in `role`), or of a role or group mention. */
  readonly roleInfo: RoleInfo | null;
  /** Other roles the text ties to the person near this mention (appositions, بقيادة …). */
  readonly extraRoles: readonly RoleInfo[];
  /** Gazetteer id, when the name is a known person's. */
  readonly known: string | null;
  /** How sure the extractor is that this is a person (higher wins overlaps). */
  readonly strength: number;
  /** Entities referred to; filled by the refiners. */
  readonly entities: readonly number[];
  /** A delegation word that defines a delegation (وفد … برئاسة X، وضم Y) rather than refers to one. */
  readonly definesGroup: boolean;
}

/** One part of a name, as compared between mentions (by {@link partKey}). */
export interface NamePartKey {
  /** `plain` (خلوصي), `definite` (العطية), `family` (آل ثاني), `bin` (بن محمد). */
  readonly kind: 'plain' | 'definite' | 'family' | 'bin';
  /** The part as written (without a bin particle). */
  readonly text: string;
  /** The part's words in normalized spelling, one space between them. */
  readonly norm: string;
  /** Article offsets of the part (without a bin particle). */
  readonly start: number;
  readonly end: number;
}

/** A person the article names, while the refiners build it. */
export interface EntityDraft {
  readonly name: string;
  readonly parts: readonly NamePartKey[];
  readonly aliases: readonly string[];
  readonly roles: readonly RoleInfo[];
  readonly known: string | null;
  /** Countries from roles and the gazetteer. */
  readonly countries: readonly string[];
  /** Start offset of the first mention, for ordering. */
  readonly first: number;
}

/** What every extractor sees: one sentence, its tokens, and the lexicon. */
export interface SentenceContext {
  readonly article: Article;
  readonly lexicon: PersonLexicon;
  readonly sentence: TokenizedSentence;
}

/** What every refiner sees. */
export interface ArticleContext {
  readonly article: Article;
  readonly lexicon: PersonLexicon;
  readonly sentences: readonly TokenizedSentence[];
}

/** The state the refiners pass along. */
export interface PersonState {
  readonly candidates: readonly Candidate[];
  readonly entities: readonly EntityDraft[];
}

/**
 * Finds candidates in one sentence (chrono's Parser): it returns new candidates and never looks
 * at other extractors' results.
 */
export interface PersonExtractor {
  readonly name: string;
  extract(context: SentenceContext): Candidate[];
}

/** Turns the whole state into a new one (chrono's Refiner): merge, filter, resolve. */
export interface PersonRefiner {
  readonly name: string;
  refine(state: PersonState, context: ArticleContext): PersonState;
}

/** Candidate fields every extractor fills the same way. */
export function candidate(
  fields: Partial<Candidate> & Pick<Candidate, 'kind' | 'start' | 'end' | 'sentence' | 'rule'>,
): Candidate {
  return {
    name: null,
    parts: [],
    title: null,
    role: null,
    roleInfo: null,
    extraRoles: [],
    known: null,
    strength: 1,
    entities: [],
    definesGroup: false,
    ...fields,
  };
}
