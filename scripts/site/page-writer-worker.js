// @ts-check
/**
 * The worker side of page-writer.ts: writes the files it is sent, in the order sent, with
 * synchronous file system calls – in this thread they block nobody, and they keep the disk busy
 * while the build's main thread renders. Plain JavaScript (type-checked through JSDoc) because
 * tsx's loader does not reach into worker threads.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parentPort } from "node:worker_threads";

/** @typedef {import("./page-writer.ts").PageWriterRequest} PageWriterRequest */
/** @typedef {import("./page-writer.ts").PageWriterReply} PageWriterReply */

const port = parentPort;
if (!port) throw new Error("page-writer-worker.js läuft nur als Worker (siehe page-writer.ts).");

/** @type {string | undefined} */
let failure;
port.on("message", (/** @type {PageWriterRequest} */ request) => {
  if (request.kind === "files") {
    // After a failure the rest is skipped: the build fails anyway and its folder is removed.
    if (failure !== undefined) return;
    try {
      for (const [path, text] of request.files) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    return;
  }
  /** @type {PageWriterReply} */
  const reply = failure === undefined ? { kind: "done" } : { kind: "failed", message: failure };
  port.postMessage(reply);
});
