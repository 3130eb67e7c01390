// Data of the region pages, from the paginated region (functions: no template strings on data).
export default {
  // A function, not a template string: Eleventy would compile a template for every page.
  permalink: (data) => `/regionen/${data.region.slug}/`,
  eleventyComputed: {
    title: (data) => data.region.name,
    description: (data) => `Wirkungsnetzwerke in ${data.region.name}, Nordrhein-Westfalen.`,
  },
};
