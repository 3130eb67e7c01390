// Eleventy configuration: folders and the site plugin, nothing else. Everything the site does is
// in scripts/site/ (see site-plugin.ts). Run through tsx (`npm run build`, `npm start`), which
// lets this file import TypeScript.
import sitePlugin from "./scripts/site/site-plugin.ts";

/** @param {any} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(sitePlugin);
}

export const config = {
  dir: {
    input: "content",
    includes: "_includes",
    layouts: "_layouts",
    data: "_data",
    output: "_site",
  },
  templateFormats: ["njk", "md", "11ty.js"],
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
};
