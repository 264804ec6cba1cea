import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../../test/helpers/seeds.js';
import { isLiqaError } from '../../src/errors.js';
import { type Span, spanOf } from '../../src/model.js';
import { splitLines } from '../../src/text/lines.js';
import { splitSentences } from '../../src/text/sentences.js';

/** The sentences of the whole of `text`, as strings. */
const split = (text: string): string[] => splitSentences(text, spanOf(text, 0, text.length)).map((s) => s.text);

/** The line of a seed that starts with `start`. */
function seedLine(seed: string, start: string): { text: string; line: Span } {
  const text = readSeed(seed);
  const line = splitLines(text).find((l) => l.text.startsWith(start));
  if (!line) throw new Error(`no line starting with ${start} in seed ${seed}`);
  return { text, line };
}

describe('splitSentences: real sentences of the seeds', () => {
  it('splits a paragraph of seed 000 into its three sentences', () => {
    const { text, line } = seedLine('000', 'ومن ثم تركيا ملتزمة');
    const sentences = splitSentences(text, line);
    expect(sentences.map((s) => s.text)).toEqual([
      'ومن ثم تركيا ملتزمة بشدة بسيادة ليبيا وسلامتها الإقليمية ووحدتها السياسية.',
      'وحقق منتدى الحوار السياسي الليبي نجاحًا حقيقيًا.',
      'وكان انتخاب السلطة التنفيذية المؤقتة الجديدة خطوة مهمة بهذا المعنى.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps the quotation of seed 003 whole, across its «...» and the stray closing mark', () => {
    const { text, line } = seedLine('003', 'وبحسب بيان صدر عن المجلس الأعلى');
    expect(splitSentences(text, line).map((s) => s.text)).toEqual([line.text]);
  });

  it('splits seed 003 paragraphs at their periods, not inside «…» or (…)', () => {
    const { text, line } = seedLine('003', 'وكشفت تقارير أن الوفد التركي');
    expect(splitSentences(text, line).map((s) => s.text)).toEqual([
      'وكشفت تقارير أن الوفد التركي غير وجهته في آخر لحظة من قاعدة الوطية، التي حولتها تركيا إلى قاعدة جوية لها في غرب ليبيا، إلى مطار معيتيقة الليبي.',
      'وكانت قاعدة الوطية قد تعرضت لقصف في 5 من يوليو (تموز) الماضي بعد ساعات من زيارة أكار ووفد عسكري، ضم رئيس الأركان وقادة القوات المسلحة التركية للقاعدة.',
      'واعتبر مراقبون أن تغيير أكار والوفد التركي وجهتهم منها للهبوط في مطار معيتيقة يرجع إلى مخاوف من تعرضها للقصف مرة أخرى.',
    ]);
    const quoted = seedLine('003', 'وجاءت زيارة الوفد العسكري');
    expect(splitSentences(quoted.text, quoted.line).map((s) => s.text.slice(0, 30))).toEqual([
      'وجاءت زيارة الوفد العسكري إلى ',
      'وخلال الاحتفال بالذكرى 69 لاست',
    ]);
  });

  it('keeps a headline with «..» pauses as one sentence', () => {
    expect(split('بعملية استخباراتية تركية-قطرية رائدة.. تحرير أتراك محتجزين في ليبيا.. التفاصيل')).toHaveLength(1);
  });

  it('returns exact spans of the text for every line of every seed', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const text = readSeed(seed);
      for (const line of splitLines(text)) {
        for (const s of splitSentences(text, line)) {
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.start).toBeGreaterThanOrEqual(line.start);
          expect(s.end).toBeLessThanOrEqual(line.end);
          expect(s.text).toBe(s.text.trim());
        }
      }
    }
  });
});

