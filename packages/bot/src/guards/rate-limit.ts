/**
 * Per-user and per-server rate limits: a sliding window of one minute, in memory. Enough for one
 * bot process; several processes sharing a PostgreSQL corpus each keep their own window.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #hits = new Map<string, number[]>();
  readonly #now: () => number;

  constructor(limit: number, windowMs = 60_000, now: () => number = Date.now) {
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Counts one use by `key`; `ok` false (with the wait in ms) when over the limit. */
  take(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const now = this.#now();
    const recent = (this.#hits.get(key) ?? []).filter((t) => now - t < this.#windowMs);
    if (recent.length >= this.#limit) {
      this.#hits.set(key, recent);
      return { ok: false, retryAfterMs: this.#windowMs - (now - (recent[0] as number)) };
    }
    recent.push(now);
    this.#hits.set(key, recent);
    // Forget idle keys now and then, so memory stays bounded.
    if (this.#hits.size > 10_000) {
      for (const [k, times] of this.#hits) if (times.every((t) => now - t >= this.#windowMs)) this.#hits.delete(k);
    }
    return { ok: true };
  }
}
