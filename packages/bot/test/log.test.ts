import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';

describe('createLogger', () => {
  it('writes one JSON object a line, with the level, the event, and an error as its name, message and stack', () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const log = createLogger(stream);
    log.error('interaction_failed', { incident: '123', command: 'met', error: new TypeError('disk on fire') });
    log.warn('gateway_disconnected', { shard: 0, code: 4000 });
    log.info('ready', { user: 'liqa#0001', guilds: 1 });

    expect(lines).toHaveLength(3);
    const [failed, disconnected, ready] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(failed).toMatchObject({
      level: 'error',
      event: 'interaction_failed',
      incident: '123',
      command: 'met',
      error: { name: 'TypeError', message: 'disk on fire' },
    });
    expect(failed?.error).toMatchObject({ stack: expect.stringContaining('TypeError: disk on fire') });
    expect(new Date(failed?.time as string).toISOString()).toBe(failed?.time);
    expect(disconnected).toMatchObject({ level: 'warn', event: 'gateway_disconnected', code: 4000 });
    expect(ready).toMatchObject({ level: 'info', event: 'ready', guilds: 1 });
  });
});
