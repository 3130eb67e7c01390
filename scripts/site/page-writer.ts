/**
 * Writes many files from a worker thread, so the disk works while the main thread goes on
 * rendering. Creating a file costs far more than rendering one on the machines we build on
 * (see README › Messungen), and Node's own asynchronous writes run only as fast as the main
 * thread hands them out – which, during an Eleventy build, is rarely.
 */
import { Worker } from "node:worker_threads";

/** Sent to the worker. */
export type PageWriterRequest = { readonly kind: "files"; readonly files: readonly (readonly [path: string, text: string])[] } | { readonly kind: "close" };
/** Sent back once every file is written, or the first write failed. */
export type PageWriterReply = { readonly kind: "done" } | { readonly kind: "failed"; readonly message: string };

/** Files go to the worker in batches: one message per file would cost more than it spares. */
const BATCH_SIZE = 25;

/**
 * A queue of files to write. Call {@link PageWriter.close} exactly once, also after a failure of
 * your own, to learn whether all were written and to stop the worker.
 *
 * @example
 * const writer = new PageWriter();
 * writer.write("/tmp/site/a/index.html", "<!DOCTYPE html>…");
 * await writer.close();
 */
export class PageWriter {
  readonly #worker = new Worker(new URL("./page-writer-worker.js", import.meta.url));
  #batch: (readonly [string, string])[] = [];
  readonly #result: Promise<void>;

  constructor() {
    this.#result = new Promise<void>((resolve, reject) => {
      this.#worker.once("message", (reply: PageWriterReply) => {
        if (reply.kind === "done") resolve();
        else reject(new Error(`Seiten ließen sich nicht schreiben: ${reply.message}`));
      });
      this.#worker.once("error", reject);
      this.#worker.once("exit", (code) => reject(new Error(`Der Schreib-Worker endete vorzeitig (Code ${code}).`)));
    });
    // Observed by close(); until then a failure must not count as unhandled.
    this.#result.catch(() => undefined);
  }

  /** Queues `text` to be written to `path` (an absolute path; folders are created). */
  write(path: string, text: string): void {
    this.#batch.push([path, text]);
    if (this.#batch.length >= BATCH_SIZE) this.#flush();
  }

  /** Waits until every queued file is written, then stops the worker; rejects on the first failure. */
  async close(): Promise<void> {
    this.#flush();
    this.#worker.postMessage({ kind: "close" } satisfies PageWriterRequest);
    try {
      await this.#result;
    } finally {
      await this.#worker.terminate();
    }
  }

  #flush(): void {
    if (this.#batch.length === 0) return;
    this.#worker.postMessage({ kind: "files", files: this.#batch } satisfies PageWriterRequest);
    this.#batch = [];
  }
}
