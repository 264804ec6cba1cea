import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { met } from '../../src/commands/met.js';
import { seedsContext } from '../helpers/seeds-corpus.js';

describe('/met', () => {
  let ctx: Awaited<ReturnType<typeof seedsContext>>;
  beforeAll(async () => {
    ctx = await seedsContext();
  });
  afterAll(() => ctx.corpus.close());

  it('lists everyone Akar met, newest first, each with the evidence and its source', async () => {
    const answer = await met.run(met.input.parse({ person: 'أكار' }), ctx);
    expect(answer.title).toBe('من التقى خلوصي أكار (Hulusi Akar)');
    const headings = answer.items.map((i) => i.heading);
    for (const name of ['فتحي باشاغا', 'صلاح الدين النمروش', 'خالد المشري', 'فائز السراج', 'خالد بن محمد العطية']) {
      expect(
        headings.some((h) => h.startsWith(name)),
        name,
      ).toBe(true);
    }
    const bashagha = answer.items.find((i) => i.heading.startsWith('فتحي باشاغا'));
    expect(bashagha?.lines[0]).toBe('2020-12-26 · لقاء');
    expect(bashagha?.lines).toContain('+ 2020-08-17 · استقبال · فندق كورنثيا');
    expect(bashagha?.quote).toContain('فتحي باشاغا');
    expect(bashagha?.source?.label).toContain('2020-12-27');
  });

  it('finds the person by a Latin spelling and filters by date', async () => {
    const answer = await met.run(met.input.parse({ person: 'Akar', from: '2020-08', to: '2020-08-31' }), ctx);
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.items.every((i) => i.lines[0]?.startsWith('2020-08'))).toBe(true);
  });

  it('refuses a bad date and an empty name before running', () => {
    expect(met.input.safeParse({ person: 'أكار', from: 'August' }).success).toBe(false);
    expect(met.input.safeParse({ person: '   ' }).success).toBe(false);
  });

  it('says clearly when nobody has the name', async () => {
    await expect(met.run(met.input.parse({ person: 'Zzyzx' }), ctx)).rejects.toMatchObject({
      code: 'person_not_found',
    });
  });
});
