import type { Corpus } from '@liqa/core';
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { z } from 'zod';
import type { Answer } from '../answer.js';
import type { BotConfig } from '../config.js';
import type { FetchedText, FetchLimits } from '../fetch-article.js';
import type { Logger } from '../log.js';

/** What every command handler gets: the corpus, the configuration, a logger. */
export interface CommandContext {
  readonly corpus: Corpus;
  readonly config: BotConfig;
  readonly log: Logger;
  /** True in the terminal, where the user owns the machine (and may ingest local paths). */
  readonly local?: boolean;
  /** How to fetch pages and attachments; tests replace it. */
  readonly fetch?: (url: string, limits: FetchLimits) => Promise<FetchedText>;
}

/**
 * One slash command, in one file: its Discord definition (`data`), the zod schema of its options
 * (`input`), `run` (the answer, without Discord: the terminal calls it too) and, when its options
 * name people, `autocomplete`. The dispatcher in `client.ts` defers, validates and renders.
 */
export interface Command<Input = Record<string, unknown>> {
  readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  readonly input: z.ZodType<Input>;
  /** Option names in the order the terminal reads them without `name:` (`/between أكار باشاغا`). */
  readonly positional: readonly string[];
  /** The command changes the corpus: only members with Manage Server or an ingest role may use it. */
  readonly privileged?: boolean;
  /** One line of help, in Arabic and English. */
  readonly help: string;
  run(input: Input, ctx: CommandContext): Promise<Answer>;
  /** Discord only: read options a plain object cannot carry (attachments). */
  readOptions?(interaction: ChatInputCommandInteraction): Record<string, unknown>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
}
