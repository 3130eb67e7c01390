/**
 * `npm run cms`: the web form on your own computer. Starts Decap's local backend `decap-server`
 * (on 127.0.0.1:8081, writing straight into content/networks/ of this checkout, no Git commands)
 * and the preview (`npm start`, http://localhost:8080). Open http://localhost:8080/admin/, click
 * „Login“, and what you save appears as a file you can check with `npm run validate` and commit.
 * Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../paths.ts";
import { runCli } from "./run-cli.ts";

/** decap-server's default port; the generated config (`local_backend: true`) looks there. */
const DECAP_PORT = 8081;

function start(command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
}

await runCli(async () => {
  const children = [
    start(join(ROOT, "node_modules", ".bin", "decap-server"), [], {
      PORT: String(DECAP_PORT),
      // Only this computer may reach it: it writes files without asking.
      BIND_HOST: "127.0.0.1",
      // "fs" writes files directly; "git" would switch branches in this working tree.
      MODE: "fs",
      GIT_REPO_DIRECTORY: ROOT,
      LOG_LEVEL: "warn",
    }),
    start(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "cli", "serve.ts")]),
  ];
  process.stdout.write(
    `Webformular: http://localhost:8080/admin/ – „Login“ klicken. Gespeicherte Netzwerke landen in content/networks/.\n` +
      `(Decaps lokales Backend läuft auf http://127.0.0.1:${DECAP_PORT}; Beenden mit Strg+C.)\n`,
  );
  const stop = () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGINT");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // When one of them ends (or fails to start), end the other too and report its exit code.
  const code = await Promise.race(children.map((child) => new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 0)))));
  stop();
  return code;
});
