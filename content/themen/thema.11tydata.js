// Data of the theme pages, from the paginated challenge (functions: no template strings on data).
export default {
  // A function, not a template string: Eleventy would compile a template for every page.
  permalink: (data) => `/themen/${data.view.challenge.slug}/`,
  eleventyComputed: {
    title: (data) => data.view.challenge.label,
    description: (data) => data.view.challenge.description,
  },
};
