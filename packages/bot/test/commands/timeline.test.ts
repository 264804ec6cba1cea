import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeline } from '../../src/commands/timeline.js';
import { seedsContext } from '../helpers/seeds-corpus.js';

describe('/timeline', () => {
  let ctx: Awaited<ReturnType<typeof seedsContext>>;
  beforeAll(async () => {
    ctx = await seedsContext();
  });
  afterAll(() => ctx.corpus.close());

  it("puts Bashagha's meetings in time order, oldest first", async () => {
    const answer = await timeline.run(timeline.input.parse({ person: 'باشاغا' }), ctx);
    expect(answer.title).toBe('السجل الزمني: فتحي باشاغا (Fathi Bashagha)');
    const dates = answer.items.map((i) => i.heading.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2020-08-17');
  });
});
