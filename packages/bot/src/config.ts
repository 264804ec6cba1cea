import { z } from 'zod';

/**
 * The bot's configuration, read from the environment and validated at start: every missing or
 * wrong value gets its own message, naming the variable.
 */

const SNOWFLAKE = /^\d{17,20}$/;
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1).optional().describe('bot token; without it the bot runs in the terminal'),
  DISCORD_APP_ID: z.string().regex(SNOWFLAKE, 'must be the application id, a number of 17 to 20 digits').optional(),
  DISCORD_GUILD_ID: z.string().regex(SNOWFLAKE, 'must be a server (guild) id, a number of 17 to 20 digits').optional(),
  /** Discord's API base; only tests change it. */
  DISCORD_API: z.url().optional(),
  LIQA_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /** Comma-separated files or folders to ingest before answering (the README's demo ingests seeds/). */
  LIQA_INGEST: z.string().optional(),
  /** Role ids or names (comma-separated) allowed to use /ingest besides members with Manage Server. */
  LIQA_INGEST_ROLES: z.string().optional(),
  LIQA_RATE_PER_USER: positiveInt(10).describe('commands per user per minute'),
  LIQA_RATE_PER_GUILD: positiveInt(60).describe('commands per server per minute'),
  LIQA_MAX_ATTACHMENT_BYTES: positiveInt(5_000_000).describe('largest file /ingest takes, in bytes'),
  LIQA_MAX_FETCH_BYTES: positiveInt(5_000_000).describe('largest page /ingest fetches, in bytes'),
  LIQA_FETCH_TIMEOUT_MS: positiveInt(10_000).describe('time limit of a whole page fetch, redirects included'),
  LIQA_MAX_INGEST_ARTICLES: positiveInt(1_000).describe('most articles one /ingest reads'),
  // 30 times the longest SaudiNewsNet article: a longer one would hold the bot for seconds.
  LIQA_MAX_ARTICLE_LENGTH: positiveInt(1_000_000).describe('longest article /ingest takes, in characters'),
});

/** The validated configuration. */
export interface BotConfig {
  readonly token: string | null;
  readonly applicationId: string | null;
  readonly guildId: string | null;
  readonly api: string | null;
  readonly dataDir: string | undefined;
  readonly databaseUrl: string | undefined;
  readonly ingestOnStart: readonly string[];
  readonly ingestRoles: readonly string[];
  readonly limits: {
    readonly perUserPerMinute: number;
    readonly perGuildPerMinute: number;
    readonly maxAttachmentBytes: number;
    readonly maxFetchBytes: number;
    /** Time limit of a whole fetch (page or attachment), redirects and body included. */
    readonly fetchTimeoutMs: number;
    /** Most articles one `/ingest` reads (a JSONL file); past it, the rest is left unread. */
    readonly maxIngestArticles: number;
    /** Longest article `/ingest` takes, in characters. */
    readonly maxArticleLength: number;
  };
}

/** A configuration that cannot be used: one line per problem, each naming its variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`the bot's configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads and checks the configuration from `env` (by default `process.env`). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  // Empty variables count as unset: `DISCORD_TOKEN= pnpm start` runs in the terminal.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
  // Checked apart from the schema, so that it is reported together with every other problem.
  if (present.DISCORD_TOKEN && !present.DISCORD_APP_ID) {
    problems.unshift(
      'DISCORD_APP_ID is required with DISCORD_TOKEN (Developer Portal → your application → Application ID)',
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    token: e.DISCORD_TOKEN ?? null,
    applicationId: e.DISCORD_APP_ID ?? null,
    guildId: e.DISCORD_GUILD_ID ?? null,
    api: e.DISCORD_API ?? null,
    dataDir: e.LIQA_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    ingestOnStart: list(e.LIQA_INGEST),
    ingestRoles: list(e.LIQA_INGEST_ROLES),
    limits: {
      perUserPerMinute: e.LIQA_RATE_PER_USER,
      perGuildPerMinute: e.LIQA_RATE_PER_GUILD,
      maxAttachmentBytes: e.LIQA_MAX_ATTACHMENT_BYTES,
      maxFetchBytes: e.LIQA_MAX_FETCH_BYTES,
      fetchTimeoutMs: e.LIQA_FETCH_TIMEOUT_MS,
      maxIngestArticles: e.LIQA_MAX_INGEST_ARTICLES,
      maxArticleLength: e.LIQA_MAX_ARTICLE_LENGTH,
    },
  };
}
