// `pnpm start` as a newcomer runs it: no Discord token, so the bot's commands answer in the
// terminal, on the embedded store with the seeds ingested, and read more commands from stdin.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.js';

describe('pnpm start without a token', () => {
  it('ingests the seeds, answers /met أكار, then the commands typed on stdin', () => {
    const env = { ...process.env, DISCORD_TOKEN: '', DISCORD_APP_ID: '', DATABASE_URL: '' };
    const run = spawnSync('pnpm', ['-s', 'start'], {
      cwd: ROOT,
      env,
      input: '/between أكار "فتحي باشاغا"\n/person Akar\n/nonsense\n/quit\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Ingested seeds\/: \d+ new, \d+ already stored, 0 errors\. The corpus holds 5 articles/);
    expect(out).toContain('liqa> /met أكار\nمن التقى خلوصي أكار (Hulusi Akar)');
    expect(out).toContain('لقاءات خلوصي أكار (Hulusi Akar) و فتحي باشاغا (Fathi Bashagha)\n3 لقاءات');
    expect(out).toContain('خلوصي أكار (Hulusi Akar)\n  ');
    expect(out).toContain('Unknown command /nonsense');
  });
});
