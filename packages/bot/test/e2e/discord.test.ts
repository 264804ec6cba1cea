// The bot end to end: the real discord.js Client, created by the bot's own createClient(), against
// a fake Discord on 127.0.0.1 (gateway over WebSocket, REST over HTTP), on the seeds' corpus.

import type { Client } from 'discord.js';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client.js';
import type { CommandContext } from '../../src/commands/command.js';
import { COMMANDS } from '../../src/commands/index.js';
import { loadConfig } from '../../src/config.js';
import { deployCommands } from '../../src/deploy-commands.js';
import { memoryLogger } from '../../src/log.js';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../fake-discord/fake-discord.js';
import { seedsCorpus } from '../helpers/seeds-corpus.js';

let fake: FakeDiscord;
let client: Client;
let ctx: CommandContext & { log: ReturnType<typeof memoryLogger> };

const MANAGE_GUILD = PermissionFlagsBits.ManageGuild.toString();
const READ_AND_WRITE = (PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages).toString();

const forToken = (token: string, route: string) => (r: RecordedRequest) =>
  r.route === route && r.params.token === token;
const CALLBACK = 'POST /v10/interactions/:id/:token/callback';
const EDIT = 'PATCH /v10/webhooks/:app/:token/messages/:message';
const FOLLOW_UP = 'POST /v10/webhooks/:app/:token';

function command(
  name: string,
  options: Array<{ name: string; value: string | number; type?: number; focused?: boolean }>,
  extra: { permissions?: string } = {},
) {
  return fake.sendInteraction({
    type: 2,
    data: { name, options: options.map((o) => ({ type: 3, ...o })) },
    permissions: extra.permissions,
  });
}

/** A /met for أكار after a failure is answered as usual, with Bashagha, whom he met. */
async function expectMetAnswered(): Promise<void> {
  const next = command('met', [{ name: 'person', value: 'أكار' }]);
  const edit = await fake.waitForRequest(forToken(next.token, EDIT));
  expect(JSON.stringify(edit.body)).toContain('Fathi Bashagha');
}

/** The gateway's log events so far, in order. */
const gatewayEvents = () => ctx.log.records.map((r) => r.event).filter((event) => event.startsWith('gateway_'));

/** Resolves once `condition` holds, checking every 10 ms (the test's timeout ends a wait that never does). */
async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  ctx = {
    corpus: await seedsCorpus(),
    config: loadConfig({
      DISCORD_TOKEN: fake.token,
      DISCORD_APP_ID: fake.applicationId,
      DISCORD_API: fake.restUrl,
      // Every test here asks as the same user; the limits have their own unit test.
      LIQA_RATE_PER_USER: '1000',
    }),
    log: memoryLogger(),
  };
  // Without the identify throttle's 5 s wait between logins, so that the reconnect test is quick.
  client = createClient(ctx, { ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) } as never });
  const ready = new Promise((resolve) => client.once('clientReady', resolve));
  await client.login(fake.token);
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await fake?.stop();
  await ctx?.corpus.close();
});

