import { z } from 'zod';
import boilerplateData from '../../data/boilerplate.ar.json';
import { LiqaError } from '../errors.js';
import { joinedWords } from '../text/charsets.js';
import { normalize, normalizedText } from '../text/normalize.js';
import { alternation, WORD_END } from './pattern.js';

/**
 * What a boilerplate rule does with the line it matches:
 * - `line`: removes the line;
 * - `block-start`: removes the line and the headline-like lines after it, up to the next real paragraph;
 * - `pair`: removes the line and the one short headline line after it;
 * - `footer`: removes the line and everything after it (when it sits in the second half of the text).
 */
export const BOILERPLATE_RULE_KINDS = ['line', 'block-start', 'pair', 'footer'] as const;

/** One of {@link BOILERPLATE_RULE_KINDS}. */
export type BoilerplateRuleKind = (typeof BOILERPLATE_RULE_KINDS)[number];

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The shape of one rule in `data/boilerplate.ar.json`, and of the `extraRules` callers may add. */
const ruleSchema = z
  .object({
    id: z.string().regex(KEBAB_ID, 'rule ids are kebab-case'),
    kind: z.enum(BOILERPLATE_RULE_KINDS),
    phrases: z.array(z.string().min(1)).default([]),
    prefixes: z.array(z.string().min(1)).default([]),
    patterns: z.array(z.string().min(1)).default([]),
    maxWords: z.number().int().positive().optional(),
    scope: z.enum(['any', 'arabic-article']).default('any'),
    where: z.enum(['anywhere', 'head']).default('anywhere'),
    why: z.string().min(1),
  })
  .strict()
  .refine((rule) => rule.phrases.length + rule.prefixes.length + rule.patterns.length > 0, {
    message: 'a rule needs at least one phrase, prefix or pattern',
  });

