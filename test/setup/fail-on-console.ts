// Any console call during a test fails it: library code must not print, and tests assert instead.
import { afterEach } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];

for (const method of methods) {
  console[method] = (...args: unknown[]) => {
    calls.push(`console.${method}(${args.map(String).join(' ')})`);
  };
}

afterEach(() => {
  const made = calls;
  calls = [];
  if (made.length > 0) throw new Error(`unexpected console output:\n${made.join('\n')}`);
});
