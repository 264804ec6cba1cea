import { describe, expect, it } from 'vitest';
import { entity, expectWellFormed, mentionsWithText, namesOf, seedPersons } from './helpers.js';

const sorted = (names: Iterable<string>) => [...names].sort();

describe('findPersons on the seeds: the persons', () => {
  it('seed 000: Erdoğan, the seven freed citizens, Koksu and Haftar, and nobody else', () => {
    const { index } = seedPersons('000');
    expect(sorted(index.entities.map((e) => e.name))).toEqual(
      sorted([
        'رجب طيب أردوغان',
        'إيلكر صاغلك',
        'دوغان قيصّا',
        'نور الدين تشالك',
        'خليل غوزال',
        'أحمد سلوي',
        'هدايت يبرق',
        'عبد الصمد أقتشاي',
        'مصطفى كوكسو',
        'خليفة حفتر',
      ]),
    );
    const erdogan = entity(index, 'رجب طيب أردوغان');
    expect(erdogan.aliases).toEqual(['أردوغان']);
    expect(erdogan.roles).toEqual(['الرئيس التركي']);
    expect(erdogan.en).toBe('Recep Tayyip Erdogan');
    expect(erdogan.known).toBe('recep-tayyip-erdogan');
    expect(entity(index, 'مصطفى كوكسو').roles).toEqual(['سفير قطر في تركيا']);
    expect(entity(index, 'خليفة حفتر').aliases).toEqual(['حفتر']);
  });

  it('seed 001: the three ministers and the ambassador, with the spellings the article uses', () => {
    const { index } = seedPersons('001');
    expect(sorted(index.entities.map((e) => e.name))).toEqual(
      sorted(['مصطفى كوكصو', 'خلوصي آكار', 'خالد العطية', 'فتحي باشاغا']),
    );
    const akar = entity(index, 'خلوصي آكار');
    expect(akar.aliases).toEqual(['خلوصي أكار']);
    expect(akar.roles).toEqual(['وزير دفاع تركيا', 'وزير الدفاع التركي']);
    expect(entity(index, 'خالد العطية').roles).toEqual(['وزير دفاع قطر']);
    expect(entity(index, 'فتحي باشاغا').roles).toEqual(['وزير دفاع حكومة الوفاق الغير شرعية']);
    // كوكصو alone, and the name with the role after it.
    expect(entity(index, 'مصطفى كوكصو').aliases).toEqual(['كوكصو']);
  });

  it('seed 002: Kalın under both spellings, Haftar, Erdoğan and Daghim', () => {
    const { index } = seedPersons('002');
    expect(sorted(index.entities.map((e) => e.name))).toEqual(
      sorted(['إبراهيم قالن', 'خليفة حفتر', 'رجب طيب أردوغان', 'زياد دغيم']),
    );
    const kalin = entity(index, 'إبراهيم قالن');
    expect(sorted(kalin.aliases)).toEqual(sorted(['قالن', 'كالين']));
    expect(kalin.en).toBe('Ibrahim Kalin');
    expect(entity(index, 'زياد دغيم').roles).toEqual(['مستشار رئيس المجلس الرئاسي الليبي']);
  });

  it('seed 003: the Turkish delegation, the Libyans and the Egyptians', () => {
    const { index } = seedPersons('003');
    expect(sorted(index.entities.map((e) => e.name))).toEqual(
      sorted([
        'خلوصي أكار',
        'يشار غولر',
        'أوميت دوندار',
        'عدنان أوزبال',
        'خالد المشري',
        'صلاح الدين النمروش',
        'فتحي باشاغا',
        'سرهات أكسن',
        'خليفة حفتر',
        'فائز السراج',
        'عباس كامل',
        'عبد الفتاح السيسي',
        'رجب طيب إردوغان',
      ]),
    );
    const akar = entity(index, 'خلوصي أكار');
    expect(sorted(akar.aliases)).toEqual(sorted(['أكار', 'خلوصي']));
    expect(akar.roles).toContain('وزير الدفاع');
    expect(entity(index, 'صلاح الدين النمروش').aliases).toEqual(['النمروش']);
    expect(entity(index, 'خالد المشري').aliases).toEqual(['المشري']);
    expect(entity(index, 'عباس كامل').aliases).toEqual(['كامل']);
    expect(entity(index, 'سرهات أكسن').roles).toEqual(['السفير التركي في طرابلس']);
    expect(entity(index, 'خليفة حفتر').roles).toEqual(['قائد الجيش الوطني الليبي']);
    expect(entity(index, 'يشار غولر').roles).toEqual(['رئيس أركان الجيش']);
  });

  it('seed 004: the minister of interior receives the two ministers of defence', () => {
    const { index } = seedPersons('004');
    expect(sorted(index.entities.map((e) => e.name))).toEqual(
      sorted([
        'فتحي باشاغا',
        'خلوصي أكار',
        'خالد بن محمد العطية',
        'خليفة حفتر',
        'فائز السراج',
        'أحمد معيتيق',
        'صلاح الدين النمروش',
      ]),
    );
    expect(entity(index, 'فتحي باشاغا').roles).toEqual(['وزير الداخلية بحكومة الوفاق غير الشرعية']);
    expect(entity(index, 'خالد بن محمد العطية').known).toBe('khalid-al-attiyah');
    expect(entity(index, 'خالد بن محمد العطية').en).toBe('Khalid bin Mohammed Al-Attiyah');
    expect(entity(index, 'أحمد معيتيق').roles).toEqual(['النائب بالمجلس الرئاسي']);
  });

  it.each(['000', '001', '002', '003', '004'])('seed %s: spans, sentences and entity ids hold', (which) => {
    expectWellFormed(seedPersons(which));
  });
});

