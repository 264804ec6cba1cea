// The `liqa read` command as a user runs it: `pnpm -s liqa read seeds/` from the repository root.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.js';

const BIN = join(ROOT, 'packages', 'core', 'bin', 'liqa.mjs');
const liqa = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('liqa read', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'liqa-cli-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints each seed’s title, dateline and sentences', () => {
    const run = liqa('read', 'seeds/');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.match(/^== seeds\//gm)).toHaveLength(5);
    expect(run.stdout).toContain(
      'title:    تركيا تبحث تعزيز الدعم العسكري لـالوفاق والجيش الليبي يؤكد استعداده لصد أي هجوم',
    );
    expect(run.stdout).toContain('dateline: أوج – طرابلس  (place طرابلس, agency أوج)');
    expect(run.stdout).toContain('وقام وفد عسكري تركي، برئاسة وزير الدفاع خلوصي أكار');
    expect(run.stdout).not.toContain('Security Code');
  });

  it('lists the removed boilerplate with its rule on request', () => {
    const run = liqa('read', '--boilerplate', 'seeds/003_54f7620fadf3aeaa.txt');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\[boilerplate\/comment-form\] .*الإسم \*/);
  });

  it('prints one JSON Article per line with --json', () => {
    const run = liqa('read', '--json', 'seeds/');
    const articles = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(articles).toHaveLength(5);
    for (const article of articles) {
      for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('reads HTML files', () => {
    const page = join(scratch, 'page.html');
    writeFileSync(page, '<html><body><h1>لقاء</h1><p>التقى الوزير نظيره أمس.</p><script>x()</script></body></html>');
    const run = liqa('read', page);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('التقى الوزير نظيره أمس.');
    expect(run.stdout).not.toContain('x()');
  });

  it('names the file that cannot be read, reads the others, and exits with 1', () => {
    const image = join(scratch, 'image.txt');
    writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const binary = join(scratch, 'binary.txt');
    writeFileSync(binary, Buffer.from('abc\0\0\0def'));
    const run = liqa('read', image, binary, 'seeds/001_65443733ff0e7f94.txt');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`liqa read: ${image}: parseArticle: the bytes are not valid UTF-8 text`);
    expect(run.stderr).toContain(`liqa read: ${binary}: parseArticle: the input holds NUL or control bytes`);
    expect(run.stdout).toContain('== seeds/001_65443733ff0e7f94.txt');
  });

  it('explains a missing path and a missing argument', () => {
    const missing = liqa('read', 'no/such/folder');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no/such/folder: no such file or folder');
    const none = liqa('read');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('give at least one file or folder');
  });

  it('prints usage with --help and the version with --version', () => {
    expect(liqa('--help').stdout).toContain('read');
    expect(liqa('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
