// Shows that the text layer's and the extraction's time grows linearly with input size on
// adversarial input: repeated name particles, the definite article, punctuation, one endless line,
// meetings packed into one sentence or one a sentence, and thousands of made-up names (the fuzz
// tests of packages/core/test/robustness found extraction quadratic on those). A regex that backtracks
// catastrophically, or a loop over pairs, would show a ratio far above 10 from one size to the next.
import { extractMeetings, htmlToText, nameKey, normalize, parseArticle } from '@liqa/core';
import { Bench } from 'tinybench';
import { madeUpMeetingSentences } from '../test/helpers/made-up-names.js';

const SIZES = [10_000, 100_000, 1_000_000];

/** Sentences of meetings between made-up names, none repeated: an article naming thousands of persons. */
function madeUpNames(size: number): string {
  const sentence = madeUpMeetingSentences();
  const sentences: string[] = [];
  for (let length = 0; length < size; length += (sentences.at(-1) as string).length + 1) {
    sentences.push(sentence());
  }
  return sentences.join(' ').slice(0, size);
}

/** A unit repeated to each size, or a function that writes input of each size. */
const PATTERNS: Record<string, string | ((size: number) => string)> = {
  'repeated "بن "': 'بن ',
  'repeated "ال"': 'ال',
  punctuation: '.،؟!…«»()-–ـ:؛ ',
  'endless line': 'استقبل الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير اليوم في أبها 25 شوال 1436 هـ ',
  'broken words': 'اتهـ.ـامات ',
  'unclosed <div> and <b>': '<div><b>نص ',
  'open quotes and initials': '«أ. (د. "... » .. م. 1 ”x. ',
  'meetings in one sentence': 'استقبل الأمير محمد بن سلمان الرئيس ',
  'meetings, one a sentence': [
    'استقبل الأمير خالد الفيصل اليوم الوزير سعد الحجري في الرياض.',
    'والتقى الشيخ ناصر الدوسري أمس السفير فهد العتيبي بحضور الدكتور بندر الشمري.',
    'وبحث وزير الخارجية عادل الجبير مع نظيره التركي مولود جاويش أوغلو العلاقات.',
    'وأجرى الرئيس رجب طيب أردوغان اتصالا هاتفيا بالملك سلمان بن عبدالعزيز.',
  ].join(' '),
  'made-up names, one pair a sentence': madeUpNames,
};

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const STAGES: Record<string, (text: string) => unknown> = {
  parseArticle: (text) => parseArticle(text),
  normalize: (text) => normalize(text),
  nameKey: (text) => nameKey(text),
  htmlToText: (text) => htmlToText(text),
  // Parse and extract together: extraction reads a parsed article.
  extractMeetings: (text) => extractMeetings(parseArticle(text), { published: '2015-08-10' }),
};

/** Runs the linearity benchmark and returns its Markdown section. */
export async function benchLinearity(log: (line: string) => void): Promise<string> {
  const rows: string[] = [
    '## Text layer and extraction: time against input size (adversarial input)',
    '',
    'Mean time per call; the ratio column divides each size by the one 10× smaller (linear ≈ 10).',
    '',
    '| stage | input | 10 KB | 100 KB | 1 MB | ratios |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const [stage, run] of Object.entries(STAGES)) {
    for (const [name, unit] of Object.entries(PATTERNS)) {
      const bench = new Bench({ iterations: 5, warmupIterations: 1, time: 0 });
      for (const size of SIZES) {
        const input = typeof unit === 'string' ? repeatTo(unit, size) : unit(size);
        bench.add(String(size), () => {
          run(input);
        });
      }
      await bench.run();
      const means = bench.tasks.map((task) => task.result?.latency?.mean ?? Number.NaN);
      const ratios = means.slice(1).map((m, i) => (m / (means[i] as number)).toFixed(1));
      const row = `| ${stage} | ${name} | ${means.map((m) => `${m.toFixed(2)} ms`).join(' | ')} | ${ratios.join(', ')} |`;
      log(row);
      rows.push(row);
    }
  }
  rows.push('');
  return rows.join('\n');
}
