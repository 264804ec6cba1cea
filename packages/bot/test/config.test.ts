import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('runs in the terminal with no token, with sensible limits', () => {
    const config = loadConfig({});
    expect(config.token).toBeNull();
    expect(config.limits).toEqual({
      perUserPerMinute: 10,
      perGuildPerMinute: 60,
      maxAttachmentBytes: 5_000_000,
      maxFetchBytes: 5_000_000,
      fetchTimeoutMs: 10_000,
      maxIngestArticles: 1_000,
      maxArticleLength: 1_000_000,
    });
  });

  it('takes each limit from its variable, and refuses one that is not a positive whole number', () => {
    const config = loadConfig({
      LIQA_MAX_FETCH_BYTES: '1000',
      LIQA_FETCH_TIMEOUT_MS: '2500',
      LIQA_MAX_INGEST_ARTICLES: '20',
      LIQA_MAX_ARTICLE_LENGTH: '50000',
    });
    expect(config.limits).toMatchObject({
      maxFetchBytes: 1000,
      fetchTimeoutMs: 2500,
      maxIngestArticles: 20,
      maxArticleLength: 50_000,
    });
    for (const name of ['LIQA_MAX_INGEST_ARTICLES', 'LIQA_MAX_ARTICLE_LENGTH', 'LIQA_FETCH_TIMEOUT_MS']) {
      expect(() => loadConfig({ [name]: '0' }), name).toThrow(new RegExp(`${name} .*`));
      expect(() => loadConfig({ [name]: 'lots' }), name).toThrow(ConfigError);
    }
  });

  it('names each wrong or missing variable', () => {
    try {
      loadConfig({
        DISCORD_TOKEN: 'abc',
        LIQA_RATE_PER_USER: 'lots',
        DATABASE_URL: 'mysql://x',
        DISCORD_GUILD_ID: '12',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/DISCORD_APP_ID is required with DISCORD_TOKEN/);
      expect(problems).toMatch(/LIQA_RATE_PER_USER/);
      expect(problems).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/);
      expect(problems).toMatch(/DISCORD_GUILD_ID must be a server \(guild\) id/);
    }
  });

  it('reads the ingest roles and the paths to ingest at start, ignoring empty variables', () => {
    const config = loadConfig({
      LIQA_INGEST: 'seeds/, more/',
      LIQA_INGEST_ROLES: 'Editors,123456789012345678',
      DISCORD_TOKEN: '',
    });
    expect(config.ingestOnStart).toEqual(['seeds/', 'more/']);
    expect(config.ingestRoles).toEqual(['Editors', '123456789012345678']);
    expect(config.token).toBeNull();
  });
});
