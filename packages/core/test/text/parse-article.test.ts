import { isLiqaError, parseArticle } from '@liqa/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed, SEED_FILES } from '../../../../test/helpers/seeds.js';

const everySpanSlicesBack = (article: ReturnType<typeof parseArticle>) => {
  const spans = [
    ...article.paragraphs,
    ...article.sentences,
    ...article.boilerplate,
    ...(article.titleSpan ? [article.titleSpan] : []),
    ...(article.dateline ? [article.dateline] : []),
  ];
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(article.text.length);
    expect(article.text.slice(span.start, span.end)).toBe(span.text);
  }
};

describe('parseArticle on the seeds', () => {
  it.each(SEED_FILES)('%s: every span slices back to the original text', (file) => {
    const original = readSeed(file);
    const article = parseArticle(original);
    expect(article.text).toBe(original);
    expect(article.format).toBe('text');
    everySpanSlicesBack(article);
    expect(article.sentences.length).toBeGreaterThan(5);
  });

  it('seed 003: the junk is gone and the article text is intact', () => {
    const original = readSeed('003');
    const article = parseArticle(original);
    expect(article.title).toBe('تركيا تبحث تعزيز الدعم العسكري لـالوفاق والجيش الليبي يؤكد استعداده لصد أي هجوم');
    expect(article.dateline?.place?.text).toBe('أنقرة');
    expect(article.dateline?.agency?.text).toBe('ليبيا اليوم');
    expect(article.body).toContain('وقام وفد عسكري تركي، برئاسة وزير الدفاع خلوصي أكار');
    expect(article.body).toContain('والحفاظ على مقدراتها ومكتسباتها»');
    for (const junk of [
      'يهمــــــــك',
      'GMT 17:48',
      'Security Code',
      'libyatoday',
      'جميع الحقوق محفوظة',
      'شروط النشر',
      'الإسم *',
    ]) {
      expect(article.body).not.toContain(junk);
      expect(article.boilerplate.some((b) => b.text.includes(junk))).toBe(true);
    }
    // The removed spans and the kept paragraphs never overlap.
    for (const p of article.paragraphs) {
      expect(article.boilerplate.some((b) => b.start < p.end && p.start < b.end)).toBe(false);
    }
  });

  it('seed 003: a quoted ellipsis does not split the sentence', () => {
    const article = parseArticle(readSeed('003'));
    expect(article.sentences.some((s) => s.text.includes('قوات» حفتر... للعبث باستقرار ليبيا'))).toBe(true);
  });

  it('seed 004: the headline below a section label, the dateline, and the comment form', () => {
    const article = parseArticle(readSeed('004'));
    expect(article.title).toBe('باشاغا لوزيري دفاع قطر وتركيا: الحرب سوف تعود رحاها في أي لحظة');
    expect(article.dateline?.place?.text).toBe('طرابلس');
    expect(article.dateline?.agency?.text).toBe('أوج');
    expect(article.paragraphs[0]?.text.startsWith('استقبل وزير الداخلية بحكومة الوفاق غير الشرعية فتحي باشاغا')).toBe(
      true,
    );
    expect(article.body).not.toContain('اترك تعليقاً');
    expect(article.body).not.toContain('زر الذهاب إلى الأعلى');
  });

  it('seed 000: the repeated headline and the bylines are removed, the subheading kept', () => {
    const article = parseArticle(readSeed('000'));
    expect(article.body).not.toContain('فريق المتابعة والتحرير');
    expect(article.body).toContain('التعاون التركي القطري يدعم الحل السياسي في سوريا');
    expect(article.body.includes('بعملية استخباراتية تركية-قطرية رائدة')).toBe(false);
  });

  it('keeps the caller’s title and publication date', () => {
    const article = parseArticle({ id: 'x1', title: 'عنوان', text: 'استقبل الأمير الوزير.', published: '2015-08-10' });
    expect(article).toMatchObject({ id: 'x1', title: 'عنوان', published: '2015-08-10', titleSpan: null });
    expect(article.sentences.map((s) => s.text)).toEqual(['استقبل الأمير الوزير.']);
  });
});

describe('parseArticle on an SPA dateline', () => {
  it('reads the Hijri and Gregorian dates and starts the body after the dateline', () => {
    const text =
      '\u200Fأبها 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nاستقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير اليوم رئيس فرع الإفتاء بالمنطقة.';
    const article = parseArticle({ text, title: null });
    expect(article.dateline?.date).toBe('2015-08-10');
    expect(article.dateline?.hijri?.iso).toBe('2015-08-10');
    expect(article.dateline?.place?.text).toBe('أبها');
    expect(article.paragraphs[0]?.text.startsWith('استقبل صاحب السمو')).toBe(true);
    everySpanSlicesBack(article);
  });
});

