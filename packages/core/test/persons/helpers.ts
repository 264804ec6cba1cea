import { type Article, parseArticle } from '@liqa/core';
import { expect } from 'vitest';
import { readSeed } from '../../../../test/helpers/seeds.js';
import type { PersonEntity, PersonIndex, PersonMention } from '../../src/model.js';
import { findPersons } from '../../src/persons/find-persons.js';

/** A parsed article and its person index. */
export interface Indexed {
  readonly article: Article;
  readonly index: PersonIndex;
}

/** Parses `text` and finds its persons. */
export function persons(text: string): Indexed {
  const article = parseArticle(text);
  return { article, index: findPersons(article) };
}

const seedCache = new Map<string, Indexed>();

/** The persons of a seed, by its number (`'003'`). */
export function seedPersons(which: string): Indexed {
  let found = seedCache.get(which);
  if (!found) {
    found = persons(readSeed(which));
    seedCache.set(which, found);
  }
  return found;
}

/** The entity whose name or aliases include `form`; fails the test when there is none. */
export function entity(index: PersonIndex, form: string): PersonEntity {
  const found = index.entities.find((e) => e.name === form || e.aliases.includes(form));
  expect(found, `no entity named ${form}; have ${index.entities.map((e) => e.name).join(' | ')}`).toBeDefined();
  return found as PersonEntity;
}

/** Entity names of mention `m`. */
export function namesOf(index: PersonIndex, m: PersonMention): string[] {
  return m.entities.map((e) => index.entities[e]?.name ?? '?');
}

/** The mentions whose text is `text`. */
export function mentionsWithText(index: PersonIndex, text: string): PersonMention[] {
  return index.mentions.filter((m) => m.text === text);
}

/** Checks the invariants every person index keeps. */
export function expectWellFormed({ article, index }: Indexed): void {
  let last = -1;
  for (const m of index.mentions) {
    expect(article.text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    last = m.end;
    const sentence = article.sentences[m.sentence];
    expect(sentence).toBeDefined();
    expect(sentence?.start).toBeLessThanOrEqual(m.start);
    expect(sentence?.end).toBeGreaterThanOrEqual(m.end);
    expect(m.rule).toMatch(/^persons\/[a-z]+(?:-[a-z]+)*$/);
    for (const part of [m.name, m.title, m.role]) {
      if (!part) continue;
      expect(article.text.slice(part.start, part.end)).toBe(part.text);
      expect(part.start).toBeGreaterThanOrEqual(m.start);
      expect(part.end).toBeLessThanOrEqual(m.end);
    }
    expect(m.kind === 'name').toBe(m.name !== null);
    expect(m.entities.length).toBeGreaterThan(0);
    if (m.kind !== 'group') expect(m.entities.length).toBe(1);
    for (const e of m.entities) expect(index.entities[e]).toBeDefined();
  }
  index.entities.forEach((e, i) => {
    expect(e.id).toBe(i);
    expect(index.mentions.some((m) => m.kind === 'name' && m.entities.includes(i))).toBe(true);
    expect(e.aliases).not.toContain(e.name);
    expect(new Set(e.aliases).size).toBe(e.aliases.length);
  });
}
