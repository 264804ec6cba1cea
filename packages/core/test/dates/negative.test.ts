import { describe, expect, it } from 'vitest';
import { dates, pairs } from './helpers.js';

const REFERENCE = '2020-12-27';

/** The texts of the mentions found in `text`. */
const found = (text: string, reference: string | null = REFERENCE) => dates(text, reference).map((m) => m.text);

describe('اليوم that is not today', () => {
  it('skips outlets named X اليوم', () => {
    expect(found('أخبار اليوم')).toEqual([]);
    expect(found('Next Previous عين اليوم – واس')).toEqual([]);
    expect(found('جميع الحقوق محفوظة لمجموعة العرب اليوم الاعلامية 2023 ©')).toEqual([]);
    expect(found('ارتفع إلى أكثر من ملياري دولار، وفقاً لروسيا اليوم .')).toEqual([]);
    expect(found('وحسب موقع "روسيا اليوم"، وقع الحادث')).toEqual([]);
    expect(found('بحسب شبكة “روسيا اليوم” الإخبارية')).toEqual([]);
    expect(found('وبحسب موقع روسيا اليوم يمكن أيضا')).toEqual([]);
    expect(found('بثته قناة الرئيس المخلوع «اليمن اليوم»، إذ')).toEqual([]);
    expect(found('وقالت صحيفة «اليوم» إن')).toEqual([]);
  });
  it('skips outlet names in headers and datelines (seed 003)', () => {
    expect(found('المغرب اليوم - تركيا تبحث تعزيز الدعم العسكري')).toEqual([]);
    expect(found('المغرب اليوم -\nأنقرة - ليبيا اليوم\n')).toEqual([]);
  });
  it('keeps X اليوم when it means "X today"', () => {
    expect(found('خلال زيارتهما إلى ليبيا اليوم، مُشيدًا بالدور التركي')).toEqual(['اليوم']);
    expect(found('وقالت روسيا اليوم الأربعاء إنها')).toEqual(['اليوم الأربعاء']);
    expect(found('قالت مصادر قضائية في مصر اليوم الأربعاء إن')).toEqual(['اليوم الأربعاء']);
  });
  it('skips days that are named, ordinal or anaphoric', () => {
    expect(found('وعقد اجتماع بيوم استقلال ليبيا، الذي يوافق')).toEqual([]);
    expect(found('بتقديم التهنئة بمناسبة الاحتفال باليوم الوطني الليبي.')).toEqual([]);
    expect(found('ذكرى اليوم الوطني واليوم العالمي للمرأة')).toEqual([]);
    expect(found('وفي اليوم التالي، وفي اليوم الأخير، وفي فجر اليوم التالي')).toEqual([]);
    expect(found('كما التقى لافروف في نفس اليوم أحمد معاذ الخطيب')).toEqual([]);
    expect(found('في ذلك اليوم وتلك الليلة')).toEqual([]);
    expect(found('التي وقعت ودونتها سجلات التاريخ في مثل هذا اليوم')).toEqual([]);
    expect(found('في مثل هذا اليوم الموافق للعشرين من شهر يوليو')).toEqual(['شهر يوليو']);
  });
  it('skips أمس in أمس الحاجة, and غد without a day part', () => {
    expect(found('نحن في أمس الحاجة إلى الدعم')).toEqual([]);
    expect(found('من أجل غد أفضل')).toEqual([]);
    expect(found('غداة لقائه الرئيس في أمسية ثقافية')).toEqual([]);
  });
});

describe('weekday names that are not days', () => {
  it('skips الاثنين "the two" and الأحد عشر "eleven"', () => {
    expect(found('بين البلدين الاثنين، والتقى الطرفين الاثنين')).toEqual([]);
    expect(found('مزجًا بين الاثنين.')).toEqual([]);
    expect(found('الأحد عشر لاعبا والواحد الأحد')).toEqual([]);
  });
  it('skips recurring weekdays', () => {
    expect(found('بتسيير رحلاتها إلى تبوك أيام الثلاثاء')).toEqual([]);
  });
});

describe('numbers and words that are not dates', () => {
  it('skips counts, times and bare numbers (seeds 000 and 003)', () => {
    expect(found('على أساس قرار مجلس الأمن رقم 2254.', null)).toEqual([]);
    expect(found('آخر تحديث GMT 06:12:26', null)).toEqual([]);
    expect(found('على أجمل إطلالات نيللي كريم الفخمة خلال 2020', null)).toEqual([]);
    expect(found('لمدة 18 شهرا وفي الذكرى 69 لاستقلال ليبيا', null)).toEqual([]);
    expect(found('بلغ 2,5 مليون في 1500 موقع', null)).toEqual([]);
  });
  it('skips numbers before Libyan month names that are common words', () => {
    expect(found('نقل 5 الماء و12 الصيف و3 الربيع', null)).toEqual([]);
    expect(found('شريكة عمره ذات الـ26 ربيعا', null)).toEqual([]);
  });
  it('skips Hijri month names that are personal names or words', () => {
    expect(found('رجب طيب أردوغان والرئيس رمضان أحمد قاديروف', null)).toEqual([]);
    expect(found('اكتليونا (واحد وبجانبه 27 صفرا)', null)).toEqual([]);
  });
  it('skips Gregorian month names that are common words', () => {
    expect(found('مارس الضغط على النظام، وزار آب ابنه', null)).toEqual([]);
  });
  it('does not read an ordinal that qualifies another noun as a day', () => {
    expect(pairs('في الأسبوع الأول من يونيو', null)).toEqual([['يونيو', null]]);
    expect(pairs('في النصف الثاني من مايو (أيار) الماضي', '2015-07-21')).toEqual([['مايو (أيار) الماضي', '2015-05']]);
  });
  it('skips year ranges', () => {
    expect(found('للعام الدراسي 1436/1437هـ وموسم 2014-2015', null)).toEqual([]);
  });
});
