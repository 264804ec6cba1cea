import { describe, expect, it } from 'vitest';
import { entity, expectWellFormed, mentionsWithText, namesOf, persons, seedPersons } from './helpers.js';

describe('findPersons: places end a name', () => {
  it('a city after a name is not part of it', () => {
    const found = persons('زار رئيس الاستخبارات التركية إبراهيم قالن بنغازي واجتمع مع خليفة حفتر.');
    const [m] = found.index.mentions;
    expect(m?.name?.text).toBe('إبراهيم قالن');
    expect(m?.role?.text).toBe('رئيس الاستخبارات التركية');
    expect(found.index.entities.map((e) => e.name)).toEqual(['إبراهيم قالن', 'خليفة حفتر']);
    expectWellFormed(found);
  });

  it('a city goes on the role before a name, and the name after it stays whole', () => {
    // SaudiNewsNet 2015-07-31#2122.
    const { index } = persons(
      'أكد مدير إدارة شؤون المباني بتعليم ينبع شاكر صالح الفقير، استلام 10 مشاريع لتشغيل 15 مدرسة مع بداية العام.',
    );
    expect(entity(index, 'شاكر صالح الفقير').roles).toEqual(['مدير إدارة شؤون المباني بتعليم ينبع']);
    const r = persons('وأكد محافظ خميس مشيط عبدالله بن سعد أن المشروع اكتمل.');
    expect(entity(r.index, 'عبدالله بن سعد').roles).toEqual(['محافظ خميس مشيط']);
  });

  it('a compound name keeps a second word that is also a town (أبو العلا)', () => {
    const { index } = persons('وقال محمد أبو العلا إن الاجتماع انتهى.');
    expect(index.entities.map((e) => e.name)).toEqual(['محمد أبو العلا']);
  });
});

describe('findPersons: a role joined to the name by في', () => {
  it('في + a country named as a body goes on the role', () => {
    // SaudiNewsNet 2015-07-21#699.
    const { index } = persons(
      'كما حضر الاجتماع رئيس البرلمان في جمهورية الشيشان ماغمد داؤدوف ونائب رئيس حكومة الشيشان حسن حكيموف.',
    );
    const [m] = index.mentions;
    expect(m?.name?.text).toBe('ماغمد داؤدوف');
    expect(m?.role?.text).toBe('رئيس البرلمان في جمهورية الشيشان');
    expect(entity(index, 'حسن حكيموف').roles).toEqual(['نائب رئيس حكومة الشيشان']);
  });
});

describe('findPersons: titles that stand for a named person', () => {
  it('خادم الحرمين الشريفين alone is the king the article names so', () => {
    // SaudiNewsNet 2015-07-21#750.
    const found = persons(
      'غادر خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز صباح اليوم مكة المكرمة متوجها إلى جدة. وكان خادم الحرمين الشريفين قد استقبل صباح اليوم في قصر الصفا رئيس وزراء لبنان الأسبق سعد الحريري.',
    );
    const refs = mentionsWithText(found.index, 'خادم الحرمين الشريفين');
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ kind: 'role', rule: 'persons/title-reference', sentence: 1 });
    expect(namesOf(found.index, refs[0] as never)).toEqual(['سلمان بن عبدالعزيز']);
    expectWellFormed(found);
  });

  it('the gazetteer gives the title when the article does not', () => {
    const { index } = persons('التقى الملك سلمان بن عبدالعزيز الوفد. وكان خادم الحرمين الشريفين قد استقبل الوزير.');
    const [ref] = mentionsWithText(index, 'خادم الحرمين الشريفين');
    expect(namesOf(index, ref as never)).toEqual(['سلمان بن عبدالعزيز']);
  });

  it('سمو + a bare office, سموه and سمو الأمير', () => {
    // SaudiNewsNet 2015-08-11#528.
    const { index } = persons(
      'عقد مجلس الشؤون الاقتصادية والتنمية اجتماعاً برئاسة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد. من جهة ثانية استقبل سمو ولي ولي العهد في قصر السلام بجدة مساء أمس، وزير الدولة لشؤون الدفاع بدولة قطر اللواء ركن حمد بن علي العطية. وأكد سموه عمق العلاقات. ثم التقى سمو الأمير الوفد المرافق.',
    );
    for (const text of ['سمو ولي ولي العهد', 'سموه', 'سمو الأمير']) {
      const [ref] = mentionsWithText(index, text);
      expect(ref?.kind, text).toBe('role');
      expect(namesOf(index, ref as never), text).toEqual(['محمد بن سلمان بن عبدالعزيز']);
    }
    expect(mentionsWithText(index, 'سمو ولي ولي العهد')[0]?.role?.text).toBe('ولي ولي العهد');
  });

  it('no reference when two persons hold the title, or none does', () => {
    const two = persons(
      'استقبل صاحب السمو الأمير فيصل بن بندر اليوم صاحب السمو الأمير سعود بن نايف. وأكد سموه أن العلاقات متينة.',
    );
    expect(mentionsWithText(two.index, 'سموه')).toEqual([]);
    const none = persons('قال وزير الخارجية عادل الجبير إن الزيارة ناجحة. وأكد سموه أن العلاقات متينة.');
    expect(mentionsWithText(none.index, 'سموه')).toEqual([]);
  });

  it('نائب خادم الحرمين الشريفين is not the king', () => {
    const { index } = persons(
      'استقبل خادم الحرمين الشريفين الملك سلمان الوفد. وحضر الأمير محمد بن نايف نائب خادم الحرمين الشريفين.',
    );
    expect(index.mentions.filter((m) => m.rule === 'persons/title-reference')).toEqual([]);
  });
});

describe('findPersons: a group phrase that stands for a list of names', () => {
  it('المواطنين المحررين is the list of المحررون … هم:', () => {
    const { index } = seedPersons('000');
    for (const text of ['المواطنين المحررين', 'المواطنين الأتراك المحررين']) {
      const [group] = mentionsWithText(index, text);
      expect(group?.kind, text).toBe('group');
      expect(group?.rule).toBe('persons/list-group');
      expect(namesOf(index, group as never)).toEqual([
        'إيلكر صاغلك',
        'دوغان قيصّا',
        'نور الدين تشالك',
        'خليل غوزال',
        'أحمد سلوي',
        'هدايت يبرق',
        'عبد الصمد أقتشاي',
      ]);
    }
    // Another distinctive word (المحتجزين) is another group.
    expect(mentionsWithText(index, 'المواطنين الأتراك المحتجزين')).toEqual([]);
  });

  it('a list defined after the phrase, and none without a list', () => {
    // SaudiNewsNet 2015-08-06#293.
    const text =
      'جدد فهد القحيز تأكيدهم على عدم أحقية اللاعبين الموقوفين بالمشاركة في المباراة. يذكر أن اللاعبين الموقوفين هم: حسين عبد الغني، وحسن الراهب، ومحمد عيد.';
    const { index } = persons(text);
    const groups = index.mentions.filter((m) => m.kind === 'group');
    expect(groups.map((g) => g.text)).toEqual(['اللاعبين الموقوفين']);
    expect(namesOf(index, groups[0] as never)).toEqual(['حسين عبد الغني', 'حسن الراهب', 'محمد عيد']);
    const alone = persons('جدد فهد القحيز تأكيدهم على عدم أحقية اللاعبين الموقوفين بالمشاركة في المباراة.');
    expect(alone.index.mentions.filter((m) => m.kind === 'group')).toEqual([]);
  });
});
