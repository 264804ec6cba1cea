import { z } from 'zod';
import { LiqaError } from '../errors.js';

/** Where a command writes; tests pass their own streams. */
export interface Output {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Validates a command's parsed arguments, turning zod issues into one readable `invalid_options` error. */
export function parseArgs<Schema extends z.ZodType>(schema: Schema, args: unknown): z.output<Schema> {
  const result = schema.safeParse(args);
  if (!result.success) throw new LiqaError('invalid_options', z.prettifyError(result.error));
  return result.data;
}
