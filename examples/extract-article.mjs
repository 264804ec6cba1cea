// Who met whom in one article: the meetings it reports, with their date, place, people and the
// sentence that says so. No store, no corpus: one text in, plain objects out.
//
//   node examples/extract-article.mjs seeds/004_6008fad84a751262.txt 2020-08-17
//
// The date is the article's publication date, which «اليوم» (today) and «أمس» (yesterday) are
// counted from; leave it out and such days stay undated.
// biome-ignore-all lint/suspicious/noConsole: an example prints its answer.
import { readFileSync } from 'node:fs';
import { extractMeetings, parseArticle } from '@liqa/core';

const [file, published] = process.argv.slice(2);
if (!file) {
  console.error('usage: node extract-article.mjs ARTICLE.txt [YYYY-MM-DD]');
  process.exit(2);
}

const article = parseArticle(readFileSync(file, 'utf8'));
const meetings = extractMeetings(article, { published });

console.log(`${article.title}: ${meetings.length} meetings`);
for (const meeting of meetings) {
  console.log();
  console.log([meeting.date ?? 'undated', meeting.kind, meeting.place].filter(Boolean).join(' · '));
  for (const person of meeting.participants) {
    console.log(`  ${person.name} (${person.en})${person.role ? `, ${person.role}` : ''}`);
  }
  console.log(`  «${meeting.evidence[0].text}»`);
}
