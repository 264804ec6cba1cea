import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ROOT } from './seeds.js';

/** A scratch folder set up as a user's project that installed @liqa/core. */
export interface UserProject {
  readonly dir: string;
  /** The environment to run in it: `liqa` on the PATH, a store of its own, no PostgreSQL. */
  readonly env: NodeJS.ProcessEnv;
  remove(): void;
}

/**
 * A fresh folder where the docs' commands run as a user would run them: `@liqa/core` in
 * `node_modules` (the built package of this checkout), `liqa` on the PATH, the seeds and the
 * examples beside, and a default store inside the folder, so nothing is written to the repository
 * or the home folder.
 */
export function createUserProject(): UserProject {
  const dir = mkdtempSync(join(tmpdir(), 'liqa-user-'));
  mkdirSync(join(dir, 'node_modules', '@liqa'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', '.bin'));
  symlinkSync(join(ROOT, 'packages', 'core'), join(dir, 'node_modules', '@liqa', 'core'), 'dir');
  symlinkSync(join(ROOT, 'packages', 'core', 'bin', 'liqa.mjs'), join(dir, 'node_modules', '.bin', 'liqa'));
  symlinkSync(join(ROOT, 'seeds'), join(dir, 'seeds'), 'dir');
  symlinkSync(join(ROOT, 'examples'), join(dir, 'examples'), 'dir');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(dir, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
    XDG_DATA_HOME: join(dir, '.local', 'share'),
    LIQA_DATA_DIR: '',
    DATABASE_URL: '',
  };
  return { dir, env, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
