/**
 * The meeting stage's lexicons (`data/triggers.ar.json`, `data/places.ar.json`), validated once
 * at load and compiled into patterns over normalize()d text.
 */
import { z } from 'zod';
import placesData from '../../data/places.ar.json';
import triggersData from '../../data/triggers.ar.json';
import type { MeetingKind } from '../model.js';
import { normalizedText } from '../text/normalize.js';
import { alternation, WORD_END, WORD_START } from './pattern.js';
import { parseLexicon } from './schemas.js';
import { WordListMatcher } from './word-matcher.js';

const term = z.string().min(1);
const kind = z.enum(['meeting', 'reception', 'talks', 'visit', 'call']);
const needs = z.enum(['with', 'person']).optional();
const tensed = z.object({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  kind,
  why: z.string().min(1),
  needs,
  past: z.array(term),
  present: z.array(term),
  future: z.array(term),
});
const wordList = z.object({ why: z.string().min(1), forms: z.array(term).min(1) });

/** Schema of `data/triggers.ar.json`. */
export const TriggersFileSchema = z.object({
  $comment: z.string().optional(),
  verbs: z.array(tensed).min(1),
  phrases: z.array(tensed),
  nouns: z.array(z.object({ id: z.string(), kind, why: z.string().min(1), needs, forms: z.array(term).min(1) })),
  planned: wordList,
  negation: wordList,
  attendance: wordList,
  notMeeting: wordList,
});

/** Schema of `data/places.ar.json`. */
export const PlacesFileSchema = z.object({
  $comment: z.string().optional(),
  cities: z.array(term),
  countries: z.array(term),
  venues: z.array(term),
});

/** When a trigger form puts its meeting: `noun` forms take their time from the clause. */
export type TriggerTense = 'past' | 'present' | 'future' | 'noun';

/** What a trigger form needs after it to report a meeting. */
export type TriggerNeeds = 'with' | 'person' | null;

/** One form of a trigger, as the lexicon gives it. */
export interface TriggerForm {
  readonly rule: string;
  readonly kind: MeetingKind;
  readonly tense: TriggerTense;
  readonly needs: TriggerNeeds;
}

const fold = (s: string) => normalizedText(s);

function loadTriggers() {
  const data = parseLexicon(TriggersFileSchema, triggersData, 'triggers.ar.json');
  const forms = new Map<string, TriggerForm>();
  const add = (text: string, form: TriggerForm) => {
    const key = fold(text);
    if (!forms.has(key)) forms.set(key, form);
  };
  for (const entry of [...data.verbs, ...data.phrases]) {
    const rule = `meetings/${entry.id}`;
    for (const tense of ['past', 'present', 'future'] as const) {
      for (const text of entry[tense]) add(text, { rule, kind: entry.kind, tense, needs: entry.needs ?? null });
    }
  }
  for (const entry of data.nouns) {
    for (const text of entry.forms)
      add(text, { rule: `meetings/${entry.id}`, kind: entry.kind, tense: 'noun', needs: entry.needs ?? null });
  }
  // The conjunctions و and ف, and for nouns the prepositions ب, ل and ك, attach to the word in Arabic script.
  const pattern = new RegExp(`${WORD_START}(?:[وف])?(?:[بلك])?(${alternation(forms.keys())})${WORD_END}`, 'gu');
  // The same matches as `pattern`, found by a lookup a word: the trigger stage reads every sentence.
  const matcher = new WordListMatcher(forms.keys(), ['وف', 'بلك']);
  const wordsPattern = (list: readonly string[]) =>
    new RegExp(`${WORD_START}(?:[وف])?${alternation(list.map(fold))}${WORD_END}`, 'gu');
  return {
    forms,
    pattern,
    matcher,
    planned: wordsPattern(data.planned.forms),
    negation: wordsPattern(data.negation.forms),
    attendance: wordsPattern(data.attendance.forms),
    notMeeting: wordsPattern(data.notMeeting.forms),
  };
}

function loadPlaces() {
  const data = parseLexicon(PlacesFileSchema, placesData, 'places.ar.json');
  const towns = [...data.cities, ...data.countries].map(fold);
  return {
    // A place is named after في / ب / إلى; a venue head (قصر، فندق، مقر …) opens a venue's name.
    towns: new RegExp(`${WORD_START}(?:[وف])?(?:ب|في |الى )(${alternation(towns)})${WORD_END}`, 'gu'),
    bareTowns: new RegExp(`${WORD_START}(${alternation(towns)})${WORD_END}`, 'gu'),
    venues: new RegExp(
      `${WORD_START}(?:[وف])?(?:ب|في |داخل |لدى |الى )(${alternation(data.venues.map(fold))})${WORD_END}`,
      'gu',
    ),
    /** Cities as written in the data, for telling a city from a country or a venue. */
    cities: data.cities,
  };
}

/** Trigger forms, planned/negation/attendance cues, compiled once. */
export const TRIGGERS = loadTriggers();
/** Towns and venue heads, compiled once. */
export const PLACES = loadPlaces();
