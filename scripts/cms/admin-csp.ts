/**
 * The Content-Security-Policy for /admin/ only. Decap CMS needs more than the rest of the site:
 * `'unsafe-eval'` (it compiles the validation of its configuration with ajv at run time),
 * inline styles (its interface is styled with CSS-in-JS), and, once someone logs in, the GitHub
 * API and GitHub avatars. Every other page keeps the strict policy.
 */

/** The GitHub origins Decap talks to after login with the GitHub backend. */
export const GITHUB_ORIGINS = Object.freeze({
  api: "https://api.github.com",
  avatars: "https://avatars.githubusercontent.com",
});

export interface AdminCspOptions {
  /** Origins of local decap-server proxies, e.g. `http://127.0.0.1:8081`; default localhost:8081. */
  readonly localBackendOrigins?: readonly string[];
}

/**
 * The policy, as a header value.
 *
 * @param options local backend origins to allow
 * @returns e.g. `default-src 'self'; script-src 'self' 'unsafe-eval'; …`
 */
export function adminContentSecurityPolicy(options: AdminCspOptions = {}): string {
  const local = options.localBackendOrigins ?? ["http://localhost:8081", "http://127.0.0.1:8081"];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${GITHUB_ORIGINS.avatars}`,
    `connect-src 'self' ${GITHUB_ORIGINS.api} ${local.join(" ")}`,
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}
