import { inflateSync, constants as zlibConstants } from 'node:zlib';
import { Client, type ClientEvents, DiscordAPIError, GatewayIntentBits, type Interaction } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from './fake-discord.js';

/** The real discord.js client against the fake; both are torn down after each test. */
let fake: FakeDiscord | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await fake?.stop();
  client = undefined;
  fake = undefined;
});

function nextEvent<E extends keyof ClientEvents>(emitter: Client, event: E): Promise<ClientEvents[E]> {
  return new Promise((resolve) => emitter.once(event, (...args) => resolve(args)));
}

async function connect(
  clientOptions: Partial<ConstructorParameters<typeof Client>[0]> = {},
): Promise<{ fake: FakeDiscord; client: Client<true> }> {
  fake = await startFakeDiscord();
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restUrl }, ...clientOptions });
  const ready = nextEvent(client, 'clientReady');
  await client.login(fake.token);
  const [readyClient] = await ready;
  return { fake, client: readyClient };
}

async function nextInteraction(emitter: Client): Promise<Interaction> {
  const [interaction] = await nextEvent(emitter, 'interactionCreate');
  return interaction;
}

const callbackOf = (id: string) => (request: RecordedRequest) =>
  request.route === 'POST /v10/interactions/:id/:token/callback' && request.params.id === id;

/** A PNG signature and IHDR header for a 1200×800 picture: enough for content-type sniffing and the size. */
function pngHeader(): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(1200, 16);
  header.writeUInt32BE(800, 20);
  header.writeUInt8(8, 24);
  header.writeUInt8(6, 25);
  return header;
}

