import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graph } from '../../src/commands/graph.js';
import { seedsContext } from '../helpers/seeds-corpus.js';

describe('/graph', () => {
  let ctx: Awaited<ReturnType<typeof seedsContext>>;
  beforeAll(async () => {
    ctx = await seedsContext();
  });
  afterAll(() => ctx.corpus.close());

  it("answers with a PNG of Akar's meeting network", async () => {
    const answer = await graph.run(graph.input.parse({ person: 'أكار' }), ctx);
    expect(answer.image?.name).toBe('liqa-graph.png');
    expect(answer.image?.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(answer.summary).toMatch(/^\d+ أشخاص، \d+ صلات/);
  });

  it('keeps depth to 1 or 2', () => {
    expect(graph.input.safeParse({ person: 'أكار', depth: 3 }).success).toBe(false);
    expect(graph.input.parse({ person: 'أكار' }).depth).toBe(1);
  });
});
