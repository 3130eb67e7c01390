/**
 * What the networks' self-assessments say together, for the page /lernen/ ("Aus der Praxis
 * lernen"): per Collective Impact condition how many networks rate it how, and in their own words
 * how they meet it; who coordinates; how far they have come on the Wirkungstreppe; who publishes
 * figures. The initiative wants others to learn from working practice, and a visitor planning a
 * network asks "how do others manage shared measurement?" rather than "what does network X do?".
 */
import type { Network } from "../dataset/types.ts";
import { conditionRatingTerms } from "../dataset/vocabularies.ts";
import { collectiveImpactRows, impactSteps } from "./filters.ts";

/** One network's rating of a condition, with its explanation. */
export interface ConditionPractice {
  readonly network: Network;
  readonly rating: string;
  readonly ratingLabel: string;
  readonly note: string;
}

/** One of the four rated Collective Impact conditions across all networks. */
export interface ConditionView {
  /** The schema key, e.g. "shared_measurement"; also the anchor on /lernen/. */
  readonly key: string;
  readonly title: string;
  readonly description: string;
  /** How many networks give each rating, in the vocabulary's order (best first), zeros included. */
  readonly counts: readonly { readonly rating: string; readonly label: string; readonly count: number }[];
  /** Networks that explain their rating: best rating first, then by title. */
  readonly practice: readonly ConditionPractice[];
}

/** A step of the Wirkungstreppe with the networks for which it is the highest reached. */
export interface ImpactStepView {
  readonly level: number;
  readonly title: string;
  readonly networks: readonly Network[];
}

export interface PracticeView {
  /** Networks with a Collective Impact self-assessment. */
  readonly assessed: number;
  readonly conditions: readonly ConditionView[];
  /** Networks that name their coordinating organisation, with its name. */
  readonly backbones: readonly { readonly network: Network; readonly organisation: string }[];
  /** Every step, the top one first (as the staircase on network pages). */
  readonly steps: readonly ImpactStepView[];
  /** Networks that publish figures, with how many. */
  readonly indicators: readonly { readonly network: Network; readonly count: number }[];
}

/**
 * Gathers the self-assessments of `networks`.
 *
 * @param networks the networks in title order (every list of the view keeps that order within a rating)
 */
export function practiceView(networks: readonly Network[]): PracticeView {
  const ratingTerms = conditionRatingTerms();
  const rank = (rating: string) => ratingTerms.findIndex((term) => term.slug === rating);
  const assessedNetworks = networks.filter((n) => n.collectiveImpact !== undefined);
  const rows = assessedNetworks.map((network) => ({ network, rows: collectiveImpactRows(network.collectiveImpact) }));

  const conditions = collectiveImpactRows(undefined).map((condition, index): ConditionView => {
    const ratings = rows.flatMap(({ network, rows: own }) => {
      const row = own[index]!;
      return row.rating ? [{ network, rating: row.rating, ratingLabel: row.ratingLabel, note: row.note ?? "" }] : [];
    });
    return {
      key: condition.key,
      title: condition.title,
      description: condition.description,
      counts: ratingTerms.map((term) => ({ rating: term.slug, label: term.label, count: ratings.filter((r) => r.rating === term.slug).length })),
      // A stable sort keeps the title order within a rating.
      practice: ratings.filter((r) => r.note !== "").sort((a, b) => rank(a.rating) - rank(b.rating)),
    };
  });

  const backbones = assessedNetworks.flatMap((network) => {
    const organisation = network.collectiveImpact?.backbone_organisation;
    return organisation ? [{ network, organisation }] : [];
  });
  const steps = [...impactSteps()].reverse().map((step) => ({ ...step, networks: networks.filter((n) => n.impact?.level === step.level) }));
  const indicators = networks.flatMap((network) => {
    const count = network.impact?.indicators?.length ?? 0;
    return count > 0 ? [{ network, count }] : [];
  });
  return { assessed: assessedNetworks.length, conditions, backbones, steps, indicators };
}
