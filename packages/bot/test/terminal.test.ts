import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLine, runLine, runTerminal } from '../src/terminal.js';
import { seedsContext } from './helpers/seeds-corpus.js';

describe('parseLine', () => {
  it('fills options in order, the last one taking the rest of the words', () => {
    expect(parseLine('/met فتحي باشاغا')).toEqual({ name: 'met', options: { person: 'فتحي باشاغا' } });
    expect(parseLine('/between أكار "فتحي باشاغا"')).toEqual({
      name: 'between',
      options: { a: 'أكار', b: 'فتحي باشاغا' },
    });
    expect(parseLine('/between b:Akar a:«فتحي باشاغا»')).toEqual({
      name: 'between',
      options: { a: 'فتحي باشاغا', b: 'Akar' },
    });
    expect(parseLine('/met أكار from:2020-08 kind:reception')).toEqual({
      name: 'met',
      options: { person: 'أكار', from: '2020-08', kind: 'reception' },
    });
  });
});

describe('the terminal', () => {
  let ctx: Awaited<ReturnType<typeof seedsContext>>;
  beforeAll(async () => {
    ctx = await seedsContext();
  });
  afterAll(() => ctx.corpus.close());

  it('answers like the bot, in text', async () => {
    const text = await runLine('/between أكار باشاغا', ctx);
    expect(text).toMatch(/^لقاءات خلوصي أكار \(Hulusi Akar\) و فتحي باشاغا \(Fathi Bashagha\)\n3 لقاءات/);
    expect(text).toContain('«استقبل وزير الداخلية');
  });

  it('explains a wrong command or option instead of failing', async () => {
    expect(await runLine('/meet أكار', ctx)).toMatch(/^Unknown command \/meet\. Commands: \/met/);
    expect(await runLine('/met', ctx)).toContain('give a name');
    expect(await runLine('/met Zzyzx', ctx)).toMatch(/no person in the corpus/);
  });

  it('writes the graph to a PNG file and prints its path', async () => {
    const text = await runLine('/graph أكار', ctx);
    expect(text).toMatch(/picture: \S+\.png$/);
  });

  it('reads lines until /quit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk) => {
      shown += chunk;
    });
    const done = runTerminal(ctx, input, output, ['/when Akar Sarraj']);
    input.end('/person Akar\n/quit\n/met أكار\n');
    await done;
    expect(shown).toContain('liqa> /when Akar Sarraj');
    expect(shown).toContain('2020-08-17');
    expect(shown).toContain('خلوصي أكار (Hulusi Akar)');
    expect(shown).not.toContain('من التقى');
  });
});
