import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import titlesData from '../../data/titles.ar.json';
import { isLiqaError } from '../../src/errors.js';
import { stripFoldedTitles, stripTitles } from '../../src/names/strip-titles.js';
import { normalize, normalizedText } from '../../src/text/normalize.js';

const TITLES_SCHEMA = z.strictObject({
  $comment: z.string().min(1),
  groups: z.record(
    z.string().regex(/^[a-z]+$/),
    z.strictObject({
      why: z.string().min(1),
      titles: z
        .array(
          z
            .string()
            .min(1)
            .refine((t) => t === t.trim() && !/\s{2}/.test(t), 'no outer or double spaces'),
        )
        .min(1),
    }),
  ),
});

describe('data/titles.ar.json', () => {
  it('has the documented shape', () => {
    const parsed = TITLES_SCHEMA.safeParse(titlesData);
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
  });

  it('lists each title once, after normalization', () => {
    const all = Object.values(titlesData.groups).flatMap((g) => g.titles.map((t) => normalize(t).text));
    expect(all.filter((t, i) => all.indexOf(t) !== i)).toEqual([]);
  });

  it('does not list roles or given names as titles', () => {
    const all = new Set(Object.values(titlesData.groups).flatMap((g) => g.titles));
    for (const notTitle of ['وزير الدفاع', 'وزير', 'رئيس', 'أمير', 'ملك', 'إمام', 'سيد', 'سلطان']) {
      expect(all.has(notTitle), notTitle).toBe(false);
    }
  });
});

describe('stripTitles', () => {
  it.each([
    // From the seeds.
    ['الدكتور مصطفى كوكسو', 'مصطفى كوكسو'],
    ['المشير خليفة حفتر', 'خليفة حفتر'],
    ['المشير حفتر', 'حفتر'],
    ['الرئيس أردوغان', 'أردوغان'],
    ['السفير سرهات أكسن', 'سرهات أكسن'],
    ['الوزير عباس كامل', 'عباس كامل'],
    // Repeated and multiword titles.
    ['صاحب السمو الملكي الأمير محمد بن سلمان', 'محمد بن سلمان'],
    ['خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز', 'سلمان بن عبدالعزيز'],
    ['سمو الشيخ تميم بن حمد آل ثاني', 'تميم بن حمد آل ثاني'],
    ['فخامة الرئيس عبد الفتاح السيسي', 'عبد الفتاح السيسي'],
    ['معالي الدكتور أنور قرقاش', 'أنور قرقاش'],
    ['الفريق أول ركن يشار غولر', 'يشار غولر'],
    ['اللواء طيار محمد', 'محمد'],
    ['آية الله العظمى علي السيستاني', 'علي السيستاني'],
    ['السيد حسن نصر الله', 'حسن نصر الله'],
    ['الأستاذ الدكتور أحمد', 'أحمد'],
    // Abbreviations, glued or not.
    ['د. محمد', 'محمد'],
    ['د.محمد', 'محمد'],
    ['د محمد', 'محمد'],
    ['م/ أحمد', 'أحمد'],
    ['أ.د. خالد', 'خالد'],
    ['الدكتور/ محمد', 'محمد'],
    ['الدكتور: محمد', 'محمد'],
    // Spelling: titles are matched on normalized text.
    ['الامير محمد', 'محمد'],
    ['الدكتـــور مصطفى', 'مصطفى'],
    ['الدكتـ.ـور مصطفى', 'مصطفى'],
    ['الشَّيْخ محمد', 'محمد'],
    ['الحاجه فاطمة', 'فاطمة'],
    ['\u200Fالدكتور\u00A0مصطفى', 'مصطفى'],
  ])('%s → %s', (input, expected) => {
    expect(stripTitles(input)).toBe(expected);
  });

  it('returns the rest in its original spelling', () => {
    expect(stripTitles('الدكتور مُصطفى كوكسـو')).toBe('مُصطفى كوكسـو');
    expect(stripTitles('الشيخة  مَوزا بنت ناصر ')).toBe('مَوزا بنت ناصر');
  });

  it.each(['وزير الدفاع خلوصي أكار', 'رئيس المجلس الرئاسي فائز السراج', 'خليفة حفتر', 'السيسي'])(
    'keeps roles and names: %s',
    (input) => {
      expect(stripTitles(input)).toBe(input);
    },
  );

  it.each([
    ['أمير عبد اللهيان', 'given name أمير, not الأمير'],
    ['عادل إمام', 'إمام is a family name here'],
    ['دولت بهجلي', 'دولت (Devlet) is not دولة'],
    ['ملك محمد', 'given name ملك'],
    ['سيد قطب', 'given name سيد'],
    ['الشيخي محمد', 'a word that starts like a title'],
    ['ديمة', 'a name starting with د'],
  ])('does not cut into names: %s (%s)', (input) => {
    expect(stripTitles(input)).toBe(input);
  });

  it('gives an empty string for titles only or blank text', () => {
    expect(stripTitles('الدكتور')).toBe('');
    expect(stripTitles('صاحب السمو الملكي الأمير')).toBe('');
    expect(stripTitles('')).toBe('');
    expect(stripTitles('  \n ')).toBe('');
  });

  it('throws invalid_input for non-strings', () => {
    for (const bad of [null, undefined, 42, {}, ['الدكتور']]) {
      let error: unknown;
      try {
        stripTitles(bad as unknown as string);
      } catch (e) {
        error = e;
      }
      expect(isLiqaError(error) && error.code === 'invalid_input').toBe(true);
    }
  });

  describe('properties', () => {
    const TITLE_WORDS = Object.values(titlesData.groups).flatMap((g) => g.titles);
    const arabicName = fc
      .array(
        fc.oneof(
          fc.constantFrom(...TITLE_WORDS),
          fc.constantFrom('محمد', 'خليفة', 'حفتر', 'أكار', 'د', '.', '/', ' ', 'ـ', '\u064E', '\u200D'),
          fc.string({ maxLength: 4 }),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join(' '));

    it('never throws, returns a trimmed suffix of its input, and is idempotent', () => {
      fc.assert(
        fc.property(fc.oneof(arabicName, fc.string({ unit: 'binary' })), (s) => {
          const out = stripTitles(s);
          expect(out).toBe(out.trim());
          expect(s.includes(out)).toBe(true);
          expect(s.trimEnd().endsWith(out)).toBe(true);
          expect(stripTitles(out)).toBe(out);
        }),
        { numRuns: 2000 },
      );
    });
  });
});

describe('stripFoldedTitles', () => {
  it('gives what stripTitles gives for normalized text', () => {
    const titles = Object.values(titlesData.groups).flatMap((group) => group.titles);
    const part = fc.oneof(
      fc.constantFrom(...titles),
      fc.constantFrom('محمد', 'بن', 'سلمان', 'كوكسو', ' ', '.', '/', '،'),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(part, { maxLength: 6 }).map((p) => p.join(' ')),
          fc.string(),
        ),
        (name) => {
          const folded = normalizedText(name);
          expect(stripFoldedTitles(folded)).toBe(stripTitles(folded));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
