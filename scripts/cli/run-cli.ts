/**
 * Runs a CLI's main function and turns an unexpected failure into one German line and exit code 2,
 * so nobody ever sees a stack trace unless they ask for it with DEBUG=1.
 */
export async function runCli(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Abbruch: ${message}\n`);
    if (process.env.DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
    process.exitCode = 2;
  }
}