describe('the bot on a fake Discord', () => {
  it('answers /met person:أكار with a deferred reply, then an embed that pings nobody', async () => {
    const { token } = command('met', [{ name: 'person', value: 'أكار' }]);
    const deferred = await fake.waitForRequest(forToken(token, CALLBACK));
    expect(deferred.body).toMatchObject({ type: 5 });
    const edit = await fake.waitForRequest(forToken(token, EDIT));
    const body = edit.body as {
      embeds: Array<{ title: string; fields: Array<{ name: string; value: string }> }>;
      allowed_mentions: unknown;
    };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]?.title).toBe('من التقى خلوصي أكار (Hulusi Akar)');
    const names = body.embeds[0]?.fields.map((f) => f.name) ?? [];
    for (const name of [
      'فتحي باشاغا (Fathi Bashagha)',
      'صلاح الدين النمروش (Salah al-Din al-Namroush)',
      'فائز السراج (Fayez al-Sarraj)',
    ]) {
      expect(names).toContain(name);
    }
    expect(body.embeds[0]?.fields[0]?.value).toContain('> «');
  });

  it('completes a person option from what is typed, Latin or Arabic', async () => {
    for (const typed of ['Ak', 'أكا']) {
      const { token } = fake.sendInteraction({
        type: 4,
        data: { name: 'met', options: [{ type: 3, name: 'person', value: typed, focused: true }] },
      });
      const answer = await fake.waitForRequest(forToken(token, CALLBACK));
      const { type, data } = answer.body as { type: number; data: { choices: Array<{ name: string; value: string }> } };
      expect(type).toBe(8);
      expect(data.choices.map((c) => c.value)).toContain('hulusi-akar');
    }
  });

  it('refuses /ingest to a member without Manage Server, privately', async () => {
    const { token } = command('ingest', [{ name: 'url', value: 'https://news.example/a' }], {
      permissions: READ_AND_WRITE,
    });
    const reply = await fake.waitForRequest(forToken(token, CALLBACK));
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect((reply.body as { data: { content: string } }).data.content).toContain('Manage Server');
  });

  it('lets a member with Manage Server past the permission check', async () => {
    // The address is refused for being internal: the refusal comes from the fetch, not the permission.
    const { token } = command('ingest', [{ name: 'url', value: 'http://127.0.0.1:9/a' }], {
      permissions: MANAGE_GUILD,
    });
    const followUp = await fake.waitForRequest(forToken(token, FOLLOW_UP));
    expect(followUp.body).toMatchObject({ flags: 64 });
    expect((followUp.body as { content: string }).content).toContain('not allowed');
  });

  it('cannot be made to ping by a mention-laden article', async () => {
    await ctx.corpus.ingestArticles([
      {
        id: 'hostile',
        published: '2021-03-01',
        text: 'استقبل الرئيس رجب طيب أردوغان اليوم في أنقرة الرئيس الفرنسي إيمانويل ماكرون @everyone <@123456789012345678> [انقر](https://evil.example).',
      },
    ]);
    const { token } = command('met', [{ name: 'person', value: 'ماكرون' }]);
    const edit = await fake.waitForRequest(forToken(token, EDIT));
    const text = JSON.stringify(edit.body);
    expect(text).toContain('everyone');
    expect(text).not.toMatch(/@everyone|<@1234|\]\(https:\/\/evil/);
    expect((edit.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });
  });

  it('pages a long answer with buttons that flip it', async () => {
    const { token } = command('timeline', [{ name: 'person', value: 'Akar' }]);
    const edit = await fake.waitForRequest(forToken(token, EDIT));
    const components = (
      edit.body as { components: Array<{ components: Array<{ custom_id: string; disabled?: boolean }> }> }
    ).components;
    const next = components[0]?.components[2];
    expect(next?.disabled).toBe(false);
    const press = fake.sendInteraction({ type: 3, data: { custom_id: next?.custom_id, component_type: 2 } });
    const update = await fake.waitForRequest(forToken(press.token, CALLBACK));
    expect(update.body).toMatchObject({ type: 7 });
    expect(JSON.stringify(update.body)).toContain('2/2');
  });

  it('answers /graph with a PNG attachment shown in the embed', async () => {
    const { token } = command('graph', [{ name: 'person', value: 'أكار' }]);
    const edit = await fake.waitForRequest(forToken(token, EDIT));
    expect(edit.files.map((f) => [f.name, f.contentType])).toEqual([['liqa-graph.png', 'image/png']]);
    expect(JSON.stringify(edit.body)).toContain('attachment://liqa-graph.png');
  });

  it('survives a handler error: logged, answered privately, and the next command works', async () => {
    const original = ctx.corpus.whoMet.bind(ctx.corpus);
    ctx.corpus.whoMet = async () => {
      throw new Error('disk on fire');
    };
    const failing = command('met', [{ name: 'person', value: 'أكار' }]);
    const apology = await fake.waitForRequest(forToken(failing.token, FOLLOW_UP));
    expect(apology.body).toMatchObject({ flags: 64 });
    expect((apology.body as { content: string }).content).toContain(`incident ${failing.id}`);
    const logged = ctx.log.records.find((r) => r.event === 'interaction_failed' && r.fields?.incident === failing.id);
    expect(logged).toMatchObject({ level: 'error', fields: { command: 'met', guild: fake.guildId } });
    expect(logged?.fields?.error).toMatchObject({ message: 'disk on fire' });
    ctx.corpus.whoMet = original;
    await expectMetAnswered();
  });

  it('survives an error it cannot even report (Discord answers 500 to the apology), and serves the next command', async () => {
    const original = ctx.corpus.whoMet.bind(ctx.corpus);
    ctx.corpus.whoMet = async () => {
      throw new Error('disk on fire again');
    };
    let failing: { id: string; token: string } | null = null;
    const release = fake.intercept((request) =>
      failing && request.params.token === failing.token && request.route === FOLLOW_UP
        ? { status: 500, body: { message: '500: Internal Server Error', code: 0 } }
        : undefined,
    );
    try {
      failing = command('met', [{ name: 'person', value: 'أكار' }]);
      const token = failing.token;
      await fake.waitForRequest(forToken(token, FOLLOW_UP));
      await waitFor(() =>
        ctx.log.records.some((r) => r.event === 'reply_failed' && r.fields?.incident === failing?.id),
      );
      expect(
        ctx.log.records.find((r) => r.event === 'interaction_failed' && r.fields?.incident === failing?.id),
      ).toBeDefined();
    } finally {
      release();
      ctx.corpus.whoMet = original;
    }
    await expectMetAnswered();
  });

  it('answers no choices when autocomplete fails, logs it, and completes the next name', async () => {
    const original = ctx.corpus.suggest.bind(ctx.corpus);
    ctx.corpus.suggest = async () => {
      throw new Error('index gone');
    };
    const typing = (value: string) =>
      fake.sendInteraction({
        type: 4,
        data: { name: 'met', options: [{ type: 3, name: 'person', value, focused: true }] },
      });
    try {
      const failing = typing('Ak');
      const answer = await fake.waitForRequest(forToken(failing.token, CALLBACK));
      expect(answer.body).toMatchObject({ type: 8, data: { choices: [] } });
      expect(
        ctx.log.records.find((r) => r.event === 'interaction_failed' && r.fields?.incident === failing.id),
      ).toBeDefined();
    } finally {
      ctx.corpus.suggest = original;
    }
    const next = typing('Ak');
    const answer = await fake.waitForRequest(forToken(next.token, CALLBACK));
    expect(JSON.stringify(answer.body)).toContain('hulusi-akar');
  });

  it('reconnects when the gateway drops, and answers the next command', async () => {
    expect(fake.closeConnections(4000)).toBe(1);
    await fake.waitForSession();
    const { token } = command('when', [
      { name: 'a', value: 'Akar' },
      { name: 'b', value: 'Sarraj' },
    ]);
    const edit = await fake.waitForRequest(forToken(token, EDIT));
    expect(JSON.stringify(edit.body)).toContain('2020-08-17');
    // The log says the gateway dropped and the session went on.
    expect(gatewayEvents().slice(-2)).toEqual(['gateway_reconnecting', 'gateway_resumed']);
  });

  it('identifies again when the gateway ends the session (close 1000), and answers the next command', async () => {
    const identified = fake.identifies;
    expect(fake.closeConnections(1000)).toBe(1);
    await fake.waitForIdentify(identified + 1);
    await fake.waitForSession();
    const { token } = command('between', [
      { name: 'a', value: 'Akar' },
      { name: 'b', value: 'Bashagha' },
    ]);
    const edit = await fake.waitForRequest(forToken(token, EDIT));
    expect(JSON.stringify(edit.body)).toContain('Fathi Bashagha');
    // A new session this time, not a resumed one.
    expect(gatewayEvents().slice(-2)).toEqual(['gateway_reconnecting', 'gateway_ready']);
  });

  it('registers its slash commands for one server', async () => {
    const env = { DISCORD_TOKEN: fake.token, DISCORD_APP_ID: fake.applicationId, DISCORD_API: fake.restUrl };
    expect(await deployCommands(['--guild', fake.guildId], env)).toBe(
      `registered ${COMMANDS.length} commands for server ${fake.guildId}`,
    );
    expect(fake.commands(fake.guildId).map((c) => c.name)).toEqual(COMMANDS.map((c) => c.data.name));
    await expect(deployCommands([], env)).rejects.toThrow('give --guild ID');
  });
});
