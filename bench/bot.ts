// The bot's handler latency without the network: handleInteraction() of @liqa/bot on /met and on
// autocomplete, over the full-corpus store, with interactions that stand in for discord.js's.
import { createDispatchState, handleInteraction, loadConfig, memoryLogger } from '@liqa/bot';
import { openCorpus } from '@liqa/core';
import { Bench } from 'tinybench';
import { drawQueries } from './queries.js';
import { ms, table } from './stats.js';
import { openTarget, type StoreTarget } from './store-target.js';

type Interaction = Parameters<typeof handleInteraction>[0];

let nextId = 0;

/** The part of a discord.js interaction the handler uses; replies go nowhere. */
function interaction(kind: 'command' | 'autocomplete', value: string): Interaction {
  const id = String(++nextId);
  const fake = {
    id,
    commandName: 'met',
    // A user per interaction, no server: the rate limits never apply.
    user: { id },
    guildId: null,
    member: null,
    memberPermissions: null,
    deferred: false,
    replied: false,
    responded: false,
    isAutocomplete: () => kind === 'autocomplete',
    isButton: () => false,
    isChatInputCommand: () => kind === 'command',
    isCommand: () => kind === 'command',
    options: { data: [{ name: 'person', value }], getFocused: () => value },
    async deferReply() {
      fake.deferred = true;
    },
    async editReply() {},
    async reply() {
      fake.replied = true;
    },
    async followUp() {},
    async deleteReply() {},
    async respond() {
      fake.responded = true;
    },
  };
  return fake as unknown as Interaction;
}

export async function benchBot(target: StoreTarget, count: number, log: (line: string) => void): Promise<string> {
  const corpus = await openCorpus({ store: await openTarget(target) });
  try {
    const ctx = { corpus, config: loadConfig({ LIQA_RATE_PER_USER: '1000000' }), log: memoryLogger() };
    const state = createDispatchState(ctx);
    const { names, prefixes } = drawQueries(await corpus.snapshot(), count);
    let i = 0;
    let j = 0;
    const bench = new Bench({ iterations: count, time: 0, warmupIterations: 200, warmupTime: 0 });
    bench
      .add('/met', () => handleInteraction(interaction('command', names[i++ % names.length] as string), ctx, state))
      .add('autocomplete', () =>
        handleInteraction(interaction('autocomplete', prefixes[j++ % prefixes.length] as string), ctx, state),
      );
    await bench.run();
    const rows = bench.tasks.map((task) => {
      const latency = task.result?.latency;
      log(`bot ${task.name}: p50 ${ms(latency?.p50 ?? Number.NaN)}, p99 ${ms(latency?.p99 ?? Number.NaN)}`);
      return [task.name, ms(latency?.p50 ?? Number.NaN), ms(latency?.p99 ?? Number.NaN)];
    });
    const failures = ctx.log.records.filter((r) => r.level === 'error').length;
    return [
      '## Bot handler latency',
      '',
      `\`handleInteraction()\` of @liqa/bot, without the network (the replies go nowhere), on the embedded full-corpus store: ${count.toLocaleString('en')} \`/met\` commands (answer, embed, pages) and as many autocompletions, drawn like the queries above. Handler errors logged: ${failures}.`,
      '',
      table(['interaction', 'p50', 'p99'], rows),
      '',
    ].join('\n');
  } finally {
    await corpus.close();
  }
}
