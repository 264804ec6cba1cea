/**
 * The document model shared by every stage. Spans are half-open `[start, end)` ranges in UTF-16
 * code units of {@link Article.text}, and `text` always equals `article.text.slice(start, end)`,
 * so any fact can be checked against the original.
 */

/** A piece of the article's text, located by offsets. */
export interface Span {
  /** First code unit, inclusive. */
  readonly start: number;
  /** Last code unit, exclusive. */
  readonly end: number;
  /** Exactly `article.text.slice(start, end)`. */
  readonly text: string;
}

/** A paragraph of the article body (one line or block of the source). */
export interface Paragraph extends Span {
  readonly index: number;
}

/** A sentence of the article body. */
export interface Sentence extends Span {
  readonly index: number;
  /** Index of the paragraph the sentence belongs to. */
  readonly paragraph: number;
}

/** A stretch of text that is not part of the article (comment form, footer, related headlines …). */
export interface Boilerplate extends Span {
  /** The rule that removed it, as `boilerplate/<rule>`. */
  readonly rule: string;
}

/** A calendar date given by the text, at day precision. */
export interface DatelineDate extends Span {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** `YYYY-MM-DD` in the Gregorian calendar (converted when the text gives a Hijri date). */
  readonly iso: string;
}

/** The dateline that opens many news articles: `أبها 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس`. */
export interface Dateline extends Span {
  /** City or country the report was filed from, as written. */
  readonly place: Span | null;
  /** News agency or outlet named in the dateline (`واس`, `سبق`, `الأناضول` …). */
  readonly agency: Span | null;
  /** The Gregorian date, as written. */
  readonly gregorian: DatelineDate | null;
  /** The Hijri date as written; `iso` holds its Gregorian equivalent (Umm al-Qura). */
  readonly hijri: DatelineDate | null;
  /** The dateline's date as `YYYY-MM-DD`, from the Gregorian part, else the Hijri part. */
  readonly date: string | null;
  /** The rule that matched, as `dateline/<rule>`. */
  readonly rule: string;
}

/** The input format that {@link Article.text} was read from. */
export type ArticleFormat = 'text' | 'html';

/** A parsed news article: clean, segmented, and still tied to the original text by offsets. */
export interface Article {
  /** The caller's identifier, if any. */
  readonly id: string | null;
  readonly format: ArticleFormat;
  /**
   * The text every span points into. For plain-text input it is the input itself, unchanged;
   * for HTML it is the document's visible text, and {@link Article.sourceOffsets} maps back to the markup.
   */
  readonly text: string;
  /** The headline: given by the caller, or read from the text or the HTML `<title>`/`<h1>`. */
  readonly title: string | null;
  /** Where the headline sits in `text`, when it does. */
  readonly titleSpan: Span | null;
  /** Publication date given by the caller (`YYYY-MM-DD`), if any. */
  readonly published: string | null;
  readonly dateline: Dateline | null;
  /** The article's own paragraphs, in order, without boilerplate or the headline. */
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** What was removed as not belonging to the article, with the rule that removed it. */
  readonly boilerplate: readonly Boilerplate[];
  /** The paragraphs joined by blank lines: convenient to read, but its offsets are not `text`'s. */
  readonly body: string;
  /**
   * For HTML input: pairs of `[textOffset, sourceOffset]`, sorted, marking where each run of
   * `text` starts in the markup. Empty for plain text, whose offsets are already the source's.
   */
  readonly sourceOffsets: readonly (readonly [number, number])[];
}

/** Makes a span of `text`; the one place spans are built, so `text` always matches the offsets. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** How precise a date is: the value formats are `YYYY-MM-DD`, `YYYY-MM`, `YYYY` and `--MM-DD`. */
export type DatePrecision = 'day' | 'month' | 'year' | 'day-month';