describe('splitSentences: where a period does not end a sentence', () => {
  it('after abbreviations: د. and Dr.', () => {
    expect(split('وقال د. مصطفى كوكصو إن العلاقات مستمرة. وأضاف أن التعاون يتسع.')).toEqual([
      'وقال د. مصطفى كوكصو إن العلاقات مستمرة.',
      'وأضاف أن التعاون يتسع.',
    ]);
    expect(split('التقى Dr. Smith الوزير. ثم غادر.')).toEqual(['التقى Dr. Smith الوزير.', 'ثم غادر.']);
    expect(split('حضر أ.د. خالد الندوة.')).toEqual(['حضر أ.د. خالد الندوة.']);
  });

  it('after initials, Arabic or Latin', () => {
    expect(split('نقلت (أ. ف. ب) الخبر. وأكدته رويترز.')).toEqual(['نقلت (أ. ف. ب) الخبر.', 'وأكدته رويترز.']);
    expect(split('أعلن الجيش U.S. Army الخبر.')).toEqual(['أعلن الجيش U.S. Army الخبر.']);
    expect(split('زار جون إف. كينيدي برلين.')).toEqual(['زار جون إف. كينيدي برلين.']);
    expect(split('وصل م. أحمد إلى الموقع.')).toEqual(['وصل م. أحمد إلى الموقع.']);
  });

  it('in decimals and numeric dates', () => {
    expect(split('ارتفع المؤشر بنسبة 3.5 في المئة. وتراجع النفط.')).toEqual([
      'ارتفع المؤشر بنسبة 3.5 في المئة.',
      'وتراجع النفط.',
    ]);
    expect(split('وقع الاتفاق في 12.5.2015 في الرياض. ثم بدأ التنفيذ.')).toEqual([
      'وقع الاتفاق في 12.5.2015 في الرياض.',
      'ثم بدأ التنفيذ.',
    ]);
    expect(split('وقع الاتفاق يوم 12.5.2015. ثم بدأ التنفيذ.')).toEqual([
      'وقع الاتفاق يوم 12.5.2015.',
      'ثم بدأ التنفيذ.',
    ]);
  });

  it('after هـ. when the date goes on, and at it when the date ends', () => {
    expect(split('أبها 25 شوال 1436 هـ. الموافق 10 أغسطس 2015 م. وقال الأمير إن المشروع اكتمل.')).toEqual([
      'أبها 25 شوال 1436 هـ. الموافق 10 أغسطس 2015 م.',
      'وقال الأمير إن المشروع اكتمل.',
    ]);
    expect(split('توفي عام 1436هـ. ودفن في مكة.')).toEqual(['توفي عام 1436هـ.', 'ودفن في مكة.']);
  });

  it('after a list number that opens the sentence', () => {
    expect(split('1. تعزيز التعاون المشترك في مجالات الطاقة.')).toEqual(['1. تعزيز التعاون المشترك في مجالات الطاقة.']);
  });

  it('inside a short quotation or parenthesis that closes later', () => {
    expect(split('قال الوزير: «لن نتراجع. سنواصل العمل» ثم غادر القاعة.')).toEqual([
      'قال الوزير: «لن نتراجع. سنواصل العمل» ثم غادر القاعة.',
    ]);
    expect(split('قال: "انتهينا. شكرا لكم" وغادر.')).toEqual(['قال: "انتهينا. شكرا لكم" وغادر.']);
    expect(split('وصل الوفد (برئاسة د. أحمد. وضم خبراء) أمس.')).toEqual(['وصل الوفد (برئاسة د. أحمد. وضم خبراء) أمس.']);
  });

  it('but does split inside a quotation longer than 400 characters', () => {
    const long = `${'كلام طويل جدا في البيان '.repeat(12)}انتهى الجزء الأول. ${'ويتابع البيان القول '.repeat(10)}`;
    const text = `قال: «${long}» ثم صمت.`;
    expect(text.length).toBeGreaterThan(400);
    expect(split(text)).toHaveLength(2);
  });

  it('after ellipsis inside a sentence only when something keeps it open', () => {
    // An ellipsis followed by more text is an end…
    expect(split('قال إن الأمر انتهى... ثم غادر القاعة.')).toEqual(['قال إن الأمر انتهى...', 'ثم غادر القاعة.']);
    expect(split('انتظرنا طويلا… وفي النهاية وصل الوفد.')).toEqual(['انتظرنا طويلا…', 'وفي النهاية وصل الوفد.']);
    // …unless it sits in a quotation, or a closing mark without an opening one follows.
    expect(split('قال: «انتظرنا... ثم وصلوا» وغادر.')).toHaveLength(1);
    expect(split('وقال إن الأمر انتهى... وإن «الحرب لن تعود».')).toHaveLength(2);
    // A stray closing parenthesis is a list number, not a lost quotation.
    expect(split('انتهى الاجتماع. 2) بحث الملف الأمني.')).toEqual(['انتهى الاجتماع.', '2) بحث الملف الأمني.']);
    // …or the next mark cannot start a sentence.
    expect(split('أما غير ذلك فلا وألف لا ... !')).toHaveLength(1);
  });
});

