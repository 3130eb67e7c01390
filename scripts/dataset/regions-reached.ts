/**
 * Which Kreise and Regierungsbezirke a network counts for: where it has its seat, and where its
 * Wirkungsgebiet (`area`) reaches. One definition for the region pages, the map's Kreis and
 * Bezirk filters and the embeds, so a Kreis never shows a network on one and not on the other.
 */
import type { AreaRef } from "./types.ts";

/** AGS of the Kreise (5 digits) and Regierungsbezirke (3 digits) a network counts for; the seat's first. */
export interface RegionsReached {
  readonly kreise: readonly string[];
  readonly regierungsbezirke: readonly string[];
}

/**
 * The seat's Kreis and Regierungsbezirk, then those of every place in `area` in its order. A
 * Gemeinde or Kreis in `area` counts for its Kreis and Regierungsbezirk; a whole Regierungsbezirk
 * counts for the Bezirk only – listing it under each of its Kreise would claim more than the entry says.
 *
 * @param network the seat's Kreis and Regierungsbezirk and the resolved `area` of a network
 * @example regionsReached(lesestark) // { kreise: ["05911"], regierungsbezirke: ["059"] }
 */
export function regionsReached(network: {
  readonly kreis: { readonly ags: string };
  readonly regierungsbezirk: { readonly ags: string };
  readonly area: readonly Pick<AreaRef, "kind" | "ags">[];
}): RegionsReached {
  const kreise = new Set([network.kreis.ags]);
  const regierungsbezirke = new Set([network.regierungsbezirk.ags]);
  // AGS are hierarchical: the first 5 digits name the Kreis, the first 3 the Regierungsbezirk.
  for (const place of network.area) {
    if (place.kind !== "regierungsbezirk") kreise.add(place.ags.slice(0, 5));
    regierungsbezirke.add(place.ags.slice(0, 3));
  }
  return { kreise: [...kreise], regierungsbezirke: [...regierungsbezirke] };
}