describe('fake Discord, with the real discord.js Client', () => {
  it('lets the client log in: gateway/bot over REST, IDENTIFY, READY and the guild', async () => {
    const { fake, client } = await connect();

    expect(client.user.id).toBe(fake.botUser.id);
    expect(client.application.id).toBe(fake.applicationId);
    const channel = client.guilds.cache.get(fake.guildId)?.channels.cache.get(fake.channelId);
    expect(channel?.isTextBased()).toBe(true);
    expect(fake.identifies).toBe(1);

    const gateway = await fake.waitForRequest((request) => request.path === '/v10/gateway/bot');
    expect(gateway.headers.authorization).toBe(`Bot ${fake.token}`);
    expect(fake.gatewayUrls[0]).toMatch(/^\/\?v=10&encoding=json/);
    const identify = fake.gatewayReceived.find((payload) => payload.op === 2);
    expect(identify?.d).toMatchObject({ token: fake.token, intents: GatewayIntentBits.Guilds, shard: [0, 1] });
  });

  it('refuses a wrong token on REST and answers unknown routes with a recorded 404', async () => {
    fake = await startFakeDiscord();
    const wrong = await fetch(`${fake.restUrl}/v10/users/@me`, { headers: { authorization: 'Bot nope' } });
    expect(wrong.status).toBe(401);

    client = new Client({ intents: [], rest: { api: fake.restUrl } });
    client.rest.setToken(fake.token);
    const error = await client.rest.get('/channels/123/messages').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).status).toBe(404);
    const unknown = await fake.waitForRequest((request) => request.path === '/v10/channels/123/messages');
    expect(unknown).toMatchObject({ method: 'GET', route: null, status: 404 });
  });

  it('delivers a slash command; deferReply then editReply are recorded with their bodies', async () => {
    const { fake, client } = await connect();
    const received = nextInteraction(client);
    const sent = fake.sendInteraction({ type: 2, data: { name: 'ping', type: 1 } });
    const interaction = await received;

    if (!interaction.isChatInputCommand()) throw new Error(`expected a chat input command, got ${interaction.type}`);
    expect(interaction.id).toBe(sent.id);
    expect(interaction.commandName).toBe('ping');
    expect(interaction.guildId).toBe(fake.guildId);
    expect(interaction.channelId).toBe(fake.channelId);
    expect(interaction.user.id).toBe(fake.user.id);

    await interaction.deferReply();
    const embeds = [{ title: 'لقاء', description: 'أكار met Lavrov' }];
    const reply = await interaction.editReply({ content: 'pong', embeds, allowedMentions: { parse: [] } });
    expect(reply.content).toBe('pong');
    expect(reply.author.id).toBe(fake.botUser.id);

    const deferred = await fake.waitForRequest(callbackOf(sent.id));
    expect(deferred).toMatchObject({ status: 204, query: { with_response: 'false' }, body: { type: 5 } });
    const edit = await fake.waitForRequest((request) => request.method === 'PATCH');
    expect(edit.path).toBe(`/v10/webhooks/${fake.applicationId}/${sent.token}/messages/@original`);
    expect(edit.headers.authorization).toBeUndefined();
    expect(edit.body).toMatchObject({ content: 'pong', embeds, allowed_mentions: { parse: [] } });
    expect(edit.response).toMatchObject({ content: 'pong', embeds: [{ ...embeds[0], type: 'rich' }], flags: 0 });
  });

  it('records an autocomplete answer as callback type 8 with its choices', async () => {
    const { fake, client } = await connect();
    const received = nextInteraction(client);
    const sent = fake.sendInteraction({
      type: 4,
      data: { name: 'who-met', type: 1, options: [{ name: 'person', type: 3, value: 'أك', focused: true }] },
    });
    const interaction = await received;

    if (!interaction.isAutocomplete()) throw new Error(`expected autocomplete, got ${interaction.type}`);
    expect(interaction.options.getFocused()).toBe('أك');
    await interaction.respond([{ name: 'أكار', value: 'akar' }]);

    const answer = await fake.waitForRequest(callbackOf(sent.id));
    expect(answer.status).toBe(204);
    expect(answer.body).toEqual({ type: 8, data: { choices: [{ name: 'أكار', value: 'akar' }] } });
  });

  it('records a reply with a file as multipart: payload_json and the file', async () => {
    const { fake, client } = await connect();
    const received = nextInteraction(client);
    const sent = fake.sendInteraction({ type: 2, data: { name: 'graph', type: 1 } });
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');

    const png = pngHeader();
    await interaction.reply({ files: [{ attachment: png, name: 'graph.png' }] });

    const request = await fake.waitForRequest(callbackOf(sent.id));
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request.body).toMatchObject({ type: 4, data: { attachments: [{ id: '0' }] } });
    expect(request.files).toHaveLength(1);
    expect(request.files[0]).toMatchObject({
      field: 'files[0]',
      name: 'graph.png',
      size: png.length,
      contentType: 'image/png',
    });
    expect(request.files[0]?.data.equals(png)).toBe(true);

    const message = await interaction.fetchReply();
    const attachment = message.attachments.first();
    expect(attachment).toMatchObject({ name: 'graph.png', contentType: 'image/png', width: 1200, height: 800 });
    const download = await fetch(attachment?.url ?? '');
    expect(Buffer.from(await download.arrayBuffer()).equals(png)).toBe(true);
  });

  it('keeps answering after the gateway drops the connection: the client resumes', async () => {
    const { fake, client } = await connect();
    expect(fake.closeConnections()).toBe(1);
    await fake.waitForSession();
    expect(fake.resumes).toBe(1);
    expect(fake.identifies).toBe(1);
    const resume = fake.gatewayReceived.find((payload) => payload.op === 6);
    expect(resume?.d).toMatchObject({ token: fake.token, seq: 2 });

    const received = nextInteraction(client);
    const sent = fake.sendInteraction({ type: 2, data: { name: 'ping', type: 1 } });
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    await interaction.reply({ content: 'still here' });
    const answer = await fake.waitForRequest(callbackOf(sent.id));
    expect(answer.body).toMatchObject({ type: 4, data: { content: 'still here' } });
  });

  it('keeps answering after a close that invalidates the session: the client identifies again', async () => {
    // @discordjs/ws waits 5 s between two IDENTIFYs; a test that wants it sooner passes no-op throttling.
    const { fake, client } = await connect({
      ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
    });
    fake.closeConnections(1000);
    await fake.waitForIdentify(2);
    await fake.waitForSession();

    const received = nextInteraction(client);
    fake.sendInteraction({ type: 2, data: { name: 'ping', type: 1 } });
    const interaction = await received;
    expect(interaction.isChatInputCommand()).toBe(true);
    expect(fake.resumes).toBe(0);
  });

  it('registers commands, echoing them with ids that later interactions carry', async () => {
    const { fake, client } = await connect();
    const commands = await client.application.commands.set(
      [{ name: 'who-met', description: 'Who met whom', options: [{ name: 'person', description: 'A name', type: 3 }] }],
      fake.guildId,
    );
    const registered = commands.first();
    expect(registered?.name).toBe('who-met');
    expect(fake.commands(fake.guildId)).toHaveLength(1);

    const received = nextInteraction(client);
    fake.sendInteraction({
      type: 2,
      data: { name: 'who-met', type: 1, options: [{ name: 'person', type: 3, value: 'x' }] },
    });
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat input command');
    expect(interaction.commandId).toBe(registered?.id);
    expect(interaction.commandGuildId).toBe(fake.guildId);
    expect(interaction.options.getString('person')).toBe('x');

    const bad = client.application.commands.set([{ name: 'Who Met', description: 'capitals and a space' }]);
    await expect(bad).rejects.toMatchObject({ status: 400, code: 50035 });
  });

  it('answers a button press and follows up', async () => {
    const { fake, client } = await connect();
    const received = nextInteraction(client);
    const sent = fake.sendInteraction({ type: 3, data: { custom_id: 'more', component_type: 2 } });
    const interaction = await received;
    if (!interaction.isButton()) throw new Error('expected a button');
    expect(interaction.customId).toBe('more');

    await interaction.update({ content: 'updated', components: [] });
    const followUp = await interaction.followUp({ content: 'and one more thing' });
    expect(followUp.content).toBe('and one more thing');
    const update = await fake.waitForRequest(callbackOf(sent.id));
    expect(update.body).toMatchObject({ type: 7, data: { content: 'updated', components: [] } });
    expect(fake.messages.get(interaction.message.id)?.content).toBe('updated');
  });

  it('enforces the rules Discord enforces on interaction responses', async () => {
    fake = await startFakeDiscord();
    client = new Client({ intents: [], rest: { api: fake.restUrl } });
    await client.login(fake.token);
    await fake.waitForSession();
    const { id, token } = fake.sendInteraction({ type: 2, data: { name: 'ping', type: 1 } });
    const post = (path: string, body: unknown) =>
      fetch(`${fake?.restUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (response) => ({ status: response.status, body: await response.json().catch(() => null) }));

    expect(await post(`/v10/interactions/${id}/wrong/callback`, { type: 4, data: { content: 'x' } })).toMatchObject({
      status: 404,
      body: { code: 10062 },
    });
    expect(await post(`/v10/interactions/${id}/${token}/callback`, { type: 4, data: {} })).toMatchObject({
      status: 400,
      body: { code: 50006 },
    });
    expect(
      await post(`/v10/interactions/${id}/${token}/callback`, { type: 4, data: { content: 'x'.repeat(2001) } }),
    ).toMatchObject({ status: 400, body: { code: 50035, errors: { data: { content: { _errors: [{}] } } } } });
    const first = await post(`/v10/interactions/${id}/${token}/callback?with_response=true`, {
      type: 4,
      data: { content: 'ok' },
    });
    expect(first).toMatchObject({
      status: 200,
      body: { interaction: { id, type: 2 }, resource: { type: 4, message: { content: 'ok' } } },
    });
    expect(await post(`/v10/interactions/${id}/${token}/callback`, { type: 4, data: { content: 'x' } })).toMatchObject({
      status: 400,
      body: { code: 40060 },
    });
  });
});

describe('fake Discord gateway, raw', () => {
  it('speaks zlib-stream when the client asks for it (as @discordjs/ws does with zlib-sync installed)', async () => {
    fake = await startFakeDiscord();
    const socket = new WebSocket(`${fake.gatewayUrl}/?v=10&encoding=json&compress=zlib-stream`);
    const frames: Buffer[] = [];
    const payloads: { op: number; t: string | null; s: number | null; d: unknown }[] = [];
    let decoded = 0;
    const waitForPayloads = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (payloads.length >= count) resolve();
          else socket.once('message', () => setImmediate(check));
        };
        check();
      });
    socket.on('message', (data: Buffer) => {
      frames.push(data);
      // One deflate context for the whole connection: inflate everything so far, keep the new text.
      const text = inflateSync(Buffer.concat(frames), { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8');
      payloads.push(JSON.parse(text.slice(decoded)));
      decoded = text.length;
    });

    await waitForPayloads(1);
    expect(payloads[0]).toMatchObject({ op: 10, d: { heartbeat_interval: 45_000 } });
    socket.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 1, properties: {} } }));
    await waitForPayloads(3);
    expect(payloads.slice(1).map(({ t, s }) => [t, s])).toEqual([
      ['READY', 1],
      ['GUILD_CREATE', 2],
    ]);
    socket.send(JSON.stringify({ op: 1, d: 2 }));
    await waitForPayloads(4);
    expect(payloads[3]).toMatchObject({ op: 11 });
    socket.close();
  });
});
