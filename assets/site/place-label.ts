/**
 * Where a network is, in words: "Detmold, Kreis Lippe", but "Köln" for a kreisfreie Stadt, which
 * is its own Kreis. Pages, the static location map and the map's list share it. Pure and DOM-free:
 * build code and browser code both import it.
 */

/**
 * @param gemeinde the Gemeinde's name
 * @param kreis the name of its Kreis or kreisfreie Stadt
 * @example
 * placeLabel("Detmold", "Kreis Lippe"); // "Detmold, Kreis Lippe"
 * placeLabel("Köln", "Köln"); // "Köln"
 */
export function placeLabel(gemeinde: string, kreis: string): string {
  return gemeinde === kreis ? gemeinde : `${gemeinde}, ${kreis}`;
}
