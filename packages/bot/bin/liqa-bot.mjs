#!/usr/bin/env node
// `liqa-bot`: the Discord bot when DISCORD_TOKEN is set, else the same commands in this terminal.
//   liqa-bot [--data DIR] [--ingest PATH]… [--ask "/met أكار"]…
//   liqa-bot deploy --guild ID | --global     registers the slash commands
import { parseArgs } from 'node:util';
import { ConfigError, deployCommands, start } from '../dist/index.js';

try {
  if (process.argv[2] === 'deploy') {
    process.stdout.write(`${await deployCommands(process.argv.slice(3))}\n`);
  } else {
    const { values } = parseArgs({
      options: {
        data: { type: 'string' },
        ingest: { type: 'string', multiple: true },
        ask: { type: 'string', multiple: true },
      },
    });
    const env = { ...process.env };
    if (values.data) env.LIQA_DATA_DIR = values.data;
    if (values.ingest) env.LIQA_INGEST = [env.LIQA_INGEST, ...values.ingest].filter(Boolean).join(',');
    await start({ env, ask: values.ask ?? [] });
  }
} catch (error) {
  if (error instanceof ConfigError || error?.name === 'LiqaError' || error?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`liqa-bot: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
