/**
 * Structured logs: one JSON object a line on stderr, so that a host (systemd, Docker, a log
 * shipper) can filter by level and event. Never logs tokens or article text.
 */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export function createLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  const write = (level: string, event: string, fields: Record<string, unknown> = {}) => {
    const record: Record<string, unknown> = { time: new Date().toISOString(), level, event };
    for (const [key, value] of Object.entries(fields)) {
      record[key] = value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
    }
    stream.write(`${JSON.stringify(record)}\n`);
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

/** A logger that keeps records in memory (tests) or drops them. */
export function memoryLogger(): Logger & {
  readonly records: Array<{ level: string; event: string; fields?: Record<string, unknown> }>;
} {
  const records: Array<{ level: string; event: string; fields?: Record<string, unknown> }> = [];
  return {
    records,
    info: (event, fields) => records.push({ level: 'info', event, fields }),
    warn: (event, fields) => records.push({ level: 'warn', event, fields }),
    error: (event, fields) => records.push({ level: 'error', event, fields }),
  };
}
