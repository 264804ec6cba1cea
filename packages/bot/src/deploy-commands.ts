import { REST, Routes } from 'discord.js';
import { COMMANDS } from './commands/index.js';
import { loadConfig } from './config.js';

/**
 * Registers the slash commands with Discord: for one server (`--guild ID`, or `DISCORD_GUILD_ID`;
 * instant, for development) or for every server (`--global`; may take up to an hour to appear).
 */
export async function deployCommands(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const config = loadConfig(env);
  if (!config.token || !config.applicationId) {
    throw new Error('set DISCORD_TOKEN and DISCORD_APP_ID to register the commands');
  }
  const guildFlag = argv.indexOf('--guild');
  const guild = guildFlag >= 0 ? argv[guildFlag + 1] : config.guildId;
  const global = argv.includes('--global');
  if (!global && !guild) throw new Error('give --guild ID (or DISCORD_GUILD_ID) for one server, or --global');
  const rest = new REST(config.api ? { api: config.api } : {}).setToken(config.token);
  const body = COMMANDS.map((c) => c.data.toJSON());
  const route = global
    ? Routes.applicationCommands(config.applicationId)
    : Routes.applicationGuildCommands(config.applicationId, guild as string);
  await rest.put(route, { body });
  return `registered ${body.length} commands ${global ? 'globally' : `for server ${guild}`}`;
}
