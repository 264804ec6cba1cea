import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_AVAILABLE, readCorpus } from '../../../../test/helpers/corpus.js';
import { readSeed, SEED_FILES } from '../../../../test/helpers/seeds.js';
import { isLiqaError } from '../../src/errors.js';
import { BOILERPLATE_RULES, compileBoilerplateRules } from '../../src/lexicon/boilerplate-rules.js';
import type { Boilerplate, Span } from '../../src/model.js';
import { type FindBoilerplateOptions, findBoilerplate, siteSplitOf } from '../../src/text/boilerplate.js';
import { splitLines } from '../../src/text/lines.js';

const find = (text: string, options?: FindBoilerplateOptions) => findBoilerplate(text, splitLines(text), options);

/** The removed lines, each with its rule: `[rule, line]`. */
function removedLines(text: string, options?: FindBoilerplateOptions): [string, string][] {
  const found = find(text, options);
  return splitLines(text).flatMap((line): [string, string][] => {
    const hit = found.find((b) => b.start <= line.start && line.end <= b.end);
    return hit ? [[hit.rule.replace('boilerplate/', ''), line.text]] : [];
  });
}

const isRemoved = (line: Span, found: readonly Boilerplate[]) =>
  found.some((b) => b.start <= line.start && line.end <= b.end);

/** A real paragraph (seed 004) to put around the line under test, so the text reads as an Arabic article. */
const PARAGRAPH =
  'وقال باشاغا، في بيان لوزارة الداخلية، إنه ينبغي الحذر من الأخطار التي لازالت مُحدقة بليبيا وبأن الحرب سوف تعود رحاها في أي لحظة، مُستعرضًا آلية عمل وزارة الداخلية.';
const PARAGRAPH_2 =
  'وأضاف أنه تم الاتفاق على أن الحوار السياسي يعد الحل الوحيد للأزمة الليبية، مؤكدًا ضرورة دعم هذا المسار الذي من شأنه تعزيز الاستقرار في البلاد.';

/** The rule that removes `line`, set between two real paragraphs; null when it stays. */
function ruleFor(line: string, options?: FindBoilerplateOptions): string | null {
  const text = `${PARAGRAPH}\n${line}\n${PARAGRAPH_2}`;
  const hit = removedLines(text, { title: null, ...options }).find(([, l]) => l === line.trim());
  return hit ? hit[0] : null;
}

