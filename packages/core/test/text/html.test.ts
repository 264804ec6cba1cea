import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, toSourceOffset } from '../../src/text/html.js';
import { splitLines } from '../../src/text/lines.js';

// A news page as Arabic CMSs serve it: head metadata, menu, share buttons, comment form, footer.
const ARTICLE = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>ولي العهد يلتقي وزير الخارجية الأمريكي | صحيفة المدينة</title>
<meta property="og:title" content="ولي العهد يلتقي وزير الخارجية الأمريكي &amp; يبحثان العلاقات">
<style>.share { display: flex; } p::after { content: "نص من الأنماط"; }</style>
<script>window.dataLayer = [{ page: "<p>ليس من المقال</p>" }];</script>
</head>
<body>
<nav class="menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li></ul></nav>
<article>
<h1>ولي العهد يلتقي   وزير الخارجية الأمريكي</h1>
<div class="share"><button>شارك</button> <a href="#" aria-hidden="true">تويتر</a></div>
<p>الرياض 12 مايو 2024 (واس) - التقى صاحب السمو الملكي <b>الأمير محمد بن سلمان</b> وزير الخارجية الأمريكي في قصر اليمامة.</p>
<p>وجرى خلال اللقاء استعراض &quot;العلاقات الثنائية&quot; &amp; سبل تعزيزها،<br>
  إضافة إلى مناقشة المستجدات الإقليمية.</p>
