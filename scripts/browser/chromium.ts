/**
 * One headless Chromium per test process, shared by every browser suite: launched on first use,
 * closed shortly after the last suite releases it. Outside CI a missing Chromium skips the browser
 * tests with a clear message; in CI (`CI=true`) it is an error, because CI installs it.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** The system Chromium (Debian's `chromium` package); override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const LAUNCH_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let warned = false;

/**
 * True when browser tests can run. Prints once why they are skipped; throws in CI.
 * @param suiteName named in the message
 */
export function browserAvailable(suiteName = "Browser-Tests"): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `${suiteName}: Chromium fehlt unter ${CHROMIUM_PATH} (Debian: apt-get install -y chromium; anderer Pfad: CHROMIUM_PATH=…).`;
  if (process.env.CI === "true") throw new Error(`${message} In CI ist das ein Fehler.`);
  if (!warned) process.stderr.write(`\n${message} Die Browser-Tests werden übersprungen.\n`);
  warned = true;
  return false;
}

let browser: Promise<Browser> | undefined;
let users = 0;
let closeTimer: NodeJS.Timeout | undefined;

/** The shared browser; pair every call with {@link releaseBrowser}. */
export function acquireBrowser(): Promise<Browser> {
  users++;
  clearTimeout(closeTimer);
  browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
  return browser;
}

/**
 * Gives the browser back. When no suite uses it any more it is closed after a short pause – long
 * enough for the next suite (uvu runs them one after another) to take it over.
 */
export function releaseBrowser(): Promise<void> {
  users = Math.max(0, users - 1);
  if (users > 0 || !browser) return Promise.resolve();
  return new Promise((resolve) => {
    closeTimer = setTimeout(async () => {
      const closing = browser;
      browser = undefined;
      await (await closing)?.close().catch(() => undefined);
    }, 250);
    resolve();
  });
}
