import { transliterate } from '@liqa/core';
import { describe, expect, it } from 'vitest';
import { entity, expectWellFormed, mentionsWithText, namesOf, persons } from './helpers.js';

describe('findPersons: names after titles and roles', () => {
  it('a name after stacked titles, without them', () => {
    const found = persons('استقبل صاحب السمو الملكي الأمير فيصل بن بندر اليوم السفير الياباني.');
    const [m] = found.index.mentions;
    expect(m).toMatchObject({ kind: 'name', rule: 'persons/title-name', sentence: 0 });
    expect(m?.title?.text).toBe('صاحب السمو الملكي الأمير');
    expect(m?.name?.text).toBe('فيصل بن بندر');
    expectWellFormed(found);
  });

  it('a foreign name after a role with a nisba, in no gazetteer', () => {
    const { index } = persons('قال وزير الخارجية الكندي ستيفان ديون إن بلاده تدعم الحل.');
    const [m] = index.mentions;
    expect(m).toMatchObject({ rule: 'persons/role-name' });
    expect(m?.role?.text).toBe('وزير الخارجية الكندي');
    expect(m?.name?.text).toBe('ستيفان ديون');
    expect(index.entities[0]).toMatchObject({ name: 'ستيفان ديون', known: null, roles: ['وزير الخارجية الكندي'] });
    expect(index.entities[0]?.en).toBe(transliterate('ستيفان ديون'));
  });

  it('a role with its complement: government, council, region, embassy', () => {
    for (const [text, role, name] of [
      [
        'التقى وزير الداخلية بحكومة الوفاق غير الشرعية فتحي باشاغا الوفد.',
        'وزير الداخلية بحكومة الوفاق غير الشرعية',
        'فتحي باشاغا',
      ],
      ['والتقى رئيس المجلس الأعلى للدولة الليبي خالد المشري الوفد.', 'رئيس المجلس الأعلى للدولة الليبي', 'خالد المشري'],
      [
        'أكد أمير منطقة عسير الأمير فيصل بن خالد بن عبدالعزيز أن أبوابه مفتوحة.',
        'أمير منطقة عسير',
        'فيصل بن خالد بن عبدالعزيز',
      ],
      ['وقال السفير التركي في طرابلس سرهات أكسن إن الزيارة ناجحة.', 'السفير التركي في طرابلس', 'سرهات أكسن'],
      ['واجتمع محافظ بلجرشي سفر بن سويد الغامدي أمس مع أعضاء اللجنة.', 'محافظ بلجرشي', 'سفر بن سويد الغامدي'],
      ['حضر الاستقبال مساعد وزير الدفاع محمد العايش.', 'مساعد وزير الدفاع', 'محمد العايش'],
    ] as const) {
      const { index } = persons(text);
      const m = index.mentions.find((x) => x.kind === 'name');
      expect(m?.role?.text, text).toBe(role);
      expect(m?.name?.text, text).toBe(name);
    }
  });

  it('a role after the name joins the mention (apposition)', () => {
    const { index } = persons('وأوضح مصطفى كوكصو سفير أنقرة في قطر أن العلاقات مستمرة.');
    const [m] = index.mentions;
    expect(m?.text).toBe('مصطفى كوكصو سفير أنقرة في قطر');
    expect(m?.role?.text).toBe('سفير أنقرة في قطر');
    // A chain of roles between two names: the first is the first name's, the rest the second's.
    const r = persons(
      'استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير رئيس فرع الإفتاء الدكتور سعد بن سعيد الحجري.',
    );
    expect(entity(r.index, 'فيصل بن خالد بن عبدالعزيز').roles).toEqual(['أمير منطقة عسير']);
    expect(entity(r.index, 'سعد بن سعيد الحجري').roles).toEqual(['رئيس فرع الإفتاء']);
  });

  it('a role that a name follows is that name’s, not the previous one’s', () => {
    const { index } = persons('استقبل الأمير فيصل بن بندر وزير الخارجية عادل الجبير.');
    expect(entity(index, 'فيصل بن بندر').roles).toEqual([]);
    expect(entity(index, 'عادل الجبير').roles).toEqual(['وزير الخارجية']);
  });

  it('بقيادة ties the organisation before it to the leader as his role', () => {
    const { index } = persons(
      'استمر التنسيق ضد الجيش الوطني الليبي، بقيادة المشير خليفة حفتر. ودعا قائد الجيش الوطني الليبي قواته إلى القتال.',
    );
    expect(entity(index, 'خليفة حفتر').roles).toEqual(['قائد الجيش الوطني الليبي']);
    const [role] = mentionsWithText(index, 'قائد الجيش الوطني الليبي');
    expect(role?.kind).toBe('role');
    expect(namesOf(index, role as never)).toEqual(['خليفة حفتر']);
  });
});