const rulesSchema = z.array(ruleSchema).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  for (const [i, rule] of rules.entries()) {
    if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id '${rule.id}'`, path: [i, 'id'] });
    seen.add(rule.id);
  }
});

const fileSchema = z.object({ $comment: z.string().min(1), rules: rulesSchema }).strict();

/** A boilerplate rule as written in the data file or passed as an extra rule (before defaults apply). */
export type BoilerplateRuleInput = z.input<typeof ruleSchema>;

/** A boilerplate rule ready to match lines: phrases folded, patterns compiled once. */
export interface BoilerplateRule {
  /** `boilerplate/<id>`. */
  readonly id: string;
  readonly kind: BoilerplateRuleKind;
  /** Whole-line phrases, as {@link matchKey}s. */
  readonly phrases: ReadonlySet<string>;
  /** Words of the longest phrase: a line of more words is none of them, and is not looked up. */
  readonly phraseWords: number;
  /** Matches a {@link matchKey} that starts with one of the rule's prefixes, or null. */
  readonly prefix: RegExp | null;
  /** Words of the longest prefix: `prefix` reads no further into a key than one word more. */
  readonly prefixWords: number;
  /** Tested on the normalized, trimmed line. */
  readonly patterns: readonly RegExp[];
  /** Longest line (in words) a prefix or pattern may take; null for no limit. */
  readonly maxWords: number | null;
  /** `arabic-article` rules apply only to texts whose letters are mostly Arabic. */
  readonly scope: 'any' | 'arabic-article';
  /** `head` rules apply only to the lines above the first paragraph (labels over the headline). */
  readonly where: 'anywhere' | 'head';
  readonly why: string;
}

/**
 * The form phrases and lines are compared in: normalized, lower-cased, every run of punctuation
 * and spaces turned into one space, trimmed.
 *
 * @example
 * ```ts
 * matchKey('قـــد يهمــــــــك ايضـــــــًا:') //=> 'قد يهمك ايضا'
 * ```
 */
export function matchKey(text: string): string {
  return keyOfFolded(normalizedText(text));
}

/** {@link matchKey} of a text already folded by `normalize` (which need not run twice). */
export function keyOfFolded(folded: string): string {
  return joinedWords(folded, true).text;
}

/** {@link keyOfFolded} of the first `words` words alone. */
export function keyHeadOfFolded(folded: string, words: number): string {
  return joinedWords(folded, true, words).text;
}

// Finds a quantified group whose body is itself quantified without bound: (a+)+, (?:\s*x)*, (a|b+){2,}.
function hasNestedQuantifier(source: string): boolean {
  const groups: boolean[] = [];
  let inner = false;
  let inClass = false;
  const unbounded = (at: number): boolean => {
    const ch = source[at];
    if (ch === '+' || ch === '*') return true;
    return ch === '{' && /^\{\d*,\}/.test(source.slice(at, at + 12));
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      if (!inClass && unbounded(i + 1)) inner = true;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        if (unbounded(i + 1)) inner = true;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') {
      groups.push(inner);
      inner = false;
    } else if (ch === ')') {
      const quantified = unbounded(i + 1);
      if (quantified && inner) return true;
      inner = (groups.pop() ?? false) || inner || quantified;
    } else if (unbounded(i + 1)) inner = true;
  }
  return false;
}

function compilePattern(ruleId: string, source: string): RegExp {
  // The text is normalized before matching, so the pattern's Arabic is folded the same way.
  const folded = normalize(source, { digits: false, brokenWords: false }).text;
  if (hasNestedQuantifier(folded)) {
    throw new LiqaError('invalid_options', `boilerplate rule '${ruleId}': pattern has nested quantifiers: ${source}`, {
      rule: ruleId,
      pattern: source,
    });
  }
  try {
    return new RegExp(folded, 'u');
  } catch (cause) {
    throw new LiqaError(
      'invalid_options',
      `boilerplate rule '${ruleId}': invalid pattern ${source}`,
      { rule: ruleId, pattern: source },
      { cause },
    );
  }
}

/** Words of a key (single spaces between them). */
const wordsOf = (key: string): number => key.split(' ').length;

function compileRule(rule: z.output<typeof ruleSchema>): BoilerplateRule {
  const prefixes = rule.prefixes.map(matchKey).filter((key) => key.length > 0);
  const phrases = new Set(rule.phrases.map(matchKey).filter((key) => key.length > 0));
  return {
    id: `boilerplate/${rule.id}`,
    kind: rule.kind,
    phrases,
    phraseWords: Math.max(0, ...[...phrases].map(wordsOf)),
    prefix: prefixes.length > 0 ? new RegExp(`^${alternation(prefixes)}${WORD_END}`, 'u') : null,
    prefixWords: Math.max(0, ...prefixes.map(wordsOf)),
    patterns: rule.patterns.map((source) => compilePattern(rule.id, source)),
    maxWords: rule.maxWords ?? null,
    scope: rule.scope,
    where: rule.where,
    why: rule.why,
  };
}

/**
 * Validates boilerplate rules (the shape of `data/boilerplate.ar.json`'s `rules`) and compiles them.
 * Throws a {@link LiqaError} `invalid_options` that says what is wrong.
 *
 * @example
 * ```ts
 * const [rule] = compileBoilerplateRules([
 *   { id: 'newsletter', kind: 'line', prefixes: ['اشترك في النشرة'], maxWords: 12, why: 'A signup box.' },
 * ]);
 * rule.id //=> 'boilerplate/newsletter'
 * ```
 */
export function compileBoilerplateRules(rules: unknown): BoilerplateRule[] {
  const parsed = rulesSchema.safeParse(rules);
  if (!parsed.success) {
    throw new LiqaError('invalid_options', `invalid boilerplate rules:\n${z.prettifyError(parsed.error)}`, {
      issues: parsed.error.issues,
    });
  }
  return parsed.data.map(compileRule);
}

function loadBuiltinRules(): readonly BoilerplateRule[] {
  const parsed = fileSchema.safeParse(boilerplateData);
  if (!parsed.success) {
    throw new LiqaError('invalid_options', `data/boilerplate.ar.json is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  return Object.freeze(parsed.data.rules.map(compileRule));
}

/** The built-in rules of `data/boilerplate.ar.json`, validated and compiled once, in file order. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = loadBuiltinRules();