describe('findPersons on the seeds: the mentions', () => {
  it('seed 003: a role, a title and a name, with the comma between them', () => {
    const { index } = seedPersons('003');
    const [kamel] = mentionsWithText(index, 'رئيس المخابرات المصرية، الوزير عباس كامل');
    expect(kamel).toMatchObject({ kind: 'name', rule: 'persons/role-name' });
    expect(kamel?.name?.text).toBe('عباس كامل');
    expect(kamel?.title?.text).toBe('الوزير');
    expect(kamel?.role?.text).toBe('رئيس المخابرات المصرية');
    const [haftar] = mentionsWithText(index, 'المشير خليفة حفتر');
    expect(haftar?.title?.text).toBe('المشير');
    expect(haftar?.name?.text).toBe('خليفة حفتر');
  });

  it('seed 003: a first name alone after a preposition (لخلوصي) names Akar, without the ل', () => {
    const { index, article } = seedPersons('003');
    const m = index.mentions.find((x) => x.text === 'خلوصي' && x.rule === 'persons/first-name');
    expect(m).toBeDefined();
    expect(article.text.slice((m?.start ?? 0) - 1, m?.end)).toBe('لخلوصي');
    expect(namesOf(index, m as never)).toEqual(['خلوصي أكار']);
  });

  it('seed 003: a surname that is also a word (كامل) counts only at a clause start', () => {
    const { index } = seedPersons('003');
    const kamels = index.mentions.filter((m) => m.text === 'كامل');
    expect(kamels).toHaveLength(1);
    expect(kamels[0]?.rule).toBe('persons/surname');
  });

  it('seed 000: the names of the list after «هم:» lose their و', () => {
    const { index } = seedPersons('000');
    for (const name of ['دوغان قيصّا', 'نور الدين تشالك', 'عبد الصمد أقتشاي']) {
      const [m] = mentionsWithText(index, name);
      expect(m, name).toBeDefined();
      expect(m?.name?.text).toBe(name);
    }
  });

  it('seed 001: the apposition after a name is its role', () => {
    const { index } = seedPersons('001');
    const [m] = mentionsWithText(index, 'مصطفى كوكصو سفير أنقرة في قطر');
    expect(m?.name?.text).toBe('مصطفى كوكصو');
    expect(m?.role?.text).toBe('سفير أنقرة في قطر');
    expect(entity(index, 'مصطفى كوكصو').roles).toEqual(['سفير أنقرة في قطر']);
  });
});

