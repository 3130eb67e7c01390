// Types of site.js for the TypeScript build code that reads it (scripts/site/).
declare const site: {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly url: string;
  readonly repositoryUrl: string;
  readonly repositoryBranch: string;
  readonly publisher: { readonly name: string; readonly shortName: string; readonly email: string };
  readonly contentLicense: { readonly name: string; readonly title: string; readonly url: string };
  readonly geoAttribution: { readonly text: string; readonly license: string; readonly licenseUrl: string };
  readonly tiles: { readonly url: string; readonly attribution: string; readonly attributionUrl: string; readonly maxZoom: number };
};
export default site;
