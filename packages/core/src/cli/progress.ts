import type { IngestProgress } from '../corpus/ingest.js';

/**
 * A one-line progress bar on stderr when it is a terminal, redrawn at most every 100 ms; on a pipe
 * or in CI, a plain line at each further 10%, at most every 2 s, so that logs stay short.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): {
  update(progress: IngestProgress): void;
  done(): void;
} {
  const tty = stream.isTTY === true;
  const started = Date.now();
  let drawnAt = Date.now();
  let lastDecile = -1;
  let drawn = false;
  const line = (p: IngestProgress) => {
    const fraction = p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
    const seconds = (Date.now() - started) / 1000;
    const width = 24;
    const filled = Math.round(fraction * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    const eta = fraction > 0.01 ? Math.round((seconds / fraction) * (1 - fraction)) : null;
    return `${bar} ${(fraction * 100).toFixed(0).padStart(3)}%  ${p.articles} articles  ${p.meetings} meetings  ${p.errors} errors  ${seconds.toFixed(0)}s${eta !== null ? ` (about ${eta}s left)` : ''}`;
  };
  return {
    update(p) {
      const now = Date.now();
      if (tty) {
        if (now - drawnAt < 100) return;
        drawnAt = now;
        drawn = true;
        stream.write(`\r${line(p)}\u001b[K`);
        return;
      }
      const decile = p.totalBytes > 0 ? Math.floor((p.bytesRead / p.totalBytes) * 10) : 0;
      if (decile > lastDecile && now - drawnAt >= 2000) {
        lastDecile = decile;
        drawnAt = now;
        stream.write(`${line(p)}\n`);
      }
    },
    done() {
      if (tty && drawn) stream.write('\r\u001b[K');
    },
  };
}
