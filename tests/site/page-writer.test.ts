/** The worker that writes the network pages (scripts/site/page-writer.ts). */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PageWriter } from "../../scripts/site/page-writer.ts";

const writer = suite("page writer");

writer("writes every queued file, creating folders, in more than one batch", async () => {
  const dir = await mkdtemp(join(tmpdir(), "gw-writer-"));
  try {
    const pages = new PageWriter();
    for (let i = 0; i < 60; i++) pages.write(join(dir, "netzwerke", `n-${i}`, "index.html"), `<p>Seite ${i} – äöü</p>`);
    await pages.close();
    assert.is(await readFile(join(dir, "netzwerke", "n-0", "index.html"), "utf8"), "<p>Seite 0 – äöü</p>");
    assert.is(await readFile(join(dir, "netzwerke", "n-59", "index.html"), "utf8"), "<p>Seite 59 – äöü</p>");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

writer("a failed write rejects close() with the reason", async () => {
  const dir = await mkdtemp(join(tmpdir(), "gw-writer-"));
  try {
    // A file where a folder must go.
    await writeFile(join(dir, "netzwerke"), "kein Ordner");
    const pages = new PageWriter();
    pages.write(join(dir, "netzwerke", "a", "index.html"), "x");
    const error = await pages.close().then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.instance(error, Error);
    assert.match((error as Error).message, /Seiten ließen sich nicht schreiben/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

writer("closing without files finishes at once", async () => {
  await new PageWriter().close();
});

writer.run();