describe('parseArticle on HTML', () => {
  const html = `<!doctype html><html><head><title>استقبال &amp; لقاء</title><style>p{color:red}</style></head>
<body><nav><a href="/">الرئيسية</a></nav><h1>أمير عسير يستقبل السفير</h1>
<p>استقبل الأمير فيصل بن خالد أمس السفير الياباني.</p><p>وبحث معه التعاون&nbsp;بين البلدين.</p>
<script>alert("x")</script><form>اترك تعليقاً <input name="n"></form></body></html>`;

  it('reads the visible text, drops scripts, styles and forms, and maps back to the markup', () => {
    const article = parseArticle(html);
    expect(article.format).toBe('html');
    expect(article.body).toContain('استقبل الأمير فيصل بن خالد أمس السفير الياباني.');
    expect(article.text).not.toContain('alert');
    expect(article.text).not.toContain('color:red');
    expect(article.text).not.toContain('اترك تعليقاً');
    everySpanSlicesBack(article);
    const sentence = article.sentences.find((s) => s.text.startsWith('استقبل'));
    expect(sentence).toBeDefined();
    const [textAt, sourceAt] = article.sourceOffsets.findLast(([t]) => t <= (sentence?.start ?? 0)) ?? [0, 0];
    const sourceStart = sourceAt + ((sentence?.start ?? 0) - textAt);
    expect(html.slice(sourceStart, sourceStart + 6)).toBe('استقبل');
  });
});

describe('parseArticle on bad input', () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return isLiqaError(error) ? error.code : `not a LiqaError: ${String(error)}`;
    }
    return 'no error';
  };

  it('refuses a non-string with invalid_input', () => {
    expect(codeOf(() => parseArticle(42 as never))).toBe('invalid_input');
    expect(codeOf(() => parseArticle(null as never))).toBe('invalid_input');
    expect(codeOf(() => parseArticle({ title: 'x' } as never))).toBe('invalid_input');
    expect(codeOf(() => parseArticle({ text: 'x', published: '10/08/2015' }))).toBe('invalid_input');
  });
  it('refuses binary data with unsupported_format', () => {
    expect(
      codeOf(() => parseArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))),
    ).toBe('unsupported_format');
    expect(codeOf(() => parseArticle(new Uint8Array([0xc7, 0xe1, 0xd1, 0xed, 0xc7, 0xd6])))).toBe('unsupported_format');
  });
  it('refuses text with many control characters near its start, and takes text with a few', () => {
    const controls = '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u001f';
    expect(codeOf(() => parseArticle(`${controls}استقبل الأمير الوزير.`))).toBe('unsupported_format');
    expect(parseArticle(`استقبل الأمير الوزير.\u0007 ${'كلمة '.repeat(40)}`).sentences.length).toBeGreaterThan(0);
    // Past the first 8192 characters they are not counted.
    expect(parseArticle(`${'ا'.repeat(8192)}${controls.repeat(100)}`).text.length).toBe(9192);
  });
  it('reads UTF-8 bytes', () => {
    const article = parseArticle(new TextEncoder().encode('العنوان\nاستقبل الأمير الوزير.'));
    expect(article.sentences.map((s) => s.text)).toEqual(['استقبل الأمير الوزير.']);
  });
  it('gives an empty article for an empty file', () => {
    const article = parseArticle('');
    expect(article).toMatchObject({ title: null, dateline: null, paragraphs: [], sentences: [], boilerplate: [] });
  });
  it('refuses a 50 MB input with input_too_large, before reading it', () => {
    const huge = 'ا'.repeat(50 * 1024 * 1024);
    expect(codeOf(() => parseArticle(huge))).toBe('input_too_large');
  });
  it('refuses unknown options with invalid_options', () => {
    expect(codeOf(() => parseArticle('x', { format: 'pdf' as never }))).toBe('invalid_options');
  });
});

describe('parseArticle: properties', () => {
  const arabicText = fc.string({
    unit: fc.constantFrom(...'أابتجحدرسعفقكلمنهوي ـ.،؟!:-–«»()"\n\n٢٥ 2015 شوال هـ واس GMT'.split('')),
    maxLength: 2_000,
  });
  const htmlish = fc.array(
    fc.constantFrom('<p>', '</p>', '<div>', '<br>', '&amp;', '<script>', 'استقبل', ' الأمير ', '.', '\n'),
    {
      maxLength: 200,
    },
  );

  it('never throws on any string, and every span slices back', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arabicText,
          fc.string({ unit: 'grapheme' }),
          htmlish.map((parts) => parts.join('')),
        ),
        (text) => {
          let article: ReturnType<typeof parseArticle>;
          try {
            article = parseArticle(text);
          } catch (error) {
            // Binary-looking strings are refused on purpose; nothing else may throw.
            expect(isLiqaError(error) && error.code === 'unsupported_format').toBe(true);
            return;
          }
          everySpanSlicesBack(article);
        },
      ),
      { numRuns: 300 },
    );
  });
});
