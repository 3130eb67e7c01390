/**
 * A tiny static file server for browser tests and benchmarks: serves a built site on 127.0.0.1
 * (never another interface) with the strict Content-Security-Policy the site must run under.
 * `/x/` serves `x/index.html`; `overrides` replace single paths (e.g. a synthetic GeoJSON);
 * `frameAncestors` lets other sites frame chosen paths (by default `/embed/`).
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import type { AddressInfo } from "node:net";

/** Content types of the files a built site contains. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
};

/**
 * The policy of the site: nothing but its own origin, plus images from the tile host (which the
 * map requests only after the visitor agrees).
 */
export function strictCsp(tileOrigin?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ""}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'self'",
    "form-action 'self'",
  ].join("; ");
}

export interface StaticServerOptions {
  /** The folder to serve. Required. */
  readonly root: string;
  /** Content-Security-Policy header of every response. Default: {@link strictCsp} without tiles. */
  readonly csp?: string;
  /** Responses for single URL paths instead of files, e.g. `{ "/daten/netzwerke.geojson": text }`. */
  readonly overrides?: Readonly<Record<string, string | Buffer>>;
  /**
   * `frame-ancestors` per path prefix, replacing the CSP's own for matching paths (first match wins).
   * Default {@link DEFAULT_FRAME_ANCESTORS}: `/embed/` may be framed by any site, as a deployment
   * must allow (README, "Karte einbetten"); everything else keeps the CSP's `'self'`.
   */
  readonly frameAncestors?: Readonly<Record<string, string>>;
}

/** Paths other sites may frame: the embeddable map. */
export const DEFAULT_FRAME_ANCESTORS: Readonly<Record<string, string>> = Object.freeze({ "/embed/": "*" });

/** `csp` with the `frame-ancestors` the path gets under `frameAncestors` (unchanged when none matches). */
export function cspForPath(csp: string, path: string, frameAncestors: Readonly<Record<string, string>>): string {
  const prefix = Object.keys(frameAncestors).find((p) => path.startsWith(p));
  if (prefix === undefined) return csp;
  const directive = `frame-ancestors ${frameAncestors[prefix]}`;
  return /frame-ancestors [^;]*/.test(csp) ? csp.replace(/frame-ancestors [^;]*/, directive) : `${csp}; ${directive}`;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

/** Starts the server on a free loopback port. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = normalize(options.root);
  const csp = options.csp ?? strictCsp();
  const frameAncestors = options.frameAncestors ?? DEFAULT_FRAME_ANCESTORS;
  const server: Server = createServer(async (request, response) => {
    let headers = { "Content-Security-Policy": csp, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
    try {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
      headers = { ...headers, "Content-Security-Policy": cspForPath(csp, path, frameAncestors) };
      const override = options.overrides?.[path];
      if (override !== undefined) {
        response.writeHead(200, { ...headers, "Content-Type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream" });
        response.end(override);
        return;
      }
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error("outside root"), { code: "ENOENT" });
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, { ...headers, "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      // Like a static host: the site's own 404 page, with status 404.
      const notFound = await readFile(join(root, "404.html")).catch(() => undefined);
      response.writeHead(404, { ...headers, "Content-Type": notFound ? CONTENT_TYPES[".html"]! : "text/plain; charset=utf-8" });
      response.end(request.method === "HEAD" ? undefined : (notFound ?? "Nicht gefunden"));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
