/**
 * A network's years in words. The pages (scripts/site/filters.ts) and the map's popup and list
 * (from the GeoJSON) share this one function so that a network never shows different years in
 * different places. Pure and DOM-free: build code and browser code both import it.
 */

/** What the label needs: a dataset `Network` and the map's `NetworkFeatureProperties` both fit. */
export interface NetworkYears {
  /** Status slug: "in-gruendung", "aktiv" or "abgeschlossen". */
  readonly status: string;
  readonly founded: number;
  /** End year; only finished networks may have one. */
  readonly ended?: number | undefined;
}

/**
 * The years label that follows the status.
 *
 * @param network status, founding year and (for finished networks) the end year, if known
 * @returns German text without the status label itself
 * @example
 * yearsLabel({ status: "aktiv", founded: 2016 }); // "seit 2016"
 * yearsLabel({ status: "abgeschlossen", founded: 2012, ended: 2019 }); // "2012 bis 2019"
 * yearsLabel({ status: "abgeschlossen", founded: 2012 }); // "2012 gegründet"
 * yearsLabel({ status: "in-gruendung", founded: 2024 }); // "in Gründung seit 2024"
 */
export function yearsLabel(network: NetworkYears): string {
  if (network.status === "abgeschlossen") return network.ended !== undefined ? `${network.founded} bis ${network.ended}` : `${network.founded} gegründet`;
  if (network.status === "in-gruendung") return `in Gründung seit ${network.founded}`;
  return `seit ${network.founded}`;
}

/**
 * The years to put in brackets after the status label, as the network page does: like
 * {@link yearsLabel}, but without repeating "in Gründung", which the status label already says.
 *
 * @param network status, founding year and (for finished networks) the end year, if known
 * @returns German text for "<status> (<years>)"
 * @example
 * yearsAfterStatus({ status: "in-gruendung", founded: 2024 }); // "seit 2024" → "in Gründung (seit 2024)"
 * yearsAfterStatus({ status: "abgeschlossen", founded: 2012, ended: 2019 }); // "2012 bis 2019"
 */
export function yearsAfterStatus(network: NetworkYears): string {
  return network.status === "in-gruendung" ? `seit ${network.founded}` : yearsLabel(network);
}
