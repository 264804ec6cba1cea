// The public surface of @liqa/core: everything users may import is listed here, and only here
// (kept in path order by the formatter).

/**
 * Read Arabic news and find who met whom, when and where, with the sentence that says so: the text
 * layer ({@link parseArticle}, {@link normalize}, {@link nameKey}), the dates and persons stages
 * ({@link parseDates}, {@link findPersons}), meeting extraction ({@link extractMeetings}), and the
 * corpus ({@link openCorpus}) that resolves people across articles and answers who met whom.
 *
 * @module @liqa/core
 */

export type { ArticleMeta } from './corpus/article-record.js';
export { articleRecord, textHash } from './corpus/article-record.js';
export type { CorpusStats, ExportFormat, OpenCorpusOptions } from './corpus/corpus.js';
export { Corpus, openCorpus } from './corpus/corpus.js';
export type {
  CorpusGraph,
  GraphOptions,
  MeetingDate,
  MeetingFilter,
  MetPerson,
  WhoMetAnswer,
} from './corpus/corpus-view.js';
export type { CorpusSnapshot, GraphMLOptions } from './corpus/export.js';
export { meetingPairs, toCsv, toGraphML, toJson } from './corpus/export.js';
export type {
  CorpusArticleInput,
  EmptyArticle,
  IngestOptions,
  IngestProgress,
  IngestSummary,
} from './corpus/ingest.js';
export { mergeMeetings } from './corpus/merge-meetings.js';
export type { PersonMatch, PersonSuggestion } from './corpus/person-search.js';
export type { SourceArticle, SourceError, SourceFile, SourceItem, SourcePlan } from './corpus/read-sources.js';
export { planSources, readSources } from './corpus/read-sources.js';
export type { ResolvedPeople, ResolvedPerson } from './corpus/resolve-people.js';
export { resolvePeople } from './corpus/resolve-people.js';
export type {
  ArticleRecord,
  CorpusMeeting,
  CorpusParticipant,
  CorpusPerson,
  MeetingReport,
  MeetingSource,
  MergeReason,
  ReportedParticipant,
  StoredArticle,
} from './corpus/types.js';
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
export type { StoreOptions } from './store/open-store.js';
export { defaultDataDir, openStore, STORE_FILE } from './store/open-store.js';
export type { PostgresStoreOptions } from './store/postgres-store.js';
export { PostgresStore } from './store/postgres-store.js';
export { SqliteStore } from './store/sqlite-store.js';
export type { AddResult, Store, StoredReports, StoreStats } from './store/store.js';
export type { FindBoilerplateOptions } from './text/boilerplate.js';
export { findBoilerplate } from './text/boilerplate.js';
export { findDateline } from './text/dateline.js';
export { decodeText } from './text/decode-text.js';
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
  normalizedText,
  normalizeTehMarbuta,
  removeTatweel,
  stripInvisibles,
  toOriginalSpan,
} from './text/normalize.js';
export type { ArticleInput, ParseArticleOptions } from './text/parse-article.js';
export { DEFAULT_MAX_ARTICLE_LENGTH, parseArticle } from './text/parse-article.js';
export { splitSentences } from './text/sentences.js';
