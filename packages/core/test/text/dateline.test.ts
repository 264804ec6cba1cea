import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../../test/helpers/seeds.js';
import type { Dateline } from '../../src/model.js';
import { findDateline } from '../../src/text/dateline.js';
import { splitLines } from '../../src/text/lines.js';

/** Finds the dateline of `text`, checking first that every span slices back exactly. */
function dateline(text: string): Dateline | null {
  const found = findDateline(text, splitLines(text));
  if (found) {
    for (const span of [found, found.place, found.agency, found.gregorian, found.hijri]) {
      if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
  return found;
}

/** The dateline's parts as text, to compare in one `toEqual`. */
function parts(text: string) {
  const found = dateline(text);
  if (!found) return null;
  return {
    text: found.text,
    place: found.place?.text ?? null,
    agency: found.agency?.text ?? null,
    gregorian: found.gregorian?.text ?? null,
    hijri: found.hijri?.text ?? null,
    date: found.date,
    rule: found.rule,
  };
}

describe('findDateline: SPA datelines (dateline/spa)', () => {
  it('reads place, both dates and the agency (was 2015-08-10)', () => {
    const text = ' بريدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n أعلنت أمانة منطقة القصيم';
    const found = dateline(text);
    expect(found).toMatchObject({
      text: 'بريدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس',
      start: 1,
      place: { text: 'بريدة', start: 1, end: 6 },
      agency: { text: 'واس' },
      gregorian: { text: '10 أغسطس 2015 م', year: 2015, month: 8, day: 10, iso: '2015-08-10' },
      hijri: { text: '25 شوال 1436 هـ', year: 1436, month: 10, day: 25, iso: '2015-08-10' },
      date: '2015-08-10',
      rule: 'dateline/spa',
    });
  });

  it('takes the marks glued to the year (1436هـ, 2015م) and a missing space after the place', () => {
    expect(parts(' الباحة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس\n أكد المدير العام')).toMatchObject({
      gregorian: '10 أغسطس 2015م',
      hijri: '25 شوال 1436هـ',
      date: '2015-08-10',
    });
    expect(parts(' الأحساء25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n تُقيم اللجنة')).toMatchObject({
      place: 'الأحساء',
      date: '2015-08-10',
    });
  });

  it('reads the typos of the wire: هـالموافق, لموافق, .واس, مواس, 011', () => {
    expect(parts(' نجران 26 شوال 1436 هـالموافق 11 اغسطس 2015 م واس\n أعلنت جامعة نجران')?.date).toBe('2015-08-11');
    expect(parts(' طرابلس 26 شوال 1436ه لموافق 11 اغسطس 2015م .واس\n تبدأ اليوم')).toMatchObject({
      agency: 'واس',
      date: '2015-08-11',
    });
    expect(parts(' نجران 26 شوال 1436 هـ الموافق 11 أغسطس 2015 مواس\n أعلنت الإدارة')).toMatchObject({
      gregorian: '11 أغسطس 2015 م',
      agency: 'واس',
    });
    expect(parts(' ينبع26 شوال 1436هـ الموافق 011 أغسطس 2015 م واس\n عقد مدير التعليم')?.date).toBe('2015-08-11');
  });

  it('keeps a stretched place and a country in brackets', () => {
    expect(parts(' أبهــا 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n نفذت إدارة')?.place).toBe('أبهــا');
    expect(parts(' تبليسي (جورجيا) 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\n أكد')?.place).toBe('تبليسي (جورجيا)');
    expect(parts(' مكة المكرمة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\n')?.place).toBe('مكة المكرمة');
  });

  it('reads a weekday opener with no place, after the wire greeting line', () => {
    const text =
      ' وكالة الأنباء السعودية تحييكم وتبدأ بثها اليوم\n الإثنين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n';
    expect(parts(text)).toMatchObject({
      text: 'الإثنين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس',
      place: null,
      date: '2015-08-10',
      rule: 'dateline/spa',
    });
  });

  it('maps invisible marks and Arabic-Indic digits back to the original', () => {
    const text = '\u200f\u202bالرياض ٢٦ شوال ١٤٣٦هـ الموافق ١١ أغسطس ٢٠١٥م واس\nنص الخبر';
    expect(parts(text)).toMatchObject({
      place: 'الرياض',
      hijri: '٢٦ شوال ١٤٣٦هـ',
      gregorian: '١١ أغسطس ٢٠١٥م',
      date: '2015-08-11',
    });
  });

  it('falls back on the Hijri date when the Gregorian one is not a real day', () => {
    expect(parts('الرياض 25 شوال 1436 هـ الموافق 31 فبراير 2015 م واس\n')).toMatchObject({
      gregorian: null,
      hijri: '25 شوال 1436 هـ',
      date: '2015-08-10',
      rule: 'dateline/spa',
    });
  });

  it('reads a Hijri date alone', () => {
    expect(parts('الرياض 25 شوال 1436 هـ واس\nنص')).toMatchObject({
      gregorian: null,
      hijri: '25 شوال 1436 هـ',
      date: '2015-08-10',
      rule: 'dateline/place-date',
    });
  });
});

describe('findDateline: a place and one date (dateline/place-date)', () => {
  it('reads a date-only opener', () => {
    expect(parts('الرياض 10 أغسطس 2015\nأعلنت الشركة')).toEqual({
      text: 'الرياض 10 أغسطس 2015',
      place: 'الرياض',
      agency: null,
      gregorian: '10 أغسطس 2015',
      hijri: null,
      date: '2015-08-10',
      rule: 'dateline/place-date',
    });
  });
  it('reads Syriac and paired month names, and an agency in brackets', () => {
    expect(parts('بيروت 10 آب 2015 (أ ف ب)\nنص')).toMatchObject({ agency: 'أ ف ب', date: '2015-08-10' });
    expect(parts('دمشق ١٠ حزيران/يونيو ٢٠١٥\nنص')).toMatchObject({
      gregorian: '١٠ حزيران/يونيو ٢٠١٥',
      date: '2015-06-10',
    });
    expect(parts('الجزائر 5 جويلية 2015\nنص')?.date).toBe('2015-07-05');
  });
  it('drops a weekday between place and date from the place', () => {
    expect(parts('الرياض الاثنين 10 أغسطس 2015\nنص')).toMatchObject({ place: 'الرياض', date: '2015-08-10' });
  });
});

describe('findDateline: agency datelines', () => {
  it('reads سبق- PLACE: before the first sentence (dateline/agency-place)', () => {
    const text = ' سبق- الرياض: "لم أكن أتوقع أن يكون هناك فرص وظيفية مميزة للسعوديين';
    expect(parts(text)).toEqual({
      text: 'سبق- الرياض',
      place: 'الرياض',
      agency: 'سبق',
      gregorian: null,
      hijri: null,
      date: null,
      rule: 'dateline/agency-place',
    });
  });
  it('reads a reporter, the agency and the place (dateline/byline-agency-place)', () => {
    expect(parts(' ماجد الرفاعي- سبق- ينبع: انتشلت فرق الدفاع المدني')).toMatchObject({
      text: 'ماجد الرفاعي- سبق- ينبع',
      place: 'ينبع',
      agency: 'سبق',
      rule: 'dateline/byline-agency-place',
    });
    // علي is a name here, though normalize() folds على to the same letters.
    expect(parts(' علي حفول - سبق -الرياض: وجهت وزارة الشؤون البلدية')?.place).toBe('الرياض');
    expect(parts(' عبدالله البرقاوي، ياسر العتيبي-سبق- الرياض: حصلت "سبق"')?.place).toBe('الرياض');
  });
  it('reads the separators – and ـ (عين اليوم, الرياضي, أوج)', () => {
    expect(parts(' عين اليوم – الرياض\n أكدت وزارة التعليم')).toMatchObject({ place: 'الرياض', agency: 'عين اليوم' });
    expect(parts('عين اليوم – مانيلا\nنص')).toMatchObject({ place: 'مانيلا', agency: 'عين اليوم' });
    expect(parts('الرياضي ـ الكويت\nاستقبل الشيخ صباح الأحمد')).toMatchObject({
      text: 'الرياضي ـ الكويت',
      place: 'الكويت',
      agency: 'الرياضي',
      rule: 'dateline/agency-place',
    });
  });
  it('reads PLACE - AGENCY (dateline/place-agency)', () => {
    expect(parts('الرياض - واس\nنص')).toMatchObject({ place: 'الرياض', agency: 'واس', rule: 'dateline/place-agency' });
    const aawsat = 'اتفاق فرنسي - روسي في شأن سفينتي «ميسترال»\n\nباريس - أ.ف.ب: توصل الرئيس الفرنسي';
    expect(parts(aawsat)).toMatchObject({ text: 'باريس - أ.ف.ب', place: 'باريس', agency: 'أ.ف.ب' });
    expect(parts('* كوريا الجنوبية تدعو جارتها الشمالية\n* سيول - «الشرق الأوسط»: ذكرت وزارة')).toMatchObject({
      text: 'سيول - «الشرق الأوسط»',
      place: 'سيول',
      agency: 'الشرق الأوسط',
    });
  });
  it('reads PLACE (AGENCY) -', () => {
    expect(parts('القاهرة (رويترز) - قال مسؤول مصري إن')).toMatchObject({
      text: 'القاهرة (رويترز)',
      place: 'القاهرة',
      agency: 'رويترز',
      rule: 'dateline/place-agency',
    });
  });
  it("reads a reporter's byline with the agency: no place (dateline/byline-agency)", () => {
    expect(parts(' \n فايز الحسيكي – عين اليوم\nيبدو أن قضية معلمة تبوك')).toMatchObject({
      text: 'فايز الحسيكي – عين اليوم',
      place: null,
      agency: 'عين اليوم',
      rule: 'dateline/byline-agency',
    });
    expect(parts(' لجين الأحمدي، عبدالرحمن الشهري – عين اليوم\nأكد وزير التعليم')?.agency).toBe('عين اليوم');
    expect(parts(' إبراهيم الحذيفي – عين اليوم اعتمد مستشار خادم الحرمين')?.text).toBe('إبراهيم الحذيفي – عين اليوم');
  });
  it('takes desk credits for neither place nor agency (dateline/agency-credit)', () => {
    expect(parts(' سبق- وكالات: اعتبر وزير الخارجية')).toMatchObject({
      place: null,
      agency: 'سبق',
      rule: 'dateline/agency-credit',
    });
  });
  it('prefers the wire to the outlet, past scraping leftovers', () => {
    expect(parts(' Next Previous عين اليوم – واس\nتشرف بأداء القسم')).toMatchObject({
      text: 'عين اليوم – واس',
      agency: 'واس',
      place: null,
    });
  });
});

describe('findDateline: datelines without an agency', () => {
  it('reads REPORTER – PLACE and PLACE – REPORTER', () => {
    expect(parts(' أحمد البشيري – الباحة\nأقامت هيئة الهلال الأحمر')).toMatchObject({
      place: 'الباحة',
      agency: null,
      rule: 'dateline/byline-place',
    });
    expect(parts(' الأحساء ـ عادل الدحيلان\n\nاعتمد الرئيس العام')).toMatchObject({
      text: 'الأحساء ـ عادل الدحيلان',
      place: 'الأحساء',
      rule: 'dateline/place-byline',
    });
    expect(parts(' \nحنان الحامدي – جدة (تصوير: علي الزهراني)\n \nقام مكتب العمل')?.place).toBe('جدة');
  });
  it('reads PLACE: REPORTER below the headline', () => {
    expect(parts('بريطانيا: أربعة محاور لاستراتيجية جديدة\nلندن: رنيم حنوش\nحدد رئيس الوزراء')).toMatchObject({
      text: 'لندن: رنيم حنوش',
      place: 'لندن',
      rule: 'dateline/place-byline',
    });
  });
});

describe('findDateline: seeds', () => {
  it('seed 003: أنقرة - ليبيا اليوم, below scraped boilerplate', () => {
    const text = readSeed('003');
    expect(parts(text)).toMatchObject({ text: 'أنقرة - ليبيا اليوم', place: 'أنقرة', agency: 'ليبيا اليوم' });
  });
  it('seed 004: أوج – طرابلس, below the section and the headline', () => {
    expect(parts(readSeed('004'))).toMatchObject({
      text: 'أوج – طرابلس',
      place: 'طرابلس',
      agency: 'أوج',
      rule: 'dateline/agency-place',
    });
  });
  it('seeds 000, 001 and 002 have none', () => {
    for (const seed of ['000', '001', '002']) expect(parts(readSeed(seed))).toBeNull();
  });
});

describe('findDateline: negative cases', () => {
  const none = (text: string) => expect(parts(text)).toBeNull();

  it('an ordinary first sentence is no dateline, even with a weekday or a date in it', () => {
    none('قال تقرير اليوم الاثنين إن الاقتصاد السعودي ينمو بوتيرة أسرع من المتوقع');
    none('وفقاً لمتابعات الجزيرة لتاريخ 6 شوال 1436هـ، فقد تبرع ابن الرس البار ورجل الأعمال');
    none(' في 21 نوفمبر 2013م كتب وزير الخارجية الإيراني مقالاً بصحيفة الشرق الأوسط');
    none('ودَّعت الجزيرة العربية يوم السبت 25 رمضان 1436هـ الموافق 11 يوليو (تموز) 2015م رجل الدبلوماسية');
    none('أعلنت الشركة يوم 10 أغسطس 2015\nنص');
  });
  it('an outlet quoted in a sentence is no dateline', () => {
    none('علمت «عكاظ» من مصادر مطلعة أن وزارة الصحة');
    none(' وكشف مصدر أمني لـ«الشرق الأوسط»: إن الهجوم');
    none('وأوضح لـ «عكاظ»: أن المشروع');
    none('تتجه أنظار العالم -كل العالم- اليوم إلى القاهرة');
  });
  it('headlines are no datelines', () => {
    none('أردوغان: التفجير في سوروتش عمل إرهابي\nقال الرئيس التركي');
    none('تقاسم أدوار تركي ـ أميركي: الحدود لأنقرة والرقة لواشنطن\nنص');
    none('افتتاح غرفة التجارة الإيرانية ـ الأميركية\nنص');
    none('المغرب اليوم -\nالمغرب اليوم - تركيا تبحث تعزيز الدعم العسكري لـ\nنص');
  });
  it('two parts that nothing tells apart are no dateline', () => {
    none('حامد القرشي – مكة المكرمة\nنص');
    none('كردستان - العراق\nنص');
    none('سلوى سعد – متابعات\nنص');
    none('عين اليوم – الجمعة\nنص');
  });
  it('an invalid date is no dated dateline', () => {
    none('الرياض 31 فبراير 2015\nنص');
    none('الرياض 30 ذو القعدة 1436 م\nنص');
  });
  it('looks no further than the opening: not past body text, nor far into the text', () => {
    const body =
      'أكدت تركيا وحكومة الوفاق الوطني الليبية في خطوة اعتبرت تصعيدية، استمرار التعاون والتنسيق العسكري المشترك ضد قوات حفتر في طرابلس وما حولها.';
    none(`العنوان\n${body}\nالرياض - واس`);
    none(`${'سطر قصير\n'.repeat(50)}الرياض - واس`);
    none('');
  });
});
