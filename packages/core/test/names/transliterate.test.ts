import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import translit from '../../data/translit.json';
import { isLiqaError } from '../../src/errors.js';
import { latinKey, transliterate } from '../../src/names/transliterate.js';

const ROW = z.array(z.string()).min(2);
const ARABIC = /^[\u0600-\u06FF]+$/u;

const TRANSLIT_SCHEMA = z.strictObject({
  $comment: z.string().min(1),
  transliteration: z.strictObject({
    why: z.string().min(1),
    letters: z.array(z.tuple([z.string().regex(ARABIC).length(1), z.string().regex(/^[a-z']+$/), z.string()])),
    initial: z.array(z.tuple([z.string().length(1), z.string().regex(/^[a-z]+$/), z.string()])),
    initialPairs: z.array(z.tuple([z.string().regex(ARABIC).length(2), z.string().regex(/^[a-z]+$/), z.string()])),
    glides: z.array(z.tuple([z.string().length(1), z.string().length(1), z.string().length(1), z.string()])),
    harakat: z.array(z.tuple([z.string().length(1), z.string().length(1), z.string()])),
    shadda: z.tuple([z.literal('\u0651'), z.string()]),
    words: z.array(z.tuple([z.string().regex(ARABIC), z.string().regex(/^[A-Za-z]+$/), z.string()])),
    article: z.tuple([z.literal('ال'), z.string(), z.string()]),
  }),
  particles: z.strictObject({
    why: z.string().min(1),
    son: z.array(z.tuple([z.string(), z.string(), z.string()])),
    heads: z.strictObject({
      why: z.string(),
      arabic: z.array(z.tuple([z.string().regex(ARABIC), z.string().regex(ARABIC)])),
      latin: z.array(z.tuple([z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)])),
    }),
    tails: z.strictObject({
      why: z.string(),
      arabic: z.array(z.string().regex(ARABIC)),
      latin: z.array(z.tuple([z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)])),
    }),
    suffixes: z.strictObject({ why: z.string(), arabic: z.array(z.string().regex(ARABIC)) }),
    article: z.strictObject({
      why: z.string(),
      arabic: z.literal('ال'),
      latinWords: z.array(z.string().regex(/^[a-z]+$/)),
      latinHyphenated: z.array(z.string().regex(/^[a-z]+$/)),
    }),
  }),
  nameKey: z.strictObject({
    why: z.string().min(1),
    hamza: z.strictObject({ map: z.array(ROW), remove: z.array(ROW) }),
    longVowels: z.array(ROW),
    classes: z.array(
      z.strictObject({
        key: z.string().regex(ARABIC).length(1),
        letters: z.array(z.string().regex(ARABIC).length(1)).min(2),
        why: z.string().min(1),
      }),
    ),
    kept: z.array(ROW),
  }),
  latinKey: z.strictObject({
    why: z.string().min(1),
    latinLetters: z.array(z.tuple([z.string().length(1), z.string().regex(/^[a-z]*$/), z.string()])),
    weak: z.array(z.string().length(1)),
    tokenEnd: z.strictObject({
      drop: z.array(z.tuple([z.string().length(1), z.string()])),
      fold: z.array(z.tuple([z.string().length(1), z.string().length(1), z.string()])),
    }),
    classes: z.array(
      z.strictObject({
        key: z.string().regex(/^[a-z]{1,2}$/),
        arabic: z.array(z.string().regex(ARABIC).length(1)),
        latin: z.array(z.string().regex(/^[a-z]{1,2}$/)),
        why: z.string().min(1),
      }),
    ),
  }),
});

describe('data/translit.json', () => {
  it('has the documented shape', () => {
    const parsed = TRANSLIT_SCHEMA.safeParse(translit);
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
  });

  it('puts every letter in at most one class', () => {
    const arabic = translit.latinKey.classes.flatMap((c) => c.arabic);
    const latin = translit.latinKey.classes.flatMap((c) => c.latin);
    const nameKeyLetters = translit.nameKey.classes.flatMap((c) => c.letters);
    for (const list of [arabic, latin, nameKeyLetters]) {
      expect(list.filter((x, i) => list.indexOf(x) !== i)).toEqual([]);
    }
  });

  it('gives a transliteration and a latinKey class to every Arabic letter', () => {
    const classed = new Set(translit.latinKey.classes.flatMap((c) => c.arabic));
    for (const [letter] of translit.transliteration.letters) expect(classed.has(letter as string), letter).toBe(true);
  });
});

describe('transliterate', () => {
  it.each([
    ['خلوصي أكار', 'Khlusi Akar'],
    ['خلوصي آكار', 'Khlusi Akar'],
    ['إبراهيم قالن', 'Ibrahim Qaln'],
    ['كالين', 'Kalin'],
    ['مصطفى كوكصو', 'Mstfa Kuksu'],
    ['فتحي باشاغا', 'Fthi Bashagha'],
    ['خليفة حفتر', 'Khlifa Hftr'],
    ['خالد بن محمد العطية', 'Khald bin Mhmd Al-Atia'],
    ['عبد الفتاح السيسي', 'Abd Al-Ftah Al-Sisi'],
    ['عبدالفتاح السيسي', 'Abd Al-Ftah Al-Sisi'],
    ['تميم بن حمد آل ثاني', 'Tmim bin Hmd Al Thani'],
    ['حسن نصر الله', 'Hsn Nsr Allah'],
    ['أبو بكر البغدادي', 'Abu Bkr Al-Bghdadi'],
    ['إيلكر صاغلك', 'Ilkr Saghlk'],
    ['عدنان أوزبال', 'Adnan Uzbal'],
    ['يوسف', 'Yusf'],
    ['داود', 'Dawd'],
    ['فائز السراج', "Fa'z Al-Sraj"],
  ])('%s → %s', (arabic, latin) => {
    expect(transliterate(arabic)).toBe(latin);
  });

  it('renders harakat and shadda when the text has them', () => {
    expect(transliterate('م\u064Fح\u064Eم\u0651\u064Eد')).toBe('Muhammad'); // shadda, then fatha
    expect(transliterate('م\u064Fح\u064Eم\u064E\u0651د')).toBe('Muhammad'); // fatha, then shadda
    expect(transliterate('يُوسُف')).toBe('Yusuf');
    expect(transliterate('قيصّا')).toBe('Qissa');
  });

  it('ignores tatweel, invisibles and presentation forms', () => {
    expect(transliterate('خلـــوصي\u200C أكار')).toBe('Khlusi Akar');
    expect(transliterate('\uFEA3\uFED4\uFE98\uFEAE')).toBe('Hftr');
  });

  it('returns text without Arabic letters as it is', () => {
    for (const s of ['Hulusi Akar', 'recep tayyip erdoğan', '', '  ', '2019', 'Ümit Dündar']) {
      expect(transliterate(s)).toBe(s);
    }
  });

  it('keeps Latin parts and punctuation of mixed text', () => {
    expect(transliterate('خلوصي أكار (Hulusi Akar)، 2019')).toBe('Khlusi Akar (Hulusi Akar), 2019');
  });

  it('capitalises every word but the particles bin, ibn and bint', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('خلوصي', 'أكار', 'العطية', 'بن', 'ابن', 'بنت', 'عبد', 'آل', 'ثاني', 'عمر', 'إبراهيم'),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (words) => {
          for (const token of transliterate(words.join(' ')).split(' ')) {
            if (['bin', 'ibn', 'bint'].includes(token)) continue;
            expect(token).toMatch(/^[A-Z]/);
          }
        },
      ),
    );
  });

  it('never throws on a string, and throws invalid_input otherwise', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(typeof transliterate(s)).toBe('string');
      }),
      { numRuns: 2000 },
    );
    let error: unknown;
    try {
      transliterate(null as unknown as string);
    } catch (e) {
      error = e;
    }
    expect(isLiqaError(error) && error.code === 'invalid_input').toBe(true);
  });
});

