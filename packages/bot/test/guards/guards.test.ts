import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { mayIngest } from '../../src/guards/permissions.js';
import { RateLimiter } from '../../src/guards/rate-limit.js';

describe('RateLimiter', () => {
  it('allows the limit per window, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.take('u').ok).toBe(true);
    expect(limiter.take('u').ok).toBe(true);
    expect(limiter.take('u')).toEqual({ ok: false, retryAfterMs: 60_000 });
    expect(limiter.take('other').ok).toBe(true);
    now = 60_001;
    expect(limiter.take('u').ok).toBe(true);
  });
});

describe('mayIngest', () => {
  const has = (flags: bigint[]) => ({ has: (flag: bigint) => flags.includes(flag) });
  it('lets Manage Server or a configured role (by id or name) ingest, nobody else', () => {
    expect(mayIngest({ permissions: has([PermissionFlagsBits.ManageGuild]), roles: [] }, [])).toBe(true);
    expect(mayIngest({ permissions: has([]), roles: [{ id: '1', name: 'Editors' }] }, ['Editors'])).toBe(true);
    expect(mayIngest({ permissions: has([]), roles: [{ id: '42', name: 'x' }] }, ['42'])).toBe(true);
    expect(
      mayIngest({ permissions: has([PermissionFlagsBits.SendMessages]), roles: [{ id: '1', name: 'Readers' }] }, [
        'Editors',
      ]),
    ).toBe(false);
    expect(mayIngest({ permissions: null, roles: [] }, [])).toBe(false);
  });
});
