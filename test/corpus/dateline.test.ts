// How many SaudiNewsNet articles that open with a dated dateline get their date from findDateline.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../packages/core/src/text/dateline.js';
import { splitLines } from '../../packages/core/src/text/lines.js';
import { CORPUS_AVAILABLE, FULL_CORPUS, readCorpus } from '../helpers/corpus.js';

// A fixed sample (every 10th article) on every run; all 31,030 with LIQA_CORPUS=full (pnpm test:corpus).
const EVERY = FULL_CORPUS ? 1 : 10;
/** The share of dated openings whose date findDateline must read. */
const MIN_SHARE = 0.95;

/*
 * An independent, loose definition of "carries a dated dateline in its first 200 characters": one
 * of its lines there holds a day, a month name and a four-digit year (a Hijri date also needs its
 * هـ/ه), with at most three words before it on the line and no punctuation. That is the shape of a
 * dateline (بريدة 25 شوال 1436 هـ …, الرياض 10 أغسطس 2015), not of a first sentence that merely
 * holds a date (أعلنت الشركة يوم الأحد 10 أغسطس 2015 أن …). It knows nothing of findDateline: its
 * own month lists, no normalization, no agencies. A date anywhere before the first full stop would
 * also count sentences like that one, which have no dateline at all.
 */
const DIGIT = '[0-9\u0660-\u0669]';
const GREGORIAN_MONTHS =
  'يناير|فبراير|مارس|[أإا]بريل|مايو|يوني[وه]|يولي[وه]|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر|' +
  'كانون الثاني|شباط|[آا]ذار|نيسان|[أا]يار|حزيران|تموز|آب|[أا]يلول|تشرين الأول|تشرين الثاني|كانون الأول';
const HIJRI_MONTHS =
  'محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|' +
  'ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة';
const LOOSE_DATE = new RegExp(
  `${DIGIT}{1,2}\\s*(?:${GREGORIAN_MONTHS})\\s*${DIGIT}{4}|${DIGIT}{1,2}\\s*(?:${HIJRI_MONTHS})\\s*${DIGIT}{4}\\s*ه`,
  'u',
);
const PUNCTUATION = /[.!؟:،,;«»"()]/u;

function opensWithDate(content: string): boolean {
  for (const line of content.slice(0, 200).split('\n')) {
    const date = LOOSE_DATE.exec(line);
    if (!date) continue;
    const before = line.slice(0, date.index).trim();
    if (!PUNCTUATION.test(before) && (before === '' || before.split(/\s+/).length <= 3)) return true;
  }
  return false;
}

describe.skipIf(!CORPUS_AVAILABLE)(
  `SaudiNewsNet datelines, ${FULL_CORPUS ? 'every article' : 'every 10th article'}`,
  () => {
    it(`findDateline reads the date of at least ${MIN_SHARE * 100}% of the articles that open with a dated dateline`, async ({
      annotate,
    }) => {
      let articles = 0;
      let dated = 0;
      let read = 0;
      const misses: string[] = [];
      const badSpans: string[] = [];
      for await (const article of readCorpus(EVERY)) {
        articles++;
        const text = article.content;
        const dateline = findDateline(text, splitLines(text));
        if (dateline) {
          for (const span of [dateline, dateline.place, dateline.agency, dateline.gregorian, dateline.hijri]) {
            if (span && text.slice(span.start, span.end) !== span.text) badSpans.push(`${article.id}: ${span.text}`);
          }
        }
        if (!opensWithDate(text)) continue;
        dated++;
        if (dateline?.date) read++;
        else misses.push(`${article.id}: ${text.slice(0, 80).trim()}`);
      }
      const share = dated === 0 ? 0 : read / dated;
      const figure = `${read} of ${dated} dated openings read (${(share * 100).toFixed(1)}%), in ${articles} articles`;
      await annotate(figure);
      expect(badSpans).toEqual([]);
      expect(dated, 'the sample holds dated openings').toBeGreaterThan(FULL_CORPUS ? 300 : 20);
      expect(share, `${figure}; missed: ${misses.slice(0, 10).join(' | ')}`).toBeGreaterThanOrEqual(MIN_SHARE);
    });
  },
);
