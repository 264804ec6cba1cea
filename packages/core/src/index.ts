// The public surface of @liqa/core: everything users may import is listed here, and only here.

export type { Article, ArticleFormat, Boilerplate, Dateline, DatelineDate, Paragraph, Sentence, Span } from './model.js';
export { LiqaError, isLiqaError } from './errors.js';
export type { LiqaErrorCode } from './errors.js';
export {
  FOLD_NAMES,
  dediac,
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
export type { FoldName, NormalizeOptions, NormalizedText } from './text/normalize.js';
