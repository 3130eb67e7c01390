/**
 * The web form in a real browser: Decap CMS from the mini-site (the real page, plugin and
 * config.yml) talks to Decap's local backend `decap-server` in git mode on a temporary copy of the
 * repository, so the editorial workflow runs as configured: saving makes a branch (on GitHub: a
 * pull request), publishing merges it. The file Decap wrote must pass our validation unchanged.
 * No request may leave the machine; the page runs under the /admin/ Content-Security-Policy.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { acquireBrowser, browserAvailable, releaseBrowser } from "../../scripts/browser/chromium.ts";
import { startStaticServer, type StaticServer } from "../../scripts/browser/static-server.ts";
import { temporaryDir } from "../setup/build-site.ts";
import { NETWORKS_DIR, ROOT } from "../../scripts/paths.ts";
import { adminContentSecurityPolicy } from "../../scripts/cms/admin-csp.ts";
import { buildDatasetFromSources } from "../../scripts/dataset/build-dataset.ts";
import { buildAdminSite } from "./admin-site.ts";

interface Context {
  repo: string;
  decapServer: ChildProcess;
  decapLog: string;
  web: StaticServer;
  browser: Browser;
  page: Page;
  /** Requests to anything but 127.0.0.1, aborted. */
  external: string[];
  /** Responses with status ≥ 400 and CSP violations. */
  failures: string[];
}

/** The slug Decap derives from the title (accents dropped: ö → o). */
const SLUG = "lernpaten-koln-ehrenfeld";
const FILE = `content/networks/${SLUG}.md`;
const BODY = [
  "## Ausgangslage",
  "",
  "In Ehrenfeld fehlten Lernorte am Nachmittag.",
  "",
  "## Wie die Partner zusammenarbeiten",
  "",
  "Seit 2019 treffen sich die Partner jeden Monat.",
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function git(repo: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: repo, encoding: "utf8" });
}

/** A git repository with the example entries on branch main, as decap-server's git mode needs. */
function temporaryRepository(): string {
  const repo = temporaryDir("cms-repo");
  mkdirSync(join(repo, "content", "networks"), { recursive: true });
  for (const name of readdirSync(NETWORKS_DIR).filter((n) => n.endsWith(".md"))) copyFileSync(join(NETWORKS_DIR, name), join(repo, "content", "networks", name));
  git(repo, "init", "--quiet", "--initial-branch=main");
  git(repo, "config", "user.name", "Webformular-Test");
  git(repo, "config", "user.email", "webformular-test@example.org");
  git(repo, "config", "commit.gpgsign", "false");
  git(repo, "add", ".");
  git(repo, "commit", "--quiet", "-m", "Beispiele");
  return repo;
}