describe('findPersons: names without a title', () => {
  it('a بن chain, a given name and a family name, a list item with و', () => {
    const { index } = persons(
      'حضر اللقاء سامح شكري وزير الخارجية المصري، وأحمد بن عبدالعزيز قطان سفير خادم الحرمين الشريفين لدى مصر، ومنصور البلوي.',
    );
    expect(index.entities.map((e) => e.name)).toEqual(['سامح شكري', 'أحمد بن عبدالعزيز قطان', 'منصور البلوي']);
    const qattan = index.mentions.find((m) => m.name?.text === 'أحمد بن عبدالعزيز قطان');
    expect(qattan?.text.startsWith('و')).toBe(false);
  });

  it('a list after كلا من and after هم:, each item without its و', () => {
    const { index } = persons('والمحررون هم: إيلكر صاغلك، ودوغان قيصّا، وجان ديمير، وأغلبهم يعمل في المطاعم.');
    expect(index.entities.map((e) => e.name)).toEqual(['إيلكر صاغلك', 'دوغان قيصّا', 'جان ديمير']);
    const r = persons('وضم الوفد كلا من رئيس الأركان يشار غولر، وقائد القوات البرية أوميت دوندار، وسليم قره باش.');
    expect(r.index.entities.map((e) => e.name)).toEqual(['يشار غولر', 'أوميت دوندار', 'سليم قره باش']);
  });

  it('a gazetteer name is found anywhere, in any spelling, and grows to the fuller form', () => {
    const { index } = persons(
      'تحرير أتراك محتجزين في مناطق سيطرة خليفة حفتر. وهنأ إردوغان الأمير محمد بن سلمان بن عبد العزيز.',
    );
    expect(entity(index, 'خليفة حفتر').known).toBe('khalifa-haftar');
    expect(entity(index, 'إردوغان').known).toBe('recep-tayyip-erdogan');
    expect(entity(index, 'محمد بن سلمان بن عبد العزيز').known).toBe('mohammed-bin-salman');
  });
});

describe('findPersons: short forms', () => {
  it('a surname or a foreign first name alone joins the person named in full, before or after', () => {
    const { index } = persons(
      'وقال كاريوكي إن الزيارة مهمة. وكان وزير الدفاع الكيني أومبيتي كاريوكي قد وصل. وأكد أومبيتي والزروقي التعاون مع وزير الدفاع صلاح الدين الزروقي.',
    );
    const kariuki = entity(index, 'أومبيتي كاريوكي');
    expect([...kariuki.aliases].sort()).toEqual(['أومبيتي', 'كاريوكي']);
    expect(index.mentions[0]).toMatchObject({ text: 'كاريوكي', rule: 'persons/surname' });
    expect(index.mentions.find((m) => m.text === 'أومبيتي')?.rule).toBe('persons/first-name');
    const zarruqi = index.mentions.find((m) => m.name?.text === 'الزروقي');
    expect(zarruqi).toMatchObject({ rule: 'persons/surname', text: 'الزروقي' });
    expect(namesOf(index, zarruqi as never)).toEqual(['صلاح الدين الزروقي']);
  });

  it('a common Arabic first name alone is no mention', () => {
    const { index } = persons('التقى وزير الخارجية عادل الجبير الصحفيين. وقال عادل إن الموقف ثابت.');
    expect(index.mentions.filter((m) => m.text === 'عادل')).toEqual([]);
  });
});

describe('findPersons: roles resolved in the article', () => {
  it('نظيره without a nationality is the other holder of the subject’s office', () => {
    const { index } = persons(
      'وصل وزير الخارجية المصري سامح شكري إلى الرياض. والتقى وزير الخارجية عادل الجبير نظيره في قصر الضيافة.',
    );
    const [m] = mentionsWithText(index, 'نظيره');
    expect(m?.kind).toBe('role');
    expect(namesOf(index, m as never)).toEqual(['سامح شكري']);
  });

  it('نظيره with a nationality, and a nationality written as a country', () => {
    const { index } = persons(
      'التقى وزير الدفاع التركي خلوصي أكار وزير دفاع قطر خالد العطية. وبحث الوزير التركي مع نظيره القطري التعاون.',
    );
    const [counterpart] = mentionsWithText(index, 'نظيره القطري');
    expect(namesOf(index, counterpart as never)).toEqual(['خالد العطية']);
    const [turk] = mentionsWithText(index, 'الوزير التركي');
    expect(namesOf(index, turk as never)).toEqual(['خلوصي أكار']);
  });

  it('الوزيرين are the two ministers named last', () => {
    const { index } = persons(
      'وصل وزير الداخلية فتحي باشاغا. ثم وصل وزير الدفاع التركي خلوصي أكار ووزير الدفاع القطري خالد العطية. واستقبل السراج الوزيرين.',
    );
    const [m] = mentionsWithText(index, 'الوزيرين');
    expect(m?.kind).toBe('group');
    expect(namesOf(index, m as never).sort()).toEqual(['خالد العطية', 'خلوصي أكار']);
  });

  it('a delegation defined with برئاسة and ضم, then referred to', () => {
    const { index } = persons(
      'وصل وفد عسكري تركي، برئاسة وزير الدفاع خلوصي أكار، وضم كلا من رئيس الأركان يشار غولر، وقائد القوات البرية أوميت دوندار، إلى طرابلس. والتقى الوفد التركي رئيس المجلس الرئاسي فائز السراج.',
    );
    const [defined] = mentionsWithText(index, 'وفد عسكري تركي');
    const [later] = mentionsWithText(index, 'الوفد التركي');
    const members = ['أوميت دوندار', 'خلوصي أكار', 'يشار غولر'];
    expect(namesOf(index, defined as never).sort()).toEqual(members);
    expect(namesOf(index, later as never).sort()).toEqual(members);
  });

  it('a delegation with no named member gives no group', () => {
    const { index } = persons(
      'وصل وفد مصري، برئاسة نائب رئيس جهاز المخابرات المصرية، إلى طرابلس. والتقى الوفد المصري المسؤولين.',
    );
    expect(index.mentions).toEqual([]);
  });
});
