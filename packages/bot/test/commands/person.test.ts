import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { person } from '../../src/commands/person.js';
import { seedsContext } from '../helpers/seeds-corpus.js';

describe('/person', () => {
  let ctx: Awaited<ReturnType<typeof seedsContext>>;
  beforeAll(async () => {
    ctx = await seedsContext();
  });
  afterAll(() => ctx.corpus.close());

  it('tells who Akar is from any spelling: name, Latin spelling, other spellings, roles, counts', async () => {
    for (const query of ['Akar', 'آكار', 'اكار']) {
      const answer = await person.run({ query }, ctx);
      expect(answer.items[0]?.heading, query).toBe('خلوصي أكار (Hulusi Akar)');
    }
    const [akar] = (await person.run({ query: 'Akar' }, ctx)).items;
    expect(akar?.lines.join('\n')).toMatch(/أسماء أخرى: .*خلوصي آكار/);
    expect(akar?.lines.join('\n')).toMatch(/الصفة: وزير الدفاع/);
    expect(akar?.lines[0]).toMatch(/^\d+ لقاءات في 3 مقالات/);
  });

  it('answers an unknown name with nobody, not an error', async () => {
    const answer = await person.run({ query: 'Zzyzx Qwerty' }, ctx);
    expect(answer.items).toEqual([]);
    expect(answer.summary).toContain('Nobody');
  });
});
