import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { between } from '../../src/commands/between.js';
import { seedsContext } from '../helpers/seeds-corpus.js';

describe('/between', () => {
  let ctx: Awaited<ReturnType<typeof seedsContext>>;
  beforeAll(async () => {
    ctx = await seedsContext();
  });
  afterAll(() => ctx.corpus.close());

  it('gives every meeting of Akar and Bashagha, newest first, the Tripoli one with two sources', async () => {
    const answer = await between.run(between.input.parse({ a: 'أكار', b: 'فتحي باشاغا' }), ctx);
    expect(answer.title).toBe('لقاءات خلوصي أكار (Hulusi Akar) و فتحي باشاغا (Fathi Bashagha)');
    expect(answer.items.map((i) => i.heading)).toEqual([
      '2020-12-26 · لقاء',
      '2020-12-26 · لقاء · مقر وزارة داخلية الوفاق',
      '2020-08-17 · استقبال · فندق كورنثيا',
    ]);
    expect(answer.items[2]?.source?.label).toContain('+1 مصادر أخرى');
  });
});
