/** What went wrong, as a stable machine-readable code. */
export type LiqaErrorCode =
  | 'invalid_input'
  | 'input_too_large'
  | 'unsupported_format'
  | 'invalid_options'
  | 'file_unreadable'
  | 'person_not_found'
  | 'ambiguous_person'
  | 'store_unavailable'
  | 'store_error';

/** The one error type liqa throws on purpose: a `code` to branch on, and details as data. */
export class LiqaError extends Error {
  override readonly name = 'LiqaError';
  readonly code: LiqaErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: LiqaErrorCode, message: string, details: Record<string, unknown> = {}, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

/**
 * True for errors thrown by liqa, also across realms (worker threads, `vm` contexts), where
 * `instanceof` fails.
 *
 * @example
 * ```ts
 * try {
 *   await corpus.whoMet('Zzyzx');
 * } catch (error) {
 *   if (!isLiqaError(error)) throw error;
 *   error.code; //=> 'person_not_found'
 *   error.message; //=> 'no person in the corpus is called "Zzyzx"'
 * }
 * ```
 */
export function isLiqaError(value: unknown): value is LiqaError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'LiqaError' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}