/** A date expression found in text, resolved as far as the text and the reference date allow. */
export interface DateMention extends Span {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` (year unknown), or null when it cannot be placed. */
  readonly value: string | null;
  readonly precision: DatePrecision | null;
  /** The calendar the text wrote the date in. */
  readonly calendar: 'gregorian' | 'hijri';
  /** `absolute` when the words alone give the date; `reference` when resolved against the reference date; `unresolved` when a reference was needed and missing. */
  readonly resolution: 'absolute' | 'reference' | 'unresolved';
  /** The rule that matched, as `dates/<rule>`. */
  readonly rule: string;
}

/**
 * How a person is referred to at one place in the text: by name (`خلوصي أكار`, `أكار`), by a role
 * the article ties to a named person (`وزير الدفاع القطري`, `نظيره`), or by a group of named persons
 * (`الوزيرين`, `الوزراء الثلاثة`, `الوفد التركي`).
 */
export type PersonMentionKind = 'name' | 'role' | 'group';

/** One place where the text refers to one or more persons. */
export interface PersonMention extends Span {
  readonly kind: PersonMentionKind;
  /** The persons referred to (indexes into the article's `PersonEntity` list); one for `name` and `role`. */
  readonly entities: readonly number[];
  /** For `name`: the name as written, without titles; it is a sub-span of the mention. */
  readonly name: Span | null;
  /** Honorifics before the name, as written (`صاحب السمو الملكي الأمير`). */
  readonly title: Span | null;
  /** A role given beside the name or making up the mention (`وزير الدفاع التركي`). */
  readonly role: Span | null;
  /** Index of the sentence holding the mention. */
  readonly sentence: number;
  /** The rule that found it, as `persons/<rule>`. */
  readonly rule: string;
}

/** A person the article names, with every form it uses. */
export interface PersonEntity {
  readonly id: number;
  /** The fullest form of the name the article gives, as written, without titles. */
  readonly name: string;
  /** Other forms the article uses for the person (surname alone, other spellings), as written. */
  readonly aliases: readonly string[];
  /** The usual English spelling, from the gazetteer when known, else a transliteration. */
  readonly en: string;
  /** Roles the article gives the person, as written (`وزير الدفاع التركي`). */
  readonly roles: readonly string[];
  /** The name key shared by spelling variants ({@link nameKey}). */
  readonly key: string;
  /** Gazetteer id when the person is a known one. */
  readonly known: string | null;
}

/** All persons of one article and every mention of them. */
export interface PersonIndex {
  readonly entities: readonly PersonEntity[];
  /** Sorted by offset, non-overlapping. */
  readonly mentions: readonly PersonMention[];
}

/** The kinds of meeting, after the annotation guideline. */
export type MeetingKind = 'meeting' | 'reception' | 'talks' | 'visit' | 'call';

/** Whether the meeting took place or is announced. Negated meetings are dropped, never returned. */
export type MeetingStatus = 'occurred' | 'planned';

/** One person taking part in a meeting. */
export interface Participant {
  /** Index of the person in the article's {@link PersonIndex}. */
  readonly entity: number;
  /** The fullest form of the name the article gives, without titles. */
  readonly name: string;
  /** Other forms the article uses for the person. */
  readonly aliases: readonly string[];
  /** The usual English spelling (gazetteer) or a transliteration. */
  readonly en: string;
  /** The role the article gives the person, as written, if any. */
  readonly role: string | null;
  /** Gazetteer id when the person is a known one ({@link PersonEntity.known}). */
  readonly known: string | null;
  /**
   * The side the person was on: 0 for the host or the one who reports the meeting, with the host's
   * attendees; 1, 2 … for the guest side(s), one per party in multilateral talks.
   */
  readonly side: number;
  /** True when the person attended (بحضور، حضر اللقاء) rather than held the meeting. */
  readonly attendee: boolean;
  /** Where the meeting's evidence refers to the person (by name, role or group). */
  readonly mentions: readonly Span[];
}

/** A sentence that states the meeting. */
export interface Evidence extends Span {
  /** The id of the article it comes from, when the caller gave one. */
  readonly article: string | null;
  /** Index of the sentence in the article. */
  readonly sentence: number;
}

/** How a meeting's date was found. */
export type DateSource = 'sentence' | 'context' | 'none';

/** A meeting between named persons, with its evidence. */
export interface Meeting {
  readonly kind: MeetingKind;
  readonly status: MeetingStatus;
  readonly participants: readonly Participant[];
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` (year unknown), or null. */
  readonly date: string | null;
  /** The words that give the date, as written. */
  readonly dateText: string | null;
  /** The date expression the date comes from, with how it was resolved. */
  readonly dateMention: DateMention | null;
  /** Whether the date was stated in the meeting's sentence or carried over from the story around it. */
  readonly dateSource: DateSource;
  /** City or venue as written (`بنغازي`, `فندق كورنثيا`), or null. */
  readonly place: string | null;
  readonly placeSpan: Span | null;
  /** The words that report the meeting, and the rule that matched them (`meetings/<rule>`). */
  readonly trigger: Span & { readonly rule: string };
  readonly evidence: readonly Evidence[];
  /** 0–1: how sure the rules are that these persons met. */
  readonly confidence: number;
}
