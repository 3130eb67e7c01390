/** buildSite as a whole: deterministic output, and all-or-nothing on failure. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import { buildSite, EntryProblemsError, SiteBuildError } from "../../scripts/site/build-site.ts";
import { BROKEN_NETWORKS_DIR, buildFixtureSite, fileHashes, fixtureSite, hashTree, temporaryDir } from "../setup/build-site.ts";

const build = suite("buildSite");

build("the same input builds byte-identical output, search index included", async () => {
  const first = await fixtureSite();
  const second = await buildFixtureSite();
  assert.equal(second.files, first.files);
  const [a, b] = [await fileHashes(first.outDir), await fileHashes(second.outDir)];
  const differing = [...a.keys()].filter((file) => a.get(file) !== b.get(file));
  assert.equal(differing, [], `files differ between two builds: ${differing.join(", ")}`);
  assert.is(await hashTree(second.outDir), await hashTree(first.outDir));
});

build("an invalid entry fails the build and leaves the previous output untouched", async () => {
  const outDir = join(temporaryDir("previous"), "_site");
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, "index.html"), "vorherige Fassung");
  const error = await buildSite({ networksDir: BROKEN_NETWORKS_DIR, outDir, pagefind: false }).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.instance(error, EntryProblemsError);
  const problems = (error as EntryProblemsError).problems;
  assert.ok(problems.length >= 2, "every problem is reported, not just the first");
  assert.ok(problems.every((p) => p.file.endsWith("kaputt.md")));
  assert.is(await readFile(join(outDir, "index.html"), "utf8"), "vorherige Fassung");
  assert.equal(await readdir(outDir), ["index.html"]);
  const leftovers = (await readdir(dirname(outDir))).filter((name) => name.startsWith(`${basename(outDir)}.tmp-`));
  assert.equal(leftovers, [], "no temporary folder left behind");
});

build("a stale temporary folder of a crashed build is cleared and the swap is complete", async () => {
  const parent = temporaryDir("stale");
  const outDir = join(parent, "_site");
  await mkdir(join(parent, `_site.tmp-${process.pid}`, "alt"), { recursive: true });
  await mkdir(outDir);
  await writeFile(join(outDir, "marker.txt"), "alt");
  const { networksDir } = await fixtureSite();
  await buildSite({ networksDir, outDir, pagefind: false });
  assert.not.ok(existsSync(join(outDir, "marker.txt")), "old output replaced as a whole");
  assert.not.ok(existsSync(join(outDir, "alt")), "nothing of the stale folder survives");
  assert.ok(existsSync(join(outDir, "index.html")));
  assert.equal((await readdir(parent)).sort(), ["_site"]);
});

build("a failure while writing becomes one German message and leaves no temporary folder", async () => {
  const parent = temporaryDir("notadir");
  const blocker = join(parent, "datei");
  await writeFile(blocker, "keine Mappe");
  const { networksDir } = await fixtureSite();
  const error = await buildSite({ networksDir, outDir: join(blocker, "_site"), pagefind: false }).then(() => undefined, (e: unknown) => e);
  assert.instance(error, SiteBuildError);
  assert.match((error as Error).message, /^(Der Zwischenordner ließ sich nicht anlegen|Eleventy konnte die Seite nicht erzeugen): /);
  assert.not.ok((error as Error).message.includes("\n"));
  assert.equal(await readdir(parent), ["datei"]);
});

build.run();
