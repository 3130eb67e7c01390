/** Child-process entry for one dataset benchmark size; prints the result as JSON on stdout. */
import { benchDataset } from "./dataset-bench.ts";

const count = Number(process.argv[2] ?? 1000);
process.stdout.write(`${JSON.stringify(await benchDataset(count))}\n`);
