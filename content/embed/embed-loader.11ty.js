// /embed.js – the script partners include to embed the map (assets/embed-loader.ts), bundled here
// with esbuild at build time. It lives at the site root, not under /assets/, so the address in
// partners' snippets stays short and stable (/assets/embed.js is the embed page's own script).
// Always minified: partners load it on every page view (budget: 5 KB gzipped, see
// scripts/bench/embed-budgets.ts).
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ENTRY = fileURLToPath(new URL("../../assets/embed-loader.ts", import.meta.url));

export default class EmbedLoader {
  data() {
    return { permalink: "/embed.js", eleventyExcludeFromCollections: true };
  }

  async render() {
    const result = await esbuild.build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
      // As scripts/site/bundle-assets.ts.
      target: ["es2020", "chrome100", "firefox100", "safari15"],
      minify: true,
      legalComments: "none",
      logLevel: "silent",
    });
    return result.outputFiles[0].text;
  }
}