/** Starts decap-server on 127.0.0.1 and waits until it answers. */
async function startDecapServer(context: Context, port: number): Promise<void> {
  context.decapLog = "";
  context.decapServer = spawn(join(ROOT, "node_modules", ".bin", "decap-server"), [], {
    cwd: context.repo,
    // BIND_HOST keeps it off other interfaces; MODE=git gives the editorial workflow (branches).
    env: { ...process.env, PORT: String(port), BIND_HOST: "127.0.0.1", MODE: "git", GIT_REPO_DIRECTORY: context.repo, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const server = context.decapServer;
  // Also when a later step of `before` fails and `after` never runs.
  process.once("exit", () => server.kill());
  server.stdout!.on("data", (chunk: Buffer) => (context.decapLog += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (context.decapLog += chunk.toString()));
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const info = await fetch(`http://127.0.0.1:${port}/api/v1`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: "info" }),
    }).catch(() => undefined);
    if (info?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server antwortet nicht auf Port ${port}:\n${context.decapLog}`);
}

/** A field of the form by its name (Decap's input ids are `<name>-field-<n>`). */
function field(page: Page, name: string) {
  return page.locator(`[id^="${name}-field-"]`);
}

/** Picks an option of a Decap select (react-select) by typing part of its label. */
async function choose(page: Page, name: string, label: string): Promise<void> {
  const input = field(page, name).last();
  await input.click();
  await input.pressSequentially(label);
  await page.getByRole("option", { name: label }).first().click();
}

const form = suite<Context>("web form (Decap CMS) in the browser");

if (browserAvailable("Webformular-Browsertest")) {
  form.before(async (context) => {
    context.external = [];
    context.failures = [];
    context.repo = temporaryRepository();
    const port = await freePort();
    await startDecapServer(context, port);
    const backend = `http://127.0.0.1:${port}`;
    const site = await buildAdminSite({ localBackend: { url: `${backend}/api/v1` } });
    context.web = await startStaticServer({ root: site, csp: adminContentSecurityPolicy({ localBackendOrigins: [backend] }) });
    context.browser = await acquireBrowser();
    context.page = await context.browser.newPage({ locale: "de-DE" });
    context.page.setDefaultTimeout(15_000);
    await context.page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      context.external.push(route.request().url());
      return route.abort();
    });
    context.page.on("response", (response) => {
      if (response.status() < 400) return;
      // The mini-site has no favicon; and decap-server answers 404 when asked for an unpublished
      // entry that does not exist yet (its way of saying "new entry"). Anything else must be there.
      if (response.url().endsWith("/favicon.svg")) return;
      const action = (JSON.parse(response.request().postData() ?? "{}") as { action?: string }).action;
      if (response.status() === 404 && action === "unpublishedEntry") return;
      context.failures.push(`${response.status()} ${response.url()}${action ? ` (${action})` : ""}`);
    });
    context.page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) context.failures.push(message.text());
    });
    context.page.on("dialog", (dialog) => void dialog.accept());
  });

  form.after(async (context) => {
    await context.page?.close().catch(() => undefined);
    if (context.browser) await releaseBrowser();
    await context.web?.close();
    context.decapServer?.kill();
  });

  form("logging in with the local backend shows the network collection with the examples", async ({ page, web }) => {
    await page.goto(`${web.origin}/admin/`);
    await page.getByRole("button", { name: "Login" }).click();
    await page.getByRole("heading", { name: "Netzwerke" }).waitFor();
    await page.getByText("Ausbildungsallianz Siegerland – Siegen").waitFor();
  });

  form("saving a new network makes a branch with one file (on GitHub: a pull request)", async ({ page, repo }) => {
    await page.getByRole("link", { name: "Beitrag vom Typ Netzwerk erstellen" }).click();
    await field(page, "title").fill("Lernpaten Köln-Ehrenfeld");
    await field(page, "summary").fill("Unternehmen, Schulen und ein Verein begleiten Kinder in Ehrenfeld beim Lernen und beim Übergang in die weiterführende Schule.");
    await choose(page, "challenges", "Bildung und Schulerfolg");
    await choose(page, "challenges", "Bürgerschaftliches Engagement");
    await field(page, "municipality").fill("Köln");
    await choose(page, "status", "aktiv");
    await field(page, "founded").fill("2019");

    const addPartner = page.getByRole("button", { name: /partner hinzufügen/i });
    await addPartner.click();
    await field(page, "name").last().fill("Stadt Köln, Bezirksamt Ehrenfeld");
    await choose(page, "sector", "Kommune");
    await addPartner.click();
    await field(page, "name").last().fill("Bäckerei Beispiel GmbH");
    await choose(page, "sector", "Unternehmen");
    await choose(page, "size", "KMU");
    await field(page, "role").last().fill("Lernräume und Pausenbrot");

    // An optional group: open it and pick a level (a number in the schema).
    await field(page, "impact").locator('[data-testid="expand-button"]').first().click();
    await choose(page, "level", "Zielgruppen ändern ihr Handeln");

    // The description in Markdown mode, replacing the questions of the template.
    await page.locator('[aria-label="markdown field"] [role="switch"]').click();
    // In Markdown mode the headings show their "##"; wait for that editor before clearing it.
    const markdown = page.locator('[aria-label="markdown field"] [data-slate-editor="true"]').filter({ hasText: "## Ausgangslage" });
    await markdown.click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-slate-editor") === "true");
    // Select everything, and wait until the editor's own selection says so before deleting. On a
    // busy machine Slate can miss a selection made just before the key press; then it deletes
    // one character only, and selecting again is what a person would do too.
    const cleared = page.locator('[aria-label="markdown field"] [data-slate-editor="true"]').filter({ hasNotText: "Ausgangslage" });
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press("Control+A");
      await page.waitForFunction(() => (document.getSelection()?.toString().length ?? 0) > 300);
      await page.keyboard.press("Backspace");
      const done = await cleared.waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (done) break;
      if (attempt === 3) throw new Error("Die Vorlage im Markdown-Feld ließ sich nicht löschen.");
    }
    for (const [index, line] of BODY.entries()) {
      if (index > 0) await page.keyboard.press("Enter");
      if (line) await page.keyboard.insertText(line);
    }

    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByRole("button", { name: /Status: Entwurf/ }).waitFor();
    assert.equal(git(repo, "branch", "--list", "cms/*", "--format=%(refname:short)").trim(), `cms/networks/${SLUG}`);
    assert.is(git(repo, "log", "--format=%s", `main..cms/networks/${SLUG}`).trim(), `Netzwerk „${SLUG}“ eintragen (Webformular)`);
    assert.is(git(repo, "diff", "--name-only", "main", `cms/networks/${SLUG}`).trim(), FILE);
  });

  form("publishing merges it into main, and the file Decap wrote passes validation", async ({ page, repo }) => {
    await page.getByRole("button", { name: /Status: Entwurf/ }).click();
    await page.getByText("Abgeschlossen", { exact: true }).click();
    await page.getByRole("button", { name: /Status: Abgeschlossen/ }).waitFor();
    await page.getByRole("button", { name: /^Veröffentlichen/ }).click();
    await page.getByText("Jetzt veröffentlichen", { exact: true }).click();
    const deadline = Date.now() + 15_000;
    while (git(repo, "branch", "--list", "cms/*").trim() !== "" && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));

    const text = git(repo, "show", `main:${FILE}`);
    if (process.env.DEBUG) process.stderr.write(`\n${FILE} (von Decap geschrieben):\n${text}\n`);
    const { dataset, problems } = buildDatasetFromSources([{ sourcePath: FILE, bytes: Buffer.from(text) }]);
    assert.equal(problems, [], `${text}\n${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join("\n")}`);
    const network = dataset.networks[0]!;
    assert.is(network.slug, SLUG);
    assert.is(network.title, "Lernpaten Köln-Ehrenfeld");
    assert.equal(network.challenges, ["bildung", "engagement"]);
    assert.is(network.impact?.level, 5);
    assert.equal(network.partners.map((p) => [p.name, p.sector, p.size ?? null]), [
      ["Stadt Köln, Bezirksamt Ehrenfeld", "kommune", null],
      ["Bäckerei Beispiel GmbH", "unternehmen", "kmu"],
    ]);
    // Decap writes the level as a number, the date as the text JJJJ-MM-TT, and no empty groups.
    assert.match(text, /^  level: 5$/m);
    assert.match(text, /^added: "?\d{4}-\d{2}-\d{2}"?$/m);
    assert.match(text, /^reviewed: "?\d{4}-\d{2}-\d{2}"?$/m);
    assert.not.match(text, /^(coordinates|contact|collective_impact|area|ended):/m);
    assert.ok(text.endsWith(`---\n${BODY.join("\n")}\n`) || text.endsWith(`---\n${BODY.join("\n")}`), text);
  });

  form("nothing left the machine, nothing was missing, nothing broke the /admin/ policy", ({ external, failures }) => {
    assert.equal(external, []);
    assert.equal(failures, []);
  });
}

form.run();
