/**
 * Which files under tests/ `npm test` runs as suites: every `*.test.ts` outside the fixture
 * folders, whose files are inputs of suites and never suites themselves.
 */

/**
 * uvu's `--ignore` pattern for the fixture folders. It names the folder only: a bare "fixtures"
 * would also skip suites named after them, such as dataset/validate-fixtures.test.ts.
 */
export const IGNORE_FIXTURE_FOLDERS = String.raw`(^|[\\/])fixtures([\\/]|$)`;
