/** Child-process entry: times a challenge filter on /karte/ with N synthetic networks in Chromium. */
import { existsSync } from "node:fs";
import { benchMapFilter } from "./map-filter.ts";

const count = Number(process.argv[2] ?? 10000);
if (!existsSync("/usr/bin/chromium")) throw new Error("Chromium fehlt (/usr/bin/chromium); apt-get install -y chromium");
const medianMs = await benchMapFilter({ count });
process.stdout.write(`${JSON.stringify({ count, medianMs })}\n`);
process.exit(0);
