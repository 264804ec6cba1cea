import type { Answer } from '../answer.js';

/** An answer as plain text for the terminal: the same content as the embeds, without markdown. */
export function answerText(answer: Answer, imagePath?: string): string {
  const lines = [answer.title];
  if (answer.summary) lines.push(answer.summary);
  for (const item of answer.items) {
    lines.push('', item.heading);
    for (const line of item.lines) lines.push(`  ${line}`);
    if (item.quote) lines.push(`  «${item.quote.replace(/\s+/g, ' ')}»`);
    if (item.source) lines.push(`  — ${item.source.label}${item.source.url ? ` <${item.source.url}>` : ''}`);
  }
  if (imagePath) lines.push('', `الصورة · picture: ${imagePath}`);
  return lines.join('\n');
}
