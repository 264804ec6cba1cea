import { defineCommand } from 'citty';
import { z } from 'zod';
import { isLiqaError } from '../../errors.js';
import type { Article } from '../../model.js';
import { parseArticle } from '../../text/parse-article.js';
import { collectFiles, readArticleFile } from '../files.js';
import { type Output, parseArgs } from '../output.js';

const argsSchema = z.object({
  _: z.array(z.string()).min(1, 'give at least one file or folder, e.g. `liqa read seeds/`'),
  json: z.boolean().default(false),
  boilerplate: z.boolean().default(false),
  format: z.enum(['auto', 'text', 'html']).default('auto'),
});

function renderArticle(path: string, article: Article, showBoilerplate: boolean): string {
  const lines = [`== ${path}`, `title:    ${article.title ?? '—'}`];
  const d = article.dateline;
  if (d) {
    const parts = [
      d.place && `place ${d.place.text}`,
      d.agency && `agency ${d.agency.text}`,
      d.date && `date ${d.date}`,
    ];
    lines.push(`dateline: ${d.text}  (${parts.filter(Boolean).join(', ') || 'no parts'})`);
  } else {
    lines.push('dateline: —');
  }
  const removedChars = article.boilerplate.reduce((sum, b) => sum + b.text.length, 0);
  lines.push(`removed:  ${article.boilerplate.length} boilerplate spans (${removedChars} characters)`);
  if (showBoilerplate) {
    for (const b of article.boilerplate) lines.push(`  - [${b.rule}] ${b.text.replace(/\s+/g, ' ').slice(0, 100)}`);
  }
  lines.push(`sentences (${article.sentences.length}):`);
  article.sentences.forEach((s, i) => {
    lines.push(`  ${String(i + 1).padStart(3)}. ${s.text}`);
  });
  return lines.join('\n');
}

/** `liqa read PATH...`: prints each article's cleaned title, dateline and sentences. */
export const read = defineCommand({
  meta: { name: 'read', description: 'Print the cleaned title, dateline and sentences of each article' },
  args: {
    json: { type: 'boolean', description: 'Print one JSON object (the whole Article) per line' },
    boilerplate: { type: 'boolean', description: 'Also list the boilerplate that was removed, with its rule' },
    format: { type: 'string', description: 'Input format: auto, text or html', default: 'auto' },
  },
  async run({ args }) {
    const input = parseArgs(argsSchema, args);
    const out: Output = { stdout: process.stdout, stderr: process.stderr };
    let failures = 0;
    for (const path of await collectFiles(input._)) {
      try {
        const article = parseArticle(await readArticleFile(path), { format: input.format });
        const withId = { ...article, id: article.id ?? path };
        out.stdout.write(
          `${input.json ? JSON.stringify(withId) : renderArticle(path, article, input.boilerplate)}\n${input.json ? '' : '\n'}`,
        );
      } catch (error) {
        if (!isLiqaError(error)) throw error;
        failures++;
        out.stderr.write(`liqa read: ${path}: ${error.message}\n`);
      }
    }
    if (failures > 0) process.exitCode = 1;
  },
});