<p>حضر اللقاء&nbsp;وزير الدولة <a href="/p/1"><b>عضو</b> مجلس الوزراء</a>.</p>
</article>
<div style="DISPLAY:none">إعلان مخفي</div>
<form class="comment-form"><label>أضف تعليقك</label><textarea>اكتب هنا</textarea><button type="submit">إرسال</button></form>
<aside><h3>أخبار ذات صلة</h3><ul><li><a href="/2">خبر آخر</a></li></ul></aside>
<footer><p>جميع الحقوق محفوظة © 2024</p></footer>
<noscript>فعّل جافاسكربت</noscript>
<script>trackPageView();</script>
</body>
</html>
`;

const ARTICLE_TEXT = [
  'ولي العهد يلتقي وزير الخارجية الأمريكي',
  '',
  'الرياض 12 مايو 2024 (واس) - التقى صاحب السمو الملكي الأمير محمد بن سلمان وزير الخارجية الأمريكي في قصر اليمامة.',
  '',
  'وجرى خلال اللقاء استعراض "العلاقات الثنائية" & سبل تعزيزها،',
  'إضافة إلى مناقشة المستجدات الإقليمية.',
  '',
  'حضر اللقاء\u00A0وزير الدولة عضو مجلس الوزراء.',
  '',
  'أخبار ذات صلة',
  '',
  'خبر آخر',
  '',
  'جميع الحقوق محفوظة © 2024',
].join('\n');

// Characters the fixture writes only as references, so their offset is the reference's "&".
const FROM_REFERENCES = new Set(['"', '&', '\u00A0', '\u00AC']);

/** Every visible character maps back to itself in the markup, or to the reference it was decoded from. */
function expectMapsBack(html: string, text: string, sourceOffsets: Array<[number, number]>): void {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === ' ' || ch === '\n') continue;
    const at = toSourceOffset(sourceOffsets, i);
    const expected = FROM_REFERENCES.has(ch) ? '&' : ch;
    expect(html[at], `text[${i}] = ${JSON.stringify(ch)} maps to ${at}`).toBe(expected);
  }
}

describe('htmlToText on a news page', () => {
  const page = htmlToText(ARTICLE);

  it('keeps the visible text, one paragraph per block, a blank line around <p> and headings', () => {
    expect(page.text).toBe(ARTICLE_TEXT);
  });

  it('drops scripts, styles, navigation, buttons, forms and hidden elements', () => {
    for (const gone of [
      'dataLayer',
      'ليس من المقال',
      'نص من الأنماط',
      'trackPageView',
      'الرئيسية',
      'محليات',
      'شارك',
      'تويتر',
      'إعلان مخفي',
      'أضف تعليقك',
      'اكتب هنا',
      'إرسال',
      'فعّل جافاسكربت',
      'صحيفة المدينة',
    ]) {
      expect(page.text).not.toContain(gone);
    }
  });

  it('keeps asides and footers for the boilerplate stage to judge', () => {
    expect(page.text).toContain('أخبار ذات صلة');
    expect(page.text).toContain('جميع الحقوق محفوظة');
  });

  it('reads the headline from og:title first, with references decoded', () => {
    expect(page.title).toBe('ولي العهد يلتقي وزير الخارجية الأمريكي & يبحثان العلاقات');
  });

  it('maps each paragraph start back to the same characters in the markup', () => {
    const lines = splitLines(page.text);
    expect(lines.length).toBe(8);
    for (const line of lines) {
      const start = toSourceOffset(page.sourceOffsets, line.start);
      // Compare up to the first point where the markup interrupts the text (a tag or a reference).
      const prefix = line.text.slice(0, 10);
      expect(ARTICLE.slice(start, start + prefix.length), line.text).toBe(prefix);
    }
    const dateline = 'الرياض 12 مايو 2024 (واس) - التقى صاحب السمو الملكي ';
    const at = toSourceOffset(page.sourceOffsets, page.text.indexOf(dateline));
    expect(ARTICLE.slice(at, at + dateline.length)).toBe(dateline);
  });

  it('maps text inside inline elements and after references exactly', () => {
    for (const phrase of ['الأمير محمد بن سلمان', 'سبل تعزيزها،', 'وزير الدولة', 'العلاقات الثنائية', 'مجلس الوزراء']) {
      const at = toSourceOffset(page.sourceOffsets, page.text.indexOf(phrase));
      expect(ARTICLE.slice(at, at + phrase.length)).toBe(phrase);
    }
    const amp = page.text.indexOf(' & ') + 1;
    const ampAt = toSourceOffset(page.sourceOffsets, amp);
    expect(ARTICLE.slice(ampAt, ampAt + 5)).toBe('&amp;');
    expectMapsBack(ARTICLE, page.text, page.sourceOffsets);
  });

  it('gives sorted pairs that start a run, inside the markup', () => {
    const pairs = page.sourceOffsets;
    expect(pairs[0]).toEqual([0, ARTICLE.indexOf('ولي العهد يلتقي   ')]);
    for (let k = 1; k < pairs.length; k++) {
      expect((pairs[k] as [number, number])[0]).toBeGreaterThan((pairs[k - 1] as [number, number])[0]);
    }
  });
});

describe('htmlToText: title', () => {
  it('falls back to the first <h1>, then to <title>', () => {
    expect(htmlToText('<title>العنوان &amp; الموقع</title><h1> الخبر\n  الرئيسي </h1>').title).toBe('الخبر الرئيسي');
    expect(htmlToText('<title> العنوان &amp;\n الموقع </title><p>نص</p>').title).toBe('العنوان & الموقع');
    expect(htmlToText('<p>نص فقط</p>').title).toBeNull();
  });

  it('skips an empty og:title or <h1> and a hidden <h1>', () => {
    const html =
      '<meta property="og:title" content="  "><title>الموقع</title><h1 hidden>مخفي</h1><h1><img src=logo.png></h1><h1>الخبر</h1>';
    expect(htmlToText(html).title).toBe('الخبر');
  });

  it('accepts og:title given as name=', () => {
    expect(htmlToText('<meta name="og:title" content="قمة الرياض"><h1>أخرى</h1>').title).toBe('قمة الرياض');
  });
});

describe('htmlToText: lines and spaces', () => {
  it('collapses whitespace runs and trims lines', () => {
    expect(htmlToText('<div>  التقى \n\t الرئيس  </div>\n<div>\n الوزير </div>').text).toBe('التقى الرئيس\nالوزير');
  });

  it('joins inline elements without adding or doubling spaces', () => {
    expect(htmlToText('<p>الرئيس<b>بالوزير</b> <i> اليوم</i></p>').text).toBe('الرئيسبالوزير اليوم');
  });

  it('ends a line at <br>, leaves at most one blank line', () => {
    expect(htmlToText('أ<br>ب<br><br><br><br>ج').text).toBe('أ\nب\n\nج');
    expect(htmlToText('<p>أ</p><p></p><p>&nbsp;</p><div><p>ب</p></div>').text).toBe('أ\n\nب');
  });

  it('keeps no-break spaces inside a line and trims them at its edges', () => {
    expect(htmlToText('<p>&nbsp; وزير&nbsp;الخارجية &nbsp;</p>').text).toBe('وزير\u00A0الخارجية');
  });

  it('keeps the line breaks of <pre>', () => {
    expect(htmlToText('<pre>\nسطر أول\n   سطر ثان\n\n\n\nسطر ثالث</pre>بعد').text).toBe(
      'سطر أول\nسطر ثان\n\nسطر ثالث\nبعد',
    );
  });

  it('puts table cells of a row on one line', () => {
    expect(
      htmlToText('<table><tr><th>الاسم</th><th>المنصب</th></tr><tr><td>فلان</td><td>وزير</td></tr></table>').text,
    ).toBe('الاسم المنصب\nفلان وزير');
  });

  it('has no carriage returns: CR LF and lone CR become line feeds, then spaces', () => {
    const { text } = htmlToText('<p>أ\r\nب\rج&#13;د</p>');
    expect(text).toBe('أ ب ج د');
  });
});

describe('htmlToText: what is left out', () => {
  it('drops hidden elements however they are hidden', () => {
    const html =
      '<p>ظاهر</p><p hidden>أ</p><p aria-hidden="true">ب</p><p aria-hidden="false">ج</p>' +
      '<p style="color:red; display : none">د</p><span style="display:inline">هـ</span>';
    expect(htmlToText(html).text).toBe('ظاهر\n\nج\n\nهـ');
  });

  it('drops a closed <dialog>, keeps an open one', () => {
    expect(htmlToText('<dialog><p>اشترك في النشرة</p></dialog><dialog open><p>نص</p></dialog>').text).toBe('نص');
  });

  it('drops template, iframe, svg, object, select and media fallback text', () => {
    const html =
      '<template><p>قالب</p></template><iframe>إطار</iframe><svg><text>رسم</text></svg>' +
      '<object>كائن</object><select><option>خيار</option></select><video>متصفحك لا يدعم</video><p>نص</p>';
    expect(htmlToText(html).text).toBe('نص');
  });

  it('reads a form that wraps the whole page (ASP.NET WebForms), still without its controls', () => {
    const html =
      '<body><form method="post" action="./News.aspx?id=1" id="form1"><input type="hidden" name="__VIEWSTATE" value="x">' +
      '<h1>اجتماع وزاري</h1><p>عقد الوزراء اجتماعهم.</p>' +
      '<div id="comments"><textarea>اكتب تعليقك</textarea><button>أرسل</button></div></form></body>';
    expect(htmlToText(html).text).toBe('اجتماع وزاري\n\nعقد الوزراء اجتماعهم.');
  });

  it('drops a search or comment form', () => {
    const html =
      '<p>نص المقال</p><form role="search"><label>ابحث في الموقع</label><input name=q></form>' +
      '<form id="commentform"><h3>اترك تعليقاً</h3><p>لن يتم نشر بريدك الإلكتروني.</p></form>';
    expect(htmlToText(html).text).toBe('نص المقال');
  });
});

describe('htmlToText: offsets', () => {
  it('starts a new pair after a reference that changes length', () => {
    const html = '<p>أ &amp; ب</p>';
    const { text, sourceOffsets } = htmlToText(html);
    expect(text).toBe('أ & ب');
    expect(sourceOffsets).toEqual([
      [0, 3],
      [3, 10],
    ]);
    expect(toSourceOffset(sourceOffsets, 2)).toBe(html.indexOf('&amp;'));
    expect(toSourceOffset(sourceOffsets, 4)).toBe(html.indexOf('ب'));
  });

  it('maps a MathML CDATA section whose text itself reads <![CDATA[', () => {
    // Found by the letters property below: the inner <![CDATA[ is text, the outer one opens the section.
    const html = '<math><![CDATA[<![CDATA[';
    const { text, sourceOffsets } = htmlToText(html);
    expect(text).toBe('<![CDATA[');
    expect(sourceOffsets).toEqual([[0, html.lastIndexOf('<![CDATA[')]]);
  });

  it('finds where a reference ends when the parser took only a prefix of it', () => {
    const html = '<p>a &notit; b &#x1F600; c &Afr; d &NotEqualTilde; e &foo; f</p>';
    const { text, sourceOffsets } = htmlToText(html);
    expect(text).toBe('a \u00ACit; b \u{1F600} c \u{1D504} d \u2242\u0338 e &foo; f');
    for (const letter of ['it;', 'b', 'c', 'd', 'e', '&foo;', 'f']) {
      const at = toSourceOffset(sourceOffsets, text.indexOf(letter));
      expect(html.slice(at, at + letter.length)).toBe(letter);
    }
  });

  it('stays exact across CR LF, NUL and tags the parser ignores', () => {
    const html = '<p>أ\r\nب\0ج</span>د<body class=x>هـ</p>';
    const { text, sourceOffsets } = htmlToText(html);
    expect(text).toBe('أ بجدهـ');
    for (const letter of ['ب', 'ج', 'د', 'هـ']) {
      const at = toSourceOffset(sourceOffsets, text.indexOf(letter));
      expect(html.slice(at, at + letter.length)).toBe(letter);
    }
  });

  it('maps text the parser moved out of a table, though source offsets then go backwards', () => {
    const html = '<table><tr><td>خلية</td></tr>نص شارد</table>';
    const { text, sourceOffsets } = htmlToText(html);
    expect(text).toBe('نص شارد\nخلية');
    expectMapsBack(html, text, sourceOffsets);
  });

  it('finds the start of text that parse5 misplaces at the top of the document', () => {
    for (const html of [' &amp;x وزير', '\r\n&quot;قمة&quot; x', '\t<&notit; x']) {
      const { text, sourceOffsets } = htmlToText(html);
      expectMapsBack(html, text, sourceOffsets);
      const at = toSourceOffset(sourceOffsets, 0);
      expect(html[at], html).toBe(text[0] === '<' ? '<' : '&');
    }
  });

  it('keeps references as written inside <xmp> and <plaintext>', () => {
    const html = '<xmp>&amp; <b>نص</b></xmp><plaintext>&quot;ء';
    const { text, sourceOffsets } = htmlToText(html);
    expect(text).toBe('&amp; <b>نص</b>\n&quot;ء');
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '\n') expect(html[toSourceOffset(sourceOffsets, i)]).toBe(text[i]);
    }
  });

  it('toSourceOffset returns the offset itself when there are no pairs (plain text)', () => {
    expect(toSourceOffset([], 7)).toBe(7);
    expect(
      toSourceOffset(
        [
          [2, 10],
          [5, 30],
        ],
        0,
      ),
    ).toBe(8);
    expect(toSourceOffset([[0, 4]], 3)).toBe(7);
  });
});

describe('htmlToText: hostile input', () => {
  const MB = 1_000_000;
  const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));
  const formattingSoup = () => {
    let html = '';
    for (let k = 0; html.length < MB; k++) html += `<p><b class=c${k}>نص</p>`;
    return html;
  };
  // Each of these is quadratic or worse (or overflows the stack) in an unbounded HTML parser.
  const cases: Array<[string, () => string]> = [
    ['a 1 MB single line', () => repeat('كلمة عربية طويلة ', MB)],
    ['1 MB of unclosed <div>', () => repeat('<div>', MB)],
    ['1 MB of unclosed <template>', () => repeat('<template>', MB)],
    ['formatting elements reopened at every paragraph', formattingSoup],
    ['one tag with 100,000 attributes', () => `<a ${Array.from({ length: 100_000 }, (_, k) => `a${k}`).join(' ')}>`],
    ['100,000 stray <body> tags', () => Array.from({ length: 100_000 }, (_, k) => `<body a${k}>`).join('')],
    [
      'text moved out of a table beside many siblings',
      () => `${repeat('<br>', MB / 4)}<table>${repeat('x<i></i>', MB / 2)}`,
    ],
    ['a misnested </b> closing 250,000 elements', () => `<b><div>${repeat('<br>', MB)}</b>`],
    ['NUL bytes and broken references', () => repeat('\0&#\0&#x;&amp\0<\0/p\0>&', MB)],
  ];

  for (const [name, build] of cases) {
    // An unbounded parser takes minutes or overflows its stack on these; timing is for `pnpm bench`.
    it(`finishes on ${name}`, () => {
      const html = build();
      const { text, sourceOffsets } = htmlToText(html);
      expect(text).not.toContain('\r');
      for (const [t, s] of sourceOffsets.slice(0, 1000)) {
        expect(t).toBeLessThan(text.length);
        expect(s).toBeLessThan(html.length);
      }
    });
  }

  it('rejects a value that is not a string', () => {
    expect(() => htmlToText(null as unknown as string)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

describe('htmlToText: properties', () => {
  const PIECES = [
    '<p>',
    '</p>',
    '<div>',
    '</div>',
    '<br>',
    '<b>',
    '</b>',
    '<a href="/x">',
    '</a>',
    '<h1>',
    '</h2>',
    '<li>',
    '<table>',
    '<td>',
    '</span>',
    '<pre>',
    '<script>',
    '</script>',
    '<style>',
    '<!--',
    '-->',
    '<form>',
    '<span hidden>',
    '<xmp>',
    '<plaintext>',
    '<math>',
    '<![CDATA[',
    ']]>',
    '<col>',
    '<caption>',
    '<body class=x>',
    '&#0;',
    '&#x1F600;',
    '&#128;',
    '&#',
    '&#x',
    '&notit;',
    '&amp;',
    '&nbsp;',
    '&quot;',
    '&notin;',
    '&amp',
    '&',
    '<',
    '>',
    ' ',
    '\n',
    '\r\n',
    '\t',
    '\0',
    'ا',
    'ل',
    'ق',
    'ء',
    'ة',
    'ي',
    'x',
    '1',
    ';',
  ];
  const htmlish = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 200 });
  const utf16 = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 300,
  });

  function checkInvariants(html: string): void {
    const { text, sourceOffsets, title } = htmlToText(html);
    expect(typeof text).toBe('string');
    expect(title === null || (title.length > 0 && title === title.trim())).toBe(true);
    expect(text).not.toContain('\r');
    expect(text).not.toMatch(/\n\n\n/);
    expect(text).toBe(text.trim());
    let previous = -1;
    for (const [t, s] of sourceOffsets) {
      expect(Number.isInteger(t) && Number.isInteger(s)).toBe(true);
      expect(t).toBeGreaterThan(previous);
      expect(t).toBeLessThan(text.length);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThan(html.length);
      previous = t;
    }
  }

  it('never throws on arbitrary UTF-16, lone surrogates included, and keeps its invariants', () => {
    fc.assert(fc.property(utf16, checkInvariants), { numRuns: 300 });
  });

  it('never throws on HTML-ish soup, and keeps its invariants', () => {
    fc.assert(fc.property(htmlish, checkInvariants), { numRuns: 500 });
  });

  it('maps every letter of the text back to the same letter in the markup', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const { text, sourceOffsets } = htmlToText(html);
        for (let i = 0; i < text.length; i++) {
          const ch = text[i] as string;
          if (!/[\p{L}\p{N}]/u.test(ch)) continue;
          expect(html[toSourceOffset(sourceOffsets, i)]).toBe(ch);
        }
      }),
      { numRuns: 500 },
    );
  });
});
