// Data of the network pages: title, description and JSON-LD come from the paginated network.
// Functions, not template strings, so entry text is never run through a template engine.
export default {
  // A function, not a template string: Eleventy would compile a template for every page.
  permalink: (data) => `/netzwerke/${data.network.slug}/`,
  eleventyComputed: {
    title: (data) => data.network.title,
    description: (data) => data.network.summary,
  },
};
