/** The one error type of the geodata pipeline, so the CLI can tell expected failures from bugs. */

/** A failure of `npm run geodata` with a German message that says what to do. */
export class GeodataError extends Error {
  override readonly name = "GeodataError";

  /**
   * @param message German, actionable description of the problem
   * @param options the underlying error, if any, kept as `cause`
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
