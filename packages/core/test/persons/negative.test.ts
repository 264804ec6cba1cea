import { describe, expect, it } from 'vitest';
import { expectWellFormed, persons } from './helpers.js';

/** Names of the persons found in `text`. */
const names = (text: string) => persons(text).index.entities.map((e) => e.name);

describe('findPersons: what is not a person', () => {
  it.each([
    [
      'countries and governments',
      'أكدت تركيا وحكومة الوفاق الوطني الليبية استمرار التعاون العسكري ضد الجيش الوطني الليبي.',
    ],
    [
      'agencies and councils',
      'وبحسب بيان صدر عن المجلس الأعلى للدولة الليبي، ونقلته وكالة «الأناضول» التركية، فقد شدد البيان على التنسيق.',
    ],
    [
      'the presidential council',
      'اندلعت اشتباكات في العاصمة الليبية طرابلس بين حكومة الوفاق الوطني وقوة ردع الجريمة التابعة للمجلس الرئاسي الليبي.',
    ],
    [
      'months and weekdays',
      'وصل الوفد يوم الجمعة في رمضان الماضي، وعاد في شهر رجب، ثم في ربيع الأول، ويوم الأحد 12 مايو.',
    ],
    [
      'nisba adjectives and groups',
      'أشاد المواطنون الأتراك والجانب التركي والقطري بالجهود، واجتمع رؤساء الأندية مع المواطنين.',
    ],
    ['places named after kings', 'نقل المصاب إلى مستشفى الملك فهد ثم إلى مطار الملك خالد الدولي قرب جامعة الملك سعود.'],
    ['barracks named after a companion', 'وقد بنيت ثكنات عسكرية مشتركة في الدوحة أيضا كثكنة خالد بن الوليد وغيرها.'],
    ['a title word with no name', 'وأعرب لهم الرئيس عن أطيب تمنياته، وقال الأمير إن الوزير سيصل.'],
    ['a team, not a general', 'انضم اللاعب إلى الفريق الأولمبي، ثم إلى الفريق الشبابي في الموسم الماضي.'],
    ['a common word after على', 'إن خطة رئيس الوزراء ستكون على مدى خمسة أعوام.'],
    ['a newspaper', 'وذكرت صحيفة الشرق الأوسط وصحيفة عكاظ أن الاجتماع انتهى.'],
  ])('%s', (_what, text) => {
    expect(names(text)).toEqual([]);
  });

  it('a role phrase the article never ties to a name gives no mention', () => {
    const found = persons(
      'وحضر عن الجانب الليبي وكيل وزارة الدفاع ورئيس الأركان العامة وآمر المنطقة العسكرية الغربية.',
    );
    expect(found.index.mentions).toEqual([]);
    expect(found.index.entities).toEqual([]);
  });

  it('a role that fits two persons is left unresolved', () => {
    const { index } = persons(
      'استقبل وزير الخارجية المصري سامح شكري وزير الخارجية الأردني ناصر جودة. وأكد وزير الخارجية أن اللقاء مثمر.',
    );
    expect(index.mentions.filter((m) => m.kind === 'role')).toEqual([]);
  });

  it('الجانبين is no group mention', () => {
    const { index } = persons(
      'التقى وزير الدفاع التركي خلوصي أكار وزير الدفاع القطري خالد العطية. وبحث الجانبين التعاون.',
    );
    expect(index.mentions.filter((m) => m.kind === 'group')).toEqual([]);
  });

  it('a surname that is also an ordinary word is no mention in ordinary use', () => {
    const { index } = persons(
      'قال رئيس المخابرات المصرية عباس كامل إن الاتفاق نفذ بشكل كامل. وأضاف كامل أن الحوار مستمر.',
    );
    const kamel = index.mentions.filter((m) => m.name?.text === 'كامل');
    expect(kamel).toHaveLength(1);
    expect(kamel[0]?.rule).toBe('persons/surname');
    expect(persons('قال الوزير إن الاتفاق نفذ بشكل كامل.').index.entities).toEqual([]);
  });

  it('one word that fits two persons of the article is no mention', () => {
    const { index } = persons(
      'استقبل الأمير محمد بن سلمان الأمير محمد بن نايف في جدة. وقال الأمير محمد إن اللقاء مثمر.',
    );
    expect(index.entities.map((e) => e.name).sort()).toEqual(['محمد بن سلمان', 'محمد بن نايف']);
    expect(index.mentions.some((m) => m.text.endsWith('الأمير محمد'))).toBe(false);
  });

  it('two persons sharing a first name stay apart', () => {
    const { index } = persons('التقى الأمير محمد بن سلمان بالأمير محمد بن نايف، ثم التقى الأمير محمد بن زايد.');
    expect(index.entities).toHaveLength(3);
  });

  it('a verb after a name is not part of it', () => {
    expect(names('وأكد الرئيس السيسي أهمية التعاون.')).toEqual(['السيسي']);
    expect(names('كما كان الأمير بندر يوضح الرؤية المستقبلية.')).toEqual(['بندر']);
  });

  it('keeps its invariants on text with no person at all', () => {
    expectWellFormed(persons('ارتفعت أسعار الذهب اليوم الأحد في السوق السعودية بنسبة 2 في المئة.'));
  });
});
