#!/usr/bin/env node
// `liqa-bot`: the Discord bot with DISCORD_TOKEN set, else the same commands in this terminal.
// `liqa-bot deploy --guild ID | --global` registers the slash commands.
import { ConfigError, deployCommands, start } from '../dist/index.js';

try {
  if (process.argv[2] === 'deploy') {
    process.stdout.write(`${await deployCommands(process.argv.slice(3))}\n`);
  } else {
    await start();
  }
} catch (error) {
  if (error instanceof ConfigError || (error && error.name === 'LiqaError')) {
    process.stderr.write(`liqa-bot: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
