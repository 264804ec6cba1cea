import { Client, type ClientOptions, Events, GatewayIntentBits } from 'discord.js';
import type { CommandContext } from './commands/command.js';
import { createDispatchState, handleInteraction, NO_MENTIONS } from './dispatch.js';

/**
 * The Discord client: slash commands only, so the one intent it needs is Guilds (no message
 * content). discord.js reconnects and resumes the gateway session by itself, or starts a new one
 * when Discord ended it; the log says which (`gateway_reconnecting`, then `gateway_resumed` or
 * `gateway_ready`). `gateway_disconnected` means it gave up.
 */
export function createClient(ctx: CommandContext, options: Partial<ClientOptions> = {}): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(ctx.config.api ? { rest: { api: ctx.config.api } } : {}),
    ...options,
  });
  const state = createDispatchState(ctx);
  client.once(Events.ClientReady, (ready) => {
    ctx.log.info('ready', { user: ready.user.tag, guilds: ready.guilds.cache.size });
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, ctx, state);
  });
  client.on(Events.ShardDisconnect, (event, shard) =>
    ctx.log.warn('gateway_disconnected', { shard, code: event.code }),
  );
  client.on(Events.ShardReconnecting, (shard) => ctx.log.info('gateway_reconnecting', { shard }));
  client.on(Events.ShardResume, (shard) => ctx.log.info('gateway_resumed', { shard }));
  // A new session, at login or after Discord ended the old one (no resume): events missed between are lost.
  client.on(Events.ShardReady, (shard) => ctx.log.info('gateway_ready', { shard }));
  client.on(Events.Error, (error) => ctx.log.error('client_error', { error }));
  return client;
}

/** Logs the client in with the configured token. */
export async function startDiscord(ctx: CommandContext): Promise<Client> {
  const client = createClient(ctx);
  await client.login(ctx.config.token ?? undefined);
  return client;
}
