// The public surface of @liqa/core: everything users may import is listed here, and only here
// (kept in path order by the formatter).

export type { CalendarDate } from './dates/calendars.js';
export { gregorianToHijri, hijriToGregorian, isValidGregorian } from './dates/calendars.js';
export { createDatesConfiguration } from './dates/configuration.js';
export type { ParseDatesOptions } from './dates/parse-dates.js';
export { parseDates } from './dates/parse-dates.js';
export type { DateCandidate, DateContext, DateExtractor, DateRefiner, DatesConfiguration } from './dates/types.js';
export type { LiqaErrorCode } from './errors.js';
export { isLiqaError, LiqaError } from './errors.js';
export type { MeetingCandidate, MeetingRefiner, MeetingRefinerContext } from './meetings/candidate.js';
export type { ExtractMeetingsOptions } from './meetings/extract-meetings.js';
export { extractMeetings } from './meetings/extract-meetings.js';
export type {
  Article,
  ArticleFormat,
  Boilerplate,
  Dateline,
  DatelineDate,
  DateMention,
  DatePrecision,
  DateSource,
  Evidence,
  Meeting,
  MeetingKind,
  MeetingStatus,
  Paragraph,
  Participant,
  PersonEntity,
  PersonIndex,
  PersonMention,
  PersonMentionKind,
  Sentence,
  Span,
} from './model.js';
export { nameKey } from './names/name-key.js';
export { stripTitles } from './names/strip-titles.js';
export { latinKey, transliterate } from './names/transliterate.js';
export type { FindPersonsOptions } from './persons/find-persons.js';
export { findPersons } from './persons/find-persons.js';
export type { FindBoilerplateOptions } from './text/boilerplate.js';
export { findBoilerplate } from './text/boilerplate.js';
export { findDateline } from './text/dateline.js';
export type { HtmlText } from './text/html.js';
export { htmlToText, toSourceOffset } from './text/html.js';
export { splitLines } from './text/lines.js';
export type { FoldName, NormalizedText, NormalizeOptions } from './text/normalize.js';
export {
  dediac,
  FOLD_NAMES,
  foldDigits,
  joinBrokenWords,
  normalize,
  normalizeAlef,
  normalizeAlefMaksura,
  normalizeTehMarbuta,
  removeTatweel,
  stripInvisibles,
  toOriginalSpan,
} from './text/normalize.js';
export type { ArticleInput, ParseArticleOptions } from './text/parse-article.js';
export { DEFAULT_MAX_ARTICLE_LENGTH, parseArticle } from './text/parse-article.js';
export { splitSentences } from './text/sentences.js';