describe('latinKey', () => {
  it.each([
    ['Hulusi Akar', 'خلوصي أكار'],
    ['Hulusi Akar', 'خلوصي آكار'],
    ['Recep Tayyip Erdoğan', 'رجب طيب أردوغان'],
    ['Recep Tayyip Erdogan', 'الرئيس رجب طيب إردوغان'],
    ['Ibrahim Kalin', 'إبراهيم قالن'],
    ['İbrahim Kalın', 'إبراهيم كالين'],
    ['Khalifa Haftar', 'خليفة حفتر'],
    ['Khalifa Haftar', 'المشير خليفة حفتر'],
    ['Fathi Bashagha', 'فتحي باشاغا'],
    ['Mustafa Koksu', 'مصطفى كوكصو'],
    ['Mustafa Köksu', 'الدكتور مصطفى كوكسو'],
    ['Khalid Al-Attiyah', 'خالد العطية'],
    ['Khalid bin Mohammed Al Attiyah', 'خالد بن محمد العطية'],
    ['Khaled al-Mishri', 'خالد المشري'],
    ['Fayez al-Sarraj', 'فائز السراج'],
    ['Salah al-Din al-Namroush', 'صلاح الدين النمروش'],
    ['Salaheddine Namroush', 'صلاح الدين النمروش'],
    ['Abdel Fattah el-Sisi', 'عبد الفتاح السيسي'],
    ['Abdelfattah Al Sisi', 'عبدالفتاح السيسى'],
    ['Tamim bin Hamad Al Thani', 'تميم بن حمد آل ثاني'],
    ['Abdullah', 'عبد الله'],
    ['Abd Allah', 'عبدالله'],
    ['Abdulaziz', 'عبد العزيز'],
    ['Abdurrahman', 'عبد الرحمن'],
    ['Hassan Nasrallah', 'حسن نصر الله'],
    ['Nureddin', 'نور الدين'],
    ['Ahmet', 'أحمد'],
    ['Yaşar Güler', 'يشار غولر'],
    ['Ümit Dündar', 'أوميت دوندار'],
    ['Adnan Özbal', 'عدنان أوزبال'],
    ['Serhat Aksen', 'سرهات أكسن'],
    ['Hakan Fidan', 'هاكان فيدان'],
    ['İlker Sağlık', 'إيلكر صاغلك'],
    ['Halil Güzel', 'خليل غوزال'],
    ['Hidayet Yaprak', 'هدايت يبرق'],
    ['Abdussamet Aktaş', 'عبد الصمد أقتشاي'],
    ['Ziad Dghaim', 'زياد دغيم'],
    ['Mohammed bin Salman', 'محمد بن سلمان'],
  ])('%s = %s', (latin, arabic) => {
    expect(latinKey(latin)).toBe(latinKey(arabic));
  });

  it.each([
    ['Khalid Al-Attiyah', 'Fathi Bashagha'],
    ['خالد العطية', 'فتحي باشاغا'],
    ['Khalid Al-Attiyah', 'Khaled al-Mishri'],
    ['Fathi Bashagha', 'Fayez al-Sarraj'],
    ['Mohammed bin Salman', 'محمد بن نايف'],
    ['Jamal', 'Kamal'],
    ['Hulusi Akar', 'Hakan Fidan'],
    ['Recep Tayyip Erdoğan', 'Ibrahim Kalin'],
  ])('%s ≠ %s', (a, b) => {
    expect(latinKey(a)).not.toBe(latinKey(b));
  });

  it('gives the documented keys', () => {
    expect(latinKey('Hulusi Akar')).toBe('hls akr');
    expect(latinKey('خلوصي أكار')).toBe('hls akr');
    expect(latinKey('Recep Tayyip Erdoğan')).toBe('rjb tb ardjn');
    expect(latinKey('Fathi Bashagha')).toBe('fth bxj');
  });

  it('agrees with the transliteration of names from the seeds', () => {
    for (const name of [
      'خلوصي أكار',
      'إبراهيم قالن',
      'مصطفى كوكصو',
      'رجب طيب أردوغان',
      'خليفة حفتر',
      'فتحي باشاغا',
      'خالد بن محمد العطية',
      'خالد المشري',
      'فائز السراج',
      'صلاح الدين النمروش',
      'عبد الفتاح السيسي',
      'يشار غولر',
      'أوميت دوندار',
      'عدنان أوزبال',
      'سرهات أكسن',
      'زياد دغيم',
      'أحمد معيتيق',
      'عباس كامل',
      'إيلكر صاغلك',
      'نور الدين تشالك',
      'هدايت يبرق',
    ]) {
      expect(latinKey(transliterate(name)), name).toBe(latinKey(name));
    }
  });

  it('gives an empty key for empty, blank or title-only text', () => {
    expect(latinKey('')).toBe('');
    expect(latinKey('  ')).toBe('');
    expect(latinKey('الدكتور')).toBe('');
    expect(latinKey('Al-')).toBe('');
  });

  it('never throws on a string, and gives lowercase Latin tokens joined by single spaces', () => {
    const pieces = [
      ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ',
      ...'abcdefghijklmnopqrstuvwxyzçşğıöüİ',
      ' ',
      '-',
      "'",
      'ـ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (chars) => {
        const key = latinKey(chars.join(''));
        expect(key).toMatch(/^(?:[a-z]+(?: [a-z]+)*)?$/);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(typeof latinKey(s)).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('throws invalid_input for non-strings', () => {
    for (const bad of [null, undefined, 7, {}]) {
      let error: unknown;
      try {
        latinKey(bad as unknown as string);
      } catch (e) {
        error = e;
      }
      expect(isLiqaError(error) && error.code === 'invalid_input').toBe(true);
    }
  });
});