describe('findPersons on the seeds: roles and groups resolved inside the article', () => {
  it('seed 001: وزير الدفاع القطري is the Qatari named as وزير دفاع قطر', () => {
    const { index } = seedPersons('001');
    const [m] = mentionsWithText(index, 'وزير الدفاع القطري');
    expect(m).toMatchObject({ kind: 'role', rule: 'persons/role', name: null });
    expect(m?.role?.text).toBe('وزير الدفاع القطري');
    expect(namesOf(index, m as never)).toEqual(['خالد العطية']);
  });

  it('seed 001: الوزراء الثلاثة are the three ministers; وزراء دفاع تركيا وقطر are two', () => {
    const { index } = seedPersons('001');
    const [three] = mentionsWithText(index, 'الوزراء الثلاثة');
    expect(three?.kind).toBe('group');
    expect(sorted(namesOf(index, three as never))).toEqual(sorted(['خلوصي آكار', 'خالد العطية', 'فتحي باشاغا']));
    const [two] = mentionsWithText(index, 'وزراء دفاع تركيا وقطر');
    expect(sorted(namesOf(index, two as never))).toEqual(sorted(['خلوصي آكار', 'خالد العطية']));
  });

  it('seed 003: قائد «الجيش الوطني» الليبي is Haftar, tied to the role by «بقيادة»', () => {
    const { index } = seedPersons('003');
    for (const text of ['قائد «الجيش الوطني» الليبي', 'قائد الجيش الوطني الليبي']) {
      const [m] = mentionsWithText(index, text);
      expect(m?.kind, text).toBe('role');
      expect(namesOf(index, m as never)).toEqual(['خليفة حفتر']);
    }
  });

  it('seed 003: the delegation, its head and members, and the later references to it', () => {
    const { index } = seedPersons('003');
    const members = sorted(['خلوصي أكار', 'يشار غولر', 'أوميت دوندار', 'عدنان أوزبال']);
    const [defined] = mentionsWithText(index, 'وفد عسكري تركي');
    expect(defined).toMatchObject({ kind: 'group', rule: 'persons/delegation' });
    expect(sorted(namesOf(index, defined as never))).toEqual(members);
    for (const text of ['الوفد التركي', 'الوفد المرافق', 'الوفد العسكري']) {
      const found = mentionsWithText(index, text);
      expect(found.length, text).toBeGreaterThan(0);
      for (const m of found) expect(sorted(namesOf(index, m))).toEqual(members);
    }
  });

  it('seed 003: نظيره الليبي before a name gives the name the office of the subject', () => {
    const { index } = seedPersons('003');
    const m = index.mentions.find((x) => x.rule === 'persons/counterpart');
    expect(m?.role?.text).toBe('نظيره الليبي');
    expect(m?.name?.text).toBe('صلاح الدين النمروش');
  });

  it('seed 004: الوزير التركي, وزير الدفاع التركي, وزير الدفاع القطري, الوزيرين', () => {
    const { index } = seedPersons('004');
    for (const [text, name] of [
      ['وزير الدفاع التركي', 'خلوصي أكار'],
      ['الوزير التركي', 'خلوصي أكار'],
      ['وزير الدفاع القطري', 'خالد بن محمد العطية'],
    ] as const) {
      const found = mentionsWithText(index, text);
      expect(found.length, text).toBeGreaterThan(0);
      for (const m of found) {
        expect(m.kind).toBe('role');
        expect(namesOf(index, m)).toEqual([name]);
      }
    }
    const pairs = [...mentionsWithText(index, 'الوزيرين'), ...mentionsWithText(index, 'وزراء دفاع قطر وتركيا')];
    expect(pairs).toHaveLength(3);
    for (const m of pairs) expect(sorted(namesOf(index, m))).toEqual(sorted(['خلوصي أكار', 'خالد بن محمد العطية']));
  });

  it('seed 004: the dual role before two names is shared out: تركيا to the first, قطر to the second', () => {
    const { index } = seedPersons('004');
    const [akar] = mentionsWithText(index, 'وزيرا دفاع تركيا وقطر، خلوصي أكار');
    expect(akar?.role?.text).toBe('وزيرا دفاع تركيا وقطر');
    expect(akar?.name?.text).toBe('خلوصي أكار');
    expect(entity(index, 'خالد بن محمد العطية').roles).toContain('وزيرا دفاع تركيا وقطر');
  });

  it('seed 000: the bare role الرئيس التركي is Erdoğan', () => {
    const { index } = seedPersons('000');
    const [m] = mentionsWithText(index, 'الرئيس التركي');
    expect(m?.kind).toBe('role');
    expect(namesOf(index, m as never)).toEqual(['رجب طيب أردوغان']);
  });
});
