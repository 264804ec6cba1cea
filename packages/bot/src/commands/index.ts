import { between } from './between.js';
import type { Command } from './command.js';
import { graph } from './graph.js';
import { help } from './help.js';
import { ingest } from './ingest.js';
import { met } from './met.js';
import { person } from './person.js';
import { timeline } from './timeline.js';
import { when } from './when.js';

/** Every slash command, in the order `/help` lists them. */
export const COMMANDS: readonly Command<unknown>[] = [met, between, when, person, timeline, graph, ingest, help];

/** The command called `name`, if any. */
export function findCommand(name: string): Command<unknown> | undefined {
  return COMMANDS.find((c) => c.data.name === name);
}
