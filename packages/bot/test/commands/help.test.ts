import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { help } from '../../src/commands/help.js';
import { COMMANDS } from '../../src/commands/index.js';
import { seedsContext } from '../helpers/seeds-corpus.js';

describe('/help', () => {
  let ctx: Awaited<ReturnType<typeof seedsContext>>;
  beforeAll(async () => {
    ctx = await seedsContext();
  });
  afterAll(() => ctx.corpus.close());

  it('lists every command and what the corpus holds', async () => {
    const answer = await help.run({}, ctx);
    expect(answer.items.map((i) => i.heading)).toEqual(COMMANDS.map((c) => `/${c.data.name}`));
    expect(answer.summary).toContain('5 articles');
  });

  it('has command definitions Discord accepts (names, descriptions within limits, required options first)', () => {
    for (const command of COMMANDS) {
      const json = command.data.toJSON();
      expect(json.name).toMatch(/^[a-z]{1,32}$/);
      expect(json.description.length).toBeLessThanOrEqual(100);
      const required = (json.options ?? []).map((o) => ('required' in o && o.required) === true);
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
  });
});
