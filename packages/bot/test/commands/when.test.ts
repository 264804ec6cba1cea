import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { when } from '../../src/commands/when.js';
import { seedsContext } from '../helpers/seeds-corpus.js';

describe('/when', () => {
  let ctx: Awaited<ReturnType<typeof seedsContext>>;
  beforeAll(async () => {
    ctx = await seedsContext();
  });
  afterAll(() => ctx.corpus.close());

  it('gives only the dates, with how many papers report each', async () => {
    const answer = await when.run(when.input.parse({ a: 'Akar', b: 'Sarraj' }), ctx);
    expect(answer.items.map((i) => i.heading)).toEqual(['2020-12-26', '2020-08-17']);
    expect(answer.items[1]?.lines[0]).toBe('مباحثات · 1 مصادر');
  });

  it('says when two people never met', async () => {
    const answer = await when.run(when.input.parse({ a: 'حفتر', b: 'أردوغان' }), ctx);
    expect(answer.items).toEqual([]);
    expect(answer.summary).toContain('never met');
  });
});