describe('splitSentences: where sentences end', () => {
  it('at ! ? ؟ and their runs, with closing marks kept in the sentence', () => {
    expect(split('هل تنجح الوساطة؟ نعم! قال «انتهينا.» وغادر؟!')).toEqual([
      'هل تنجح الوساطة؟',
      'نعم!',
      'قال «انتهينا.»',
      'وغادر؟!',
    ]);
    expect(split('What now? We wait.')).toEqual(['What now?', 'We wait.']);
  });

  it('at every line break of the span', () => {
    expect(split('عنوان بلا نقطة\nنص الخبر هنا.')).toEqual(['عنوان بلا نقطة', 'نص الخبر هنا.']);
  });

  it('only within the span it is given', () => {
    const text = 'قبل. الفقرة الأولى. الفقرة الثانية. بعد.';
    const start = text.indexOf('الفقرة');
    const end = text.indexOf('بعد') - 1;
    expect(splitSentences(text, spanOf(text, start, end)).map((s) => s.text)).toEqual([
      'الفقرة الأولى.',
      'الفقرة الثانية.',
    ]);
  });

  it('refuses a span outside the text', () => {
    let error: unknown;
    try {
      splitSentences('نص', { start: 0, end: 10, text: 'نص' });
    } catch (e) {
      error = e;
    }
    expect(isLiqaError(error) && error.code).toBe('invalid_input');
  });
});

describe('splitSentences: properties', () => {
  const pieces = [
    'قال',
    ' ',
    '  ',
    'الوزير',
    'د',
    'هـ',
    'م',
    'U',
    'S',
    'Dr',
    '3',
    '2015',
    '.',
    '..',
    '...',
    '…',
    '!',
    '؟',
    '?',
    '،',
    ':',
    '«',
    '»',
    '“',
    '”',
    '"',
    '(',
    ')',
    '[',
    ']',
    '\n',
    '\r\n',
    '\u200F',
    '\u00A0',
    'الموافق',
  ];
  const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((parts) => parts.join(''));
  const caseArb = textArb.chain((text) =>
    fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
      .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) })),
  );
  const nonSpace = (s: string) => s.replace(/\s/gu, '');

  it('never throws; spans lie in the paragraph, sorted, disjoint, trimmed, and cover every non-space character', () => {
    fc.assert(
      fc.property(caseArb, ({ text, start, end }) => {
        const span = spanOf(text, start, end);
        const sentences = splitSentences(text, span);
        let previous = start;
        for (const s of sentences) {
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.start).toBeGreaterThanOrEqual(previous);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(end);
          expect(s.text).toBe(s.text.replace(/^\s+|\s+$/gu, ''));
          previous = s.end;
        }
        expect(sentences.map((s) => nonSpace(s.text)).join('')).toBe(nonSpace(span.text));
      }),
      { numRuns: 2000 },
    );
  });

  it('also on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const sentences = splitSentences(text, spanOf(text, 0, text.length));
        expect(sentences.map((s) => nonSpace(s.text)).join('')).toBe(nonSpace(text));
      }),
      { numRuns: 500 },
    );
  });
});
