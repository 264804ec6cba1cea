import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceArticle } from './read-sources.js';
import type { RecordOptions, RecordOutcome } from './record-of.js';

interface Job {
  readonly id: number;
  readonly job: { article: SourceArticle; options: RecordOptions };
  resolve(outcome: RecordOutcome): void;
  reject(error: Error): void;
}

/**
 * Parsing and extraction spread over worker threads, one per core: the part of an ingest that costs
 * CPU. The built package ships the worker (`dist/extract-worker.js`); run from the TypeScript
 * sources there is none, and {@link ExtractPool.create} returns null so that ingest works on the
 * main thread as before.
 */
export class ExtractPool {
  readonly size: number;
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: Job[] = [];
  readonly #running = new Map<
    number,
    { resolve: (o: RecordOutcome) => void; reject: (e: Error) => void; worker: Worker }
  >();
  #nextId = 0;
  #failure: Error | null = null;

  private constructor(file: string, size: number) {
    this.size = size;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file);
      worker.on('message', (message: { id: number } & RecordOutcome) => {
        const job = this.#running.get(message.id);
        if (!job) return;
        this.#running.delete(message.id);
        job.resolve(message);
        this.#release(worker);
      });
      worker.on('error', (error) => this.#fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.#fail(new Error(`an extraction worker stopped with code ${code}`));
      });
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  /** A pool of `size` workers, or null when there is no built worker to run or one thread is asked for. */
  static create(size: number): ExtractPool | null {
    if (!Number.isInteger(size) || size < 2) return null;
    let file: string;
    try {
      file = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
    } catch {
      return null;
    }
    return existsSync(file) ? new ExtractPool(file, size) : null;
  }

  /** The record of one article, parsed and extracted on a worker. */
  run(article: SourceArticle, options: RecordOptions): Promise<RecordOutcome> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#queue.push({ job: { article, options }, resolve, reject, id: this.#nextId++ });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop() as Worker;
      const next = this.#queue.shift() as Job;
      this.#running.set(next.id, { resolve: next.resolve, reject: next.reject, worker });
      worker.postMessage({ id: next.id, ...(next.job as object) });
    }
  }

  #release(worker: Worker): void {
    this.#idle.push(worker);
    this.#dispatch();
  }

  #fail(error: Error): void {
    // A worker that dies is a bug, not bad input: the ingest stops with it.
    this.#failure ??= new Error(`extraction failed in a worker thread: ${error.message}`, { cause: error });
    for (const job of this.#running.values()) job.reject(this.#failure);
    for (const job of this.#queue) job.reject(this.#failure);
    this.#running.clear();
    this.#queue.length = 0;
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
