import type { APIEmbed } from 'discord.js';

/**
 * Pages of answers already sent, so that the ◀ ▶ buttons can flip them: kept in memory for 15
 * minutes, at most 500 answers (the oldest go first). After that the buttons say to ask again.
 */
export class PageStore {
  readonly #entries = new Map<string, { pages: APIEmbed[]; expires: number }>();
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #now: () => number;

  constructor(ttlMs = 15 * 60_000, max = 500, now: () => number = Date.now) {
    this.#ttlMs = ttlMs;
    this.#max = max;
    this.#now = now;
  }

  put(key: string, pages: APIEmbed[]): void {
    this.#entries.set(key, { pages, expires: this.#now() + this.#ttlMs });
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  get(key: string): APIEmbed[] | null {
    const entry = this.#entries.get(key);
    if (!entry) return null;
    if (entry.expires < this.#now()) {
      this.#entries.delete(key);
      return null;
    }
    return entry.pages;
  }
}

const PREFIX = 'liqa:page:';

/** The custom id of a page button. */
export const pageButtonId = (key: string, page: number) => `${PREFIX}${key}:${page}`;

/** The answer key and page a button names, or null for other buttons. */
export function parsePageButton(customId: string): { key: string; page: number } | null {
  if (!customId.startsWith(PREFIX)) return null;
  const rest = customId.slice(PREFIX.length);
  const cut = rest.lastIndexOf(':');
  const page = Number(rest.slice(cut + 1));
  if (cut <= 0 || !Number.isInteger(page) || page < 0) return null;
  return { key: rest.slice(0, cut), page };
}
