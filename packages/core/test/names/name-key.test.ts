import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLiqaError } from '../../src/errors.js';
import { nameKey } from '../../src/names/name-key.js';
import { normalize } from '../../src/text/normalize.js';

const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
const SEEDS = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(SEEDS_DIR + f, 'utf8'))
  .join('\n');

describe('nameKey', () => {
  describe('spelling variants found in the seeds', () => {
    it.each([
      'قالن',
      'كالين',
      'أكار',
      'آكار',
      'كوكسو',
      'كوكصو',
      'أردوغان',
      'إردوغان',
      'إبراهيم قالن',
      'خلوصي أكار',
      'خلوصي آكار',
      'رجب طيب أردوغان',
      'رجب طيب إردوغان',
      'المشير خليفة حفتر',
      'الدكتور مصطفى كوكسو',
      'مصطفى كوكصو',
      'دوغان قيصّا',
      'عبد الفتاح السيسي',
    ])('the seeds contain %s', (spelling) => {
      expect(SEEDS).toContain(spelling);
    });

    it.each([
      ['قالن', 'كالين'],
      ['إبراهيم قالن', 'إبراهيم كالين'],
      ['أكار', 'آكار'],
      ['خلوصي أكار', 'خلوصي آكار'],
      ['كوكسو', 'كوكصو'],
      ['الدكتور مصطفى كوكسو', 'مصطفى كوكصو'],
      ['أردوغان', 'إردوغان'],
      ['رجب طيب أردوغان', 'رجب طيب إردوغان'],
      ['المشير خليفة حفتر', 'خليفة حفتر'],
      ['دوغان قيصّا', 'دوغان قيصا'],
    ])('%s = %s', (a, b) => {
      expect(nameKey(a)).toBe(nameKey(b));
    });
  });

  it.each([
    ['أكار', 'اكار'],
    ['عبد الفتاح السيسي', 'عبدالفتاح السيسى'],
    ['عبد الله', 'عبدالله'],
    ['عبد الصمد أقتشاي', 'عبدالصمد أكتشاي'],
    ['أبو بكر', 'أبوبكر'],
    ['أبو بكر', 'ابو بكر'],
    ['حسن نصر الله', 'حسن نصرالله'],
    ['صلاح الدين النمروش', 'صلاحالدين النمروش'],
    ['نور الدين تشالك', 'نورالدين تشالك'],
    ['مولود جاويش أوغلو', 'مولود جاويشأوغلو'],
    ['محمد بن سلمان', 'محمد ابن سلمان'],
    ['فائز السراج', 'فايز السراج'],
    ['خالد بن محمد العطية', 'خالد بن محمد العطيه'],
    ['عطاء', 'عطا'],
    ['مسؤول', 'مسئول'],
    ['أتاتورك', 'أتاطورك'],
    ['الظاهري', 'الضاهري'],
    ['محمد', 'مُحَمَّد'],
    ['خليفة حفتر', 'خليـــفة حفتر'],
    ['خليفة حفتر', 'خلي\u200Cفة\u00A0 حفتر،'],
    ['خليفة حفتر', 'خليفة \uFEA3\uFED4\uFE98\uFEAE'], // presentation forms
    ['Ibn Saud', 'bin saud'],
    ['Erdoğan', 'ERDOGAN'],
  ])('%s = %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['خالد العطية', 'خالد المشري'],
    ['فتحي باشاغا', 'فائز السراج'],
    ['محمد بن سلمان', 'محمد بن نايف'],
    ['خلوصي أكار', 'عدنان أوزبال'],
    ['ثامر السبيعي', 'سامر السبيعي'],
    ['غسان', 'كسان'],
    ['حمام', 'همام'],
    ['تميم بن حمد آل ثاني', 'تميم بن حمد الثاني'],
    ['صلاح الدين النمروش', 'خالد المشري'],
    ['عبد الفتاح السيسي', 'عبد الفتاح'],
  ])('%s ≠ %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('drops honorifics but not roles', () => {
    expect(nameKey('المشير خليفة حفتر')).toBe(nameKey('خليفة حفتر'));
    expect(nameKey('صاحب السمو الملكي الأمير محمد بن سلمان')).toBe(nameKey('محمد بن سلمان'));
    expect(nameKey('وزير الدفاع خلوصي أكار')).not.toBe(nameKey('خلوصي آكار'));
  });

  it('gives the documented keys', () => {
    expect(nameKey('الدكتور مصطفى كوكسو')).toBe('مستف ككس');
    expect(nameKey('عبد الفتاح السيسي')).toBe('عبدلفتح السس');
    expect(nameKey('إبراهيم قالن')).toBe(nameKey('ابراهيم كالين'));
    expect(nameKey('خالد العطية')).toBe('خلد العته');
    expect(nameKey('تميم بن حمد آل ثاني')).toBe('تمم بن حمد ال ثن');
  });

  it('lowercases Latin names and removes their accents', () => {
    expect(nameKey('Recep Tayyip Erdoğan')).toBe('recep tayyip erdogan');
    expect(nameKey('İbrahim Kalın')).toBe('ibrahim kalin');
  });

  it('gives an empty key for empty, blank or title-only text', () => {
    expect(nameKey('')).toBe('');
    expect(nameKey(' \t\n\u00A0')).toBe('');
    expect(nameKey('ـــ')).toBe('');
    expect(nameKey('الدكتور')).toBe('');
  });

  it('throws invalid_input for non-strings', () => {
    for (const bad of [null, undefined, 1, {}, ['خالد'], Symbol('x')]) {
      let error: unknown;
      try {
        nameKey(bad as unknown as string);
      } catch (e) {
        error = e;
      }
      expect(isLiqaError(error) && error.code === 'invalid_input').toBe(true);
    }
  });

  describe('properties', () => {
    const ARABIC_PIECES = [
      ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئٱپچژڤگکی',
      ' ',
      '  ',
      '.',
      '/',
      '،',
      '\u0640', // ARABIC TATWEEL
      '\u064E', // ARABIC FATHA
      '\u0651', // ARABIC SHADDA
      '\u0670', // ARABIC LETTER SUPERSCRIPT ALEF
      '\u200C', // ZERO WIDTH NON-JOINER
      '\u200F', // RIGHT-TO-LEFT MARK
      '\u00A0', // NO-BREAK SPACE
      '\uFEFB', // ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM
      '\u0663', // ARABIC-INDIC DIGIT THREE
      'الدكتور ',
      'المشير ',
      'عبد ',
      'ابن ',
      'أبو ',
      ' الله',
      ' الدين',
      'آل ',
    ];
    const arabicText = fc.array(fc.constantFrom(...ARABIC_PIECES), { maxLength: 25 }).map((a) => a.join(''));
    const anyText = fc.oneof(arabicText, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }));
    const NO_MARKS = /^[^\p{M}\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]*$/u;

    it('never throws on any string', () => {
      fc.assert(
        fc.property(anyText, (s) => {
          expect(typeof nameKey(s)).toBe('string');
        }),
        { numRuns: 3000 },
      );
    });

    it('is stable under normalize', () => {
      fc.assert(
        fc.property(anyText, (s) => {
          expect(nameKey(normalize(s).text)).toBe(nameKey(s));
        }),
        { numRuns: 3000 },
      );
    });

    it('is deterministic', () => {
      fc.assert(
        fc.property(anyText, (s) => {
          expect(nameKey(s)).toBe(nameKey(s));
        }),
        { numRuns: 1000 },
      );
    });

    it('has no diacritics, tatweel or invisibles, and tokens joined by single spaces', () => {
      fc.assert(
        fc.property(anyText, (s) => {
          const key = nameKey(s);
          expect(key).toMatch(NO_MARKS);
          expect(key).toBe(key.trim());
          expect(key).not.toMatch(/\s\s|[^\S ]/u);
        }),
        { numRuns: 3000 },
      );
    });
  });
});
