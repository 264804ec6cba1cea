import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '@liqa/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_AVAILABLE, readCorpus } from '../../../../test/helpers/corpus.js';
import { SHARED_DIR } from '../../../../test/helpers/seeds.js';
import type { PersonIndex } from '../../src/model.js';
import { findPersonsWith } from '../../src/persons/find-persons.js';
import { defaultPersonLexicon, type GazetteerAlias, type PersonLexicon } from '../../src/persons/lexicon.js';

interface GoldPerson {
  names: string[];
  en: string;
}
interface GoldLine {
  id: string;
  published?: string | null;
  meetings: { sides: GoldPerson[][] }[];
}

const GOLD_DIR = join(SHARED_DIR, 'gold');
const DEV = join(GOLD_DIR, 'dev.jsonl');
const SEEDS = join(GOLD_DIR, 'seeds.jsonl');
const available = CORPUS_AVAILABLE && existsSync(DEV) && existsSync(SEEDS);

const readGold = (file: string): GoldLine[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldLine);

/** Every name form of the gold participants. */
function goldNames(lines: readonly GoldLine[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines)
    for (const m of line.meetings)
      for (const side of m.sides) for (const p of side) for (const n of p.names) out.add(n);
  return out;
}

/** The default lexicon with every gazetteer person of the seed and dev gold left out. */
function withoutGoldPeople(names: ReadonlySet<string>): PersonLexicon {
  const base = defaultPersonLexicon();
  const gazetteer = new Map<string, readonly GazetteerAlias[]>();
  for (const [key, list] of base.gazetteer) {
    const kept = list.filter((a) => ![a.entry.name, ...a.entry.aliases].some((n) => names.has(n)));
    if (kept.length > 0) gazetteer.set(key, kept);
  }
  return { ...base, gazetteer, people: base.people.filter((p) => !names.has(p.name)) };
}

interface Recall {
  found: number;
  total: number;
  missed: string[];
}

/** Share of gold name forms present in the text that the index has as an entity name or alias. */
function recall(
  articles: ReadonlyMap<string, { text: string; title: string | null }>,
  gold: readonly GoldLine[],
  lexicon: PersonLexicon,
): Recall {
  const out: Recall = { found: 0, total: 0, missed: [] };
  for (const line of gold) {
    const source = articles.get(line.id);
    if (!source || line.meetings.length === 0) continue;
    const article = parseArticle({
      id: line.id,
      title: source.title,
      text: source.text,
      published: line.published ?? null,
    });
    const index: PersonIndex = findPersonsWith(article, lexicon);
    const forms = new Set(index.entities.flatMap((e) => [e.name, ...e.aliases]));
    const seen = new Set<string>();
    for (const m of line.meetings) {
      for (const side of m.sides) {
        for (const person of side) {
          for (const name of person.names) {
            if (seen.has(name) || !article.text.includes(name)) continue;
            seen.add(name);
            out.total++;
            if (forms.has(name)) out.found++;
            else out.missed.push(`${line.id}: ${name}`);
          }
        }
      }
    }
  }
  return out;
}

describe.runIf(available)('findPersons on the dev gold (SaudiNewsNet)', () => {
  const gold = available ? readGold(DEV) : [];
  const articles = new Map<string, { text: string; title: string | null }>();

  beforeAll(async () => {
    const wanted = new Set(gold.map((g) => g.id));
    for await (const a of readCorpus()) {
      if (!wanted.has(a.id)) continue;
      articles.set(a.id, { text: a.content, title: a.title || null });
      if (articles.size === wanted.size) break;
    }
  }, 120_000);

  it('finds the article of every gold line', () => {
    expect(articles.size).toBe(gold.length);
  });

  it('names almost every gold participant with the form the article uses', ({ annotate }) => {
    const r = recall(articles, gold, defaultPersonLexicon());
    annotate?.(
      `dev recall of name forms: ${r.found}/${r.total} = ${(r.found / r.total).toFixed(3)}; missed: ${r.missed.join('; ')}`,
    );
    expect(r.total).toBeGreaterThan(150);
    // Measured 153/166 = 0.922 with the gazetteer of public figures (people known only from one
    // gold article are not in it). Misses include a name right after a place name, الغامدي shared
    // by two persons, and short forms the text only writes inside the full name.
    expect(r.found / r.total).toBeGreaterThanOrEqual(0.9);
  });

  it('still names most of them when the gold people are taken out of the gazetteer', ({ annotate }) => {
    const lexicon = withoutGoldPeople(goldNames([...gold, ...readGold(SEEDS)]));
    const r = recall(articles, gold, lexicon);
    annotate?.(
      `dev recall without the gold people in the gazetteer: ${r.found}/${r.total} = ${(r.found / r.total).toFixed(3)}`,
    );
    // Measured 144/166 = 0.867: titles, roles, بن chains and given names do most of the work.
    expect(r.found / r.total).toBeGreaterThanOrEqual(0.83);
  });
});