describe('findBoilerplate: the seeds', () => {
  it('seed 003: keeps every paragraph and removes everything from «قد يهمك أيضا» to the end', () => {
    const text = readSeed('003');
    const lines = splitLines(text);
    const found = findBoilerplate(text, lines);
    const first = text.indexOf('أكدت تركيا وحكومة الوفاق');
    const last = text.indexOf('والحفاظ على مقدراتها ومكتسباتها»') + 'والحفاظ على مقدراتها ومكتسباتها»'.length;
    const junk = text.indexOf('قـــد يهمــــــــك ايضـــــــًا:');
    expect(first).toBeGreaterThan(0);
    expect(junk).toBeGreaterThan(last);
    const body = lines.filter((l) => l.start >= first && l.end <= last);
    expect(body).toHaveLength(16);
    for (const line of body) expect(isRemoved(line, found), line.text).toBe(false);
    for (const line of lines.filter((l) => l.start >= junk)) expect(isRemoved(line, found), line.text).toBe(true);
    expect(found.at(-1)?.end).toBe(text.trimEnd().length);
  });

  it('seed 003: the page header, with its title copies and site names', () => {
    const text = readSeed('003');
    const head = removedLines(text).filter(([, line]) => text.indexOf(line) < text.indexOf('أكدت تركيا'));
    expect(head).toEqual([
      ['last-updated', 'آخر تحديث GMT 06:12:26'],
      ['site-name', 'المغرب اليوم -'],
      ['title-repeat', 'تركيا تبحث تعزيز الدعم العسكري لـ"الوفاق" والجيش الليبي يؤكد استعداده لصد أي هجوم'],
      ['site-name', 'المغرب اليوم -'],
      ['title-repeat', 'المغرب اليوم - تركيا تبحث تعزيز الدعم العسكري لـ'],
    ]);
  });

  it('seed 003: each kind of junk under its own rule', () => {
    const removed = new Map(removedLines(readSeed('003')).map(([rule, line]) => [line, rule]));
    expect(removed.get('قـــد يهمــــــــك ايضـــــــًا:')).toBe('related-headlines');
    expect(removed.get('الجيش الوطني الليبي يوقف عناصر تتبع القاعدة في شمال أفريقيا')).toBe('related-headlines');
    expect(removed.get('الإسم *')).toBe('comment-form');
    expect(removed.get('البريد الألكتروني *')).toBe('comment-form');
    expect(removed.get('Security Code*')).toBe('comment-form');
    expect(removed.get('اُوافق على شروط الأستخدام')).toBe('comment-form');
    expect(removed.get('GMT 17:48 2021 الجمعة ,08 كانون الثاني / يناير')).toBe('timestamped-headline');
    expect(removed.get('تمارين تساعدك في بناء العضلات وخسارة الوزن تعرف عليها')).toBe('timestamped-headline');
    expect(removed.get('جميع الحقوق محفوظة لمجموعة العرب اليوم الاعلامية 2023 ©')).toBe('copyright');
    expect(removed.get('Maintained and developed by Arabs Today Group SAL')).toBe('copyright');
    expect(removed.get('بناية النخيل - رأس النبع _ خلف السفارة الفرنسية _بيروت - لبنان')).toBe('copyright');
    expect(removed.get('libyatoday')).toBe('no-arabic-letter');
  });

  it('seed 000: the repeated title, section and team bylines go; the subheading stays', () => {
    expect(removedLines(readSeed('000'))).toEqual([
      ['title-repeat', 'بعملية استخباراتية تركية-قطرية رائدة.. تحرير أتراك محتجزين في ليبيا.. التفاصيل'],
      ['section-label', 'أخبار اليوم'],
      ['byline', 'فريق المتابعة والتحرير'],
    ]);
  });

  it('seed 001: the comment counter and the comment form', () => {
    expect(removedLines(readSeed('001'))).toEqual([
      ['lone-number', '0'],
      ['comments', 'اترك رد'],
      ['comment-form', 'لن يتم نشر عنوان بريدك الإلكتروني.'],
    ]);
  });

  it('seed 002: the relative date, the repeated title and the share button', () => {
    expect(removedLines(readSeed('002'))).toEqual([
      ['relative-time', 'منذ 2 شهور'],
      ['title-repeat', 'اتفاق بوساطة تركية بين الحكومة الليبية وجهاز الردع'],
      ['page-controls', 'شارك'],
    ]);
  });

  it('seed 004: the section label and the whole tail of the page', () => {
    expect(removedLines(readSeed('004'))).toEqual([
      ['section-label', 'محلي'],
      ['tags', 'الوسوم'],
      ['related-headlines', 'مقالات ذات صلة'],
      ['comments', 'اترك تعليقاً'],
      ['comment-form', 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *'],
      ['page-controls', 'زر الذهاب إلى الأعلى'],
      ['page-controls', 'إغلاق'],
    ]);
  });

  it('gives the same answer when the caller passes the headline', () => {
    for (const file of SEED_FILES) {
      const text = readSeed(file);
      const title = splitLines(text)[0]?.text ?? null;
      if (file.startsWith('004')) continue; // its first line is the section label
      expect(find(text, { title }), file).toEqual(find(text));
    }
  });

  it('returns sorted, disjoint spans of whole lines that slice back, merging runs of one rule', () => {
    for (const file of SEED_FILES) {
      const text = readSeed(file);
      const lines = splitLines(text);
      const found = findBoilerplate(text, lines);
      let previousEnd = -1;
      for (const [i, b] of found.entries()) {
        expect(b.text).toBe(text.slice(b.start, b.end));
        expect(b.rule).toMatch(/^boilerplate\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(b.start).toBeGreaterThan(previousEnd);
        expect(lines.some((l) => l.start === b.start)).toBe(true);
        expect(lines.some((l) => l.end === b.end)).toBe(true);
        const next = found[i + 1];
        if (next?.rule === b.rule) {
          // Same rule twice in a row only with article text between them.
          expect(lines.some((l) => l.start > b.end && l.end < next.start && !isRemoved(l, found))).toBe(true);
        }
        previousEnd = b.end;
      }
    }
  });
});

describe('findBoilerplate: one rule at a time, on real lines', () => {
  it('comment-form: fields, labels and terms', () => {
    expect(ruleFor('الإسم *')).toBe('comment-form');
    expect(ruleFor('عنوان التعليق *')).toBe('comment-form');
    expect(ruleFor(': Characters Left')).toBe('comment-form');
    expect(ruleFor('لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *')).toBe('comment-form');
    expect(
      ruleFor(
        'شروط النشر: عدم الإساءة للكاتب أو للأشخاص أو للمقدسات أو مهاجمة الأديان أو الذات الالهية. والابتعاد عن التحريض الطائفي والعنصري والشتائم.',
      ),
    ).toBe('comment-form');
  });

  it('comments and copyright: footers that take the rest of the text', () => {
    const text = `${PARAGRAPH}\n${PARAGRAPH_2}\n${PARAGRAPH}\nاترك رد\nأحمد: مقال رائع ومفيد جدا، شكرا للكاتب على هذا الطرح.`;
    expect(removedLines(text, { title: null })).toEqual([
      ['comments', 'اترك رد'],
      ['comments', 'أحمد: مقال رائع ومفيد جدا، شكرا للكاتب على هذا الطرح.'],
    ]);
    expect(ruleFor('جميع الحقوق محفوظة لمجموعة العرب اليوم الاعلامية 2023 ©')).toBe('copyright');
  });

  it('a footer in the first half of the text takes only its own line', () => {
    const text = `اترك رد\n${PARAGRAPH}\n${PARAGRAPH_2}`;
    expect(removedLines(text, { title: null })).toEqual([['comments', 'اترك رد']]);
  });

  it('related-headlines: the block runs over headline lines and stops at a paragraph', () => {
    const text = [
      PARAGRAPH,
      'اقرأ أيضا:',
      'الجيش الوطني الليبي يوقف عناصر تتبع القاعدة في شمال أفريقيا',
      '"الوفاق" تواصل استفزازاتها العسكرية لقوات الجيش الوطني في "سرت" الليبية',
      PARAGRAPH_2,
      'التعاون التركي القطري يدعم الحل السياسي في سوريا',
    ].join('\n');
    expect(removedLines(text, { title: null })).toEqual([
      ['related-headlines', 'اقرأ أيضا:'],
      ['related-headlines', 'الجيش الوطني الليبي يوقف عناصر تتبع القاعدة في شمال أفريقيا'],
      ['related-headlines', '"الوفاق" تواصل استفزازاتها العسكرية لقوات الجيش الوطني في "سرت" الليبية'],
    ]);
    expect(find(text, { title: null })).toHaveLength(1);
  });

  it('tags: a header with its tags, or tags after a colon', () => {
    const text = `${PARAGRAPH}\nالوسوم\nتركيا\nقطر\nليبيا\n${PARAGRAPH_2}`;
    expect(removedLines(text, { title: null }).map(([rule]) => rule)).toEqual(['tags', 'tags', 'tags', 'tags']);
    expect(ruleFor('الوسوم: تركيا، قطر، ليبيا')).toBe('tag-list');
  });

  it('timestamped-headline: a GMT stamp takes the short headline after it, not a paragraph', () => {
    const stamp = 'GMT 14:13 2013 الثلاثاء ,03 كانون الأول / ديسمبر';
    const headline = 'الببلاوي : قانون التظاهر سينفذ بكل قوة و بكل حرص';
    expect(removedLines(`${PARAGRAPH}\n${stamp}\n${headline}\n${PARAGRAPH_2}`, { title: null })).toEqual([
      ['timestamped-headline', stamp],
      ['timestamped-headline', headline],
    ]);
    expect(removedLines(`${PARAGRAPH}\n${stamp}\n${PARAGRAPH_2}`, { title: null })).toEqual([
      ['timestamped-headline', stamp],
    ]);
  });

  it('title-repeat: copies of the headline, doubled, cut after a site name, with other quotes', () => {
    const title = 'تركيا تبحث تعزيز الدعم العسكري لـالوفاق والجيش الليبي يؤكد استعداده لصد أي هجوم';
    const text = [
      title,
      'المغرب اليوم - تركيا تبحث تعزيز الدعم العسكري لـ',
      PARAGRAPH,
      `${title} ${title}`,
      'تركيا تبحث تعزيز الدعم العسكري لـ"الوفاق" والجيش الليبي يؤكد استعداده لصد أي هجوم',
      PARAGRAPH_2,
    ].join('\n');
    expect(removedLines(text, { title }).map(([rule]) => rule)).toEqual([
      'title-repeat',
      'title-repeat',
      'title-repeat',
    ]);
    expect(removedLines(text, { title }).some(([, line]) => line === title)).toBe(false);
  });

  it('site-name: a site name left dangling before a dash, when it comes back', () => {
    const text = `المغرب اليوم -\n${PARAGRAPH}\nالمغرب اليوم -\n${PARAGRAPH_2}`;
    expect(removedLines(text, { title: null })).toEqual([
      ['site-name', 'المغرب اليوم -'],
      ['site-name', 'المغرب اليوم -'],
    ]);
  });

  it('relative-time and last-updated stamps', () => {
    expect(ruleFor('منذ 2 شهور')).toBe('relative-time');
    expect(ruleFor('منذ ساعتين')).toBe('relative-time');
    expect(ruleFor('قبل 3 أيام')).toBe('relative-time');
    expect(ruleFor('آخر تحديث GMT 06:12:26')).toBe('last-updated');
    expect(ruleFor('تاريخ النشر: 2021/01/08')).toBe('last-updated');
  });

  it('page-controls, read-more and read-also', () => {
    expect(ruleFor('زر الذهاب إلى الأعلى')).toBe('page-controls');
    expect(ruleFor('إغلاق')).toBe('page-controls');
    expect(ruleFor('شارك')).toBe('page-controls');
    expect(ruleFor('Next Previous')).toBe('page-controls');
    expect(ruleFor('12 تعليق')).toBe('page-controls');
    expect(ruleFor('...المزيد')).toBe('read-more');
    expect(ruleFor('اقرأ أيضا: باشاغا لوزيري دفاع قطر وتركيا: الحرب سوف تعود رحاها في أي لحظة')).toBe('read-also');
  });

  it('end-marker, dispatch-time and contact lines of agency items and columns', () => {
    expect(ruleFor('// انتهى //')).toBe('end-marker');
    expect(ruleFor('// يتبع //')).toBe('end-marker');
    expect(ruleFor('19:23 ت م')).toBe('dispatch-time');
    expect(
      ruleFor('للتواصل أرسل sms إلى 88548 الاتصالات ,636250 موبايلي, 738303 زين تبدأ بالرمز 158 مسافة ثم الرسالة'),
    ).toBe('contact');
    expect(ruleFor('لمراسلة الكاتب: turki@alriyadh.net')).toBe('contact');
    expect(ruleFor('tariq@asharqalawsat.com')).toBe('contact');
    expect(ruleFor('تويتر: @ibrahim__naseeb')).toBe('contact');
  });

  it('section-label and byline: label lines only, section labels only above the first paragraph', () => {
    expect(removedLines(`محلي\n${PARAGRAPH}`, { title: null })).toEqual([['section-label', 'محلي']]);
    expect(removedLines(`أخبار اليوم\nفريق المتابعة والتحرير\n${PARAGRAPH}`, { title: null })).toEqual([
      ['section-label', 'أخبار اليوم'],
      ['byline', 'فريق المتابعة والتحرير'],
    ]);
    // Lower down, a section name is a subheading of the article.
    expect(ruleFor('الاقتصاد')).toBe(null);
    expect(ruleFor('فريق المتابعة والتحرير')).toBe('byline');
    expect(ruleFor('* خدمة «نيويورك تايمز»')).toBe('byline');
    expect(ruleFor('خاص بـ«الشرق الأوسط»')).toBe('byline');
  });

  it('lone-number and no-arabic-letter, the latter only in an Arabic article', () => {
    expect(ruleFor('0')).toBe('lone-number');
    expect(ruleFor('libyatoday libyatoday libyatoday')).toBe('no-arabic-letter');
    expect(ruleFor('* * *')).toBe('no-arabic-letter');
    const english =
      'The minister met his Qatari counterpart in Tripoli on Monday.\nlibyatoday\nThey discussed training.';
    expect(removedLines(english, { title: null })).toEqual([]);
  });

  it('matches phrases after normalize(): tatweel, diacritics and alef forms do not matter', () => {
    expect(ruleFor('قـــد يهمــــــــك ايضـــــــًا:')).toBe('related-headlines');
    expect(ruleFor('اترك تعليقاً')).toBe('comments');
    expect(ruleFor('إغــلاق')).toBe('page-controls');
  });

  it('takes extra rules from the caller, before the built-in ones', () => {
    const extraRules = [
      { id: 'newsletter', kind: 'line' as const, prefixes: ['اشترك في النشرة'], maxWords: 12, why: 'A box.' },
    ];
    expect(ruleFor('اشترك في النشرة البريدية اليومية', { extraRules })).toBe('newsletter');
    expect(ruleFor('اشترك في النشرة البريدية اليومية')).toBe(null);
  });

  it('refuses invalid rules with a LiqaError that says why', () => {
    const bad = (rules: unknown) => {
      try {
        compileBoilerplateRules(rules);
      } catch (error) {
        return isLiqaError(error) ? `${error.code}: ${error.message}` : 'not a LiqaError';
      }
      return 'accepted';
    };
    expect(bad([{ id: 'Bad Id', kind: 'line', phrases: ['x'], why: 'y' }])).toMatch(/^invalid_options: .*kebab-case/s);
    expect(bad([{ id: 'empty', kind: 'line', why: 'y' }])).toMatch(/at least one phrase/);
    expect(bad([{ id: 'a', kind: 'sideways', phrases: ['x'], why: 'y' }])).toMatch(/^invalid_options/);
    expect(bad([{ id: 'a', kind: 'line', patterns: ['(a+)+$'], why: 'y' }])).toMatch(/nested quantifiers/);
    expect(bad([{ id: 'a', kind: 'line', patterns: ['(?:\\s*x)*'], why: 'y' }])).toMatch(/nested quantifiers/);
    expect(bad([{ id: 'a', kind: 'line', patterns: ['[unclosed'], why: 'y' }])).toMatch(/invalid pattern/);
    expect(
      bad([
        { id: 'a', kind: 'line', phrases: ['x'], why: 'y' },
        { id: 'a', kind: 'line', phrases: ['z'], why: 'y' },
      ]),
    ).toMatch(/duplicate rule id/);
  });

  it('the built-in rules load, each with a reason', () => {
    expect(BOILERPLATE_RULES.length).toBeGreaterThan(10);
    for (const rule of BOILERPLATE_RULES) {
      expect(rule.id).toMatch(/^boilerplate\/[a-z0-9-]+$/);
      expect(rule.why.length).toBeGreaterThan(20);
    }
  });

  it('refuses lines that are not spans of the text', () => {
    const text = 'سطر أول\nسطر ثان';
    expect(() => findBoilerplate(text, [{ start: 0, end: 3, text: 'خطأ' }])).toThrow(/does not match the text/);
    const [first, second] = splitLines(text) as [Span, Span];
    expect(() => findBoilerplate(text, [second, first])).toThrow(/sorted, disjoint/);
  });
});

describe('findBoilerplate: negative cases, article text that stays', () => {
  it('keeps every paragraph of the seeds', () => {
    const bodies: Record<string, [string, string]> = {
      '000': [
        'صارت العلاقات على المستوى العسكري',
        'وكان انتخاب السلطة التنفيذية المؤقتة الجديدة خطوة مهمة بهذا المعنى.',
      ],
      '001': ['أوضح مصطفى كوكصو سفير أنقرة', 'والغاز في المنطقة.'],
      '002': ['علمت وكالة الأناضول من مصادر أمنية', 'تحت سيطرة قوة ردع الجريمة.'],
      '004': ['أوج – طرابلس', 'تعزيز الاستقرار في البلاد.'],
    };
    for (const [seed, [from, to]] of Object.entries(bodies)) {
      const text = readSeed(seed);
      const lines = splitLines(text);
      const found = findBoilerplate(text, lines);
      const start = text.indexOf(from);
      const end = text.indexOf(to) + to.length;
      expect(start, seed).toBeGreaterThanOrEqual(0);
      const kept = lines.filter((l) => l.start >= start && l.end <= end);
      expect(kept.length, seed).toBeGreaterThan(5);
      for (const line of kept) {
        if (seed === '000' && /^(?:أخبار اليوم|فريق المتابعة والتحرير)$/.test(line.text)) continue;
        expect(isRemoved(line, found), `${seed}: ${line.text}`).toBe(false);
      }
    }
  });

  it('keeps the subheading of seed 000 and its closing source line', () => {
    const text = readSeed('000');
    const found = find(text);
    for (const line of splitLines(text)) {
      if (line.text === 'التعاون التركي القطري يدعم الحل السياسي في سوريا' || line.text === 'الأناضول والقدس العربي') {
        expect(isRemoved(line, found), line.text).toBe(false);
      }
    }
  });

  it('keeps lines that only look like boilerplate', () => {
    for (const line of [
      'التعاون التركي القطري يدعم الحل السياسي في سوريا',
      'منذ 2 شهور تعمل اللجنة على إعداد تقريرها النهائي عن الزيارة.',
      'ودعا رئيس النادي كافة المهتمين بالشعر للتسجيل عبر بريد النادي الإلكتروني adabi@club.org.sa قبل نهاية الشهر.',
      'شارك في الاجتماع وزير الدفاع التركي خلوصي أكار ونظيره القطري خالد العطية.',
      'جميع الحقوق التي كفلها الدستور محفوظة للمواطنين، كما قال الوزير في كلمته أمام المجلس اليوم بحضور عدد من النواب والمسؤولين.',
      'الاسم الذي اختاره الوفد للمبادرة هو «طريق السلام».',
      'أولاً :',
      'بسم الله الرحمن الرحيم',
      'والسلام عليكم ورحمة الله وبركاته.',
      'حكومة الوفاق الوطني الليبية',
      'أنقرة - ليبيا اليوم',
      'الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس',
      'عين اليوم – متابعات',
    ]) {
      expect(ruleFor(line), line).toBe(null);
    }
  });

  it('keeps short lines that repeat but are not site names (labels, refrains, decree formulas)', () => {
    const text = [
      PARAGRAPH,
      'المقادير:',
      'كوب عدس أحمر',
      'المقادير:',
      'وقد أعد مرسوم ملكي بذلك.',
      PARAGRAPH_2,
      'وقد أعد مرسوم ملكي بذلك.',
      '* التطبيقات المجانية',
      '* التطبيقات المجانية',
    ].join('\n');
    expect(removedLines(text, { title: null })).toEqual([]);
  });

  it('keeps a short caption that merely starts like the title', () => {
    const text = `وزير الشؤون الاجتماعية\n${PARAGRAPH}`;
    expect(removedLines(text, { title: 'وزير الشؤون الاجتماعية يدشن المقر الجديد للمركز الوطني للدراسات' })).toEqual(
      [],
    );
  });

  it.skipIf(!CORPUS_AVAILABLE)(
    'removes little from a sample of SaudiNewsNet articles, and only short lines',
    async () => {
      let lines = 0;
      let chars = 0;
      let removedLineCount = 0;
      let removedChars = 0;
      const long: string[] = [];
      for await (const article of readCorpus(50)) {
        const text = article.content;
        const all = splitLines(text);
        const found = findBoilerplate(text, all, { title: article.title });
        lines += all.length;
        chars += text.length;
        for (const line of all) {
          if (!isRemoved(line, found)) continue;
          removedLineCount++;
          removedChars += line.text.length;
          // Lines of real prose are long; only contact boxes glued to an e-mail reach 30 words.
          if (line.text.split(/\s+/).length > 30) long.push(`${article.id}: ${line.text}`);
        }
      }
      expect(lines).toBeGreaterThan(3000);
      expect(long).toEqual([]);
      expect(removedLineCount / lines).toBeLessThan(0.03);
      expect(removedChars / chars).toBeLessThan(0.005);
    },
  );

  it.skipIf(!CORPUS_AVAILABLE)('removes only the known junk from chosen corpus articles', async () => {
    const expected: Record<string, [string, string][]> = {
      // A Saudi Press Agency item: only its end marker and dispatch time go.
      '2015-08-10#1501': [
        ['end-marker', '// انتهى //'],
        ['dispatch-time', '19:59 ت م'],
      ],
      // A column: the writer's e-mail and SMS box go, the text stays.
      '2015-07-25#711': [
        ['contact', 'suhaila_hammad@hotmail.com'],
        ['contact', 'للتواصل مع الكاتب ارسل رسالة SMS'],
        ['contact', 'تبدأ بالرمز (26) ثم مسافة ثم نص الرسالة إلى'],
        ['no-arabic-letter', '88591 - Stc'],
        ['no-arabic-letter', '635031 - Mobily'],
        ['no-arabic-letter', '737221 - Zain'],
      ],
      // Recipes with repeated 'المقادير:' labels: nothing goes.
      '2015-07-21#429': [],
      // An article whose first line is a caption that starts like the title: nothing goes.
      '2015-08-06#753': [],
    };
    const seen = new Set<string>();
    for await (const article of readCorpus()) {
      if (!(article.id in expected)) continue;
      seen.add(article.id);
      expect(removedLines(article.content, { title: article.title }), article.id).toEqual(expected[article.id]);
      if (seen.size === Object.keys(expected).length) break;
    }
    expect([...seen].sort()).toEqual(Object.keys(expected).sort());
  });
});

describe('siteSplitOf', () => {
  it('cuts a site name before a dash, as the regex alone does, for any line', () => {
    expect(siteSplitOf('المغرب اليوم - قمة الرياض')?.[1]).toBe('المغرب اليوم');
    expect(siteSplitOf('قمة الرياض بلا فاصل')).toBeNull();
    const regex = /^(.{1,60}?)\s?[-–—|]\s?/u;
    const line = fc.string({ unit: fc.constantFrom(...'اب ت-–—|\n\u2028x'.split('')), maxLength: 90 });
    fc.assert(
      fc.property(fc.oneof(line, fc.string({ unit: 'grapheme' })), (norm) => {
        expect(siteSplitOf(norm)?.[0] ?? null).toBe(regex.exec(norm)?.[0] ?? null);
      }),
      { numRuns: 3000 },
    );
  });
});
