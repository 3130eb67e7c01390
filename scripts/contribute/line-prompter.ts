/**
 * Asks questions on a terminal or over a pipe. Lines are queued as they arrive, so answers piped in
 * all at once (as in tests and scripts) are not lost between questions; on a terminal, Tab
 * completes from the list the current question offers.
 */
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";

export interface Prompter {
  /** Shows `question` and resolves with the answer, trimmed; `completions` feed Tab completion. */
  ask(question: string, completions?: readonly string[]): Promise<string>;
  say(text: string): void;
  close(): void;
}

/** Raised when the input ends before all questions are answered (Ctrl-D, or a pipe ran dry). */
export class InputEndedError extends Error {
  constructor() {
    super("Die Eingabe endete, bevor alle Fragen beantwortet waren. Es wurde nichts geschrieben.");
  }
}

/** A prompter over the given streams (default: the process's stdin and stdout). */
export function linePrompter(input: Readable = process.stdin, output: Writable = process.stdout): Prompter {
  let completions: readonly string[] = [];
  const rl: Interface = createInterface({
    input,
    output,
    terminal: (input as { isTTY?: boolean }).isTTY === true,
    completer: (line: string) => {
      const needle = line.toLocaleLowerCase("de");
      const hits = completions.filter((c) => c.toLocaleLowerCase("de").startsWith(needle));
      return [hits.length ? hits : [], line];
    },
  });
  const queue: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  rl.on("line", (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else queue.push(line);
  });
  rl.on("close", () => {
    ended = true;
    for (const next of waiting.splice(0)) next(undefined);
  });

  return {
    async ask(question, offered = []) {
      completions = offered;
      output.write(question);
      const line = queue.length > 0 ? queue.shift() : ended ? undefined : await new Promise<string | undefined>((resolve) => waiting.push(resolve));
      if (line === undefined) throw new InputEndedError();
      if ((input as { isTTY?: boolean }).isTTY !== true) output.write(`${line}\n`);
      return line.trim();
    },
    say(text) {
      output.write(`${text}\n`);
    },
    close() {
      rl.close();
    },
  };
}
