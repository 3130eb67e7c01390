/**
 * Generates realistic synthetic network entries for benchmarks: deterministic (seeded), spread over
 * all NRW Gemeinden, with every optional field used by some entries, as the Markdown text a
 * contributor would write.
 */
import { mkdir, writeFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { loadGazetteer } from "../geo/gazetteer.ts";
import { challenges, sectors } from "../dataset/vocabularies.ts";

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same input. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` entries as `[fileName, text]`, the same for the same count and seed. */
export function syntheticEntries(count: number, seed = 2026): [string, string][] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const gazetteer = loadGazetteer();
  const challengeSlugs = challenges().map((c) => c.slug);
  const sectorSlugs = sectors().map((s) => s.slug);
  const entries: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const gemeinde = pick(gazetteer.gemeinden);
    const kreis = gazetteer.kreisByAgs(gemeinde.kreisAgs)!;
    const chosen = [...new Set([pick(challengeSlugs), pick(challengeSlugs)])];
    const partnerCount = 2 + Math.floor(random() * 6);
    const partners = Array.from({ length: partnerCount }, (_, p) => {
      const sector = p === 0 ? "kommune" : p === 1 ? "unternehmen" : pick(sectorSlugs);
      const size = sector === "unternehmen" ? `\n    size: ${random() < 0.8 ? "kmu" : "gross"}` : "";
      return `  - name: Partner ${p + 1} von Netzwerk ${i}\n    sector: ${sector}${size}\n    role: Beitrag ${p + 1}`;
    }).join("\n");
    const status = random() < 0.1 ? "abgeschlossen" : random() < 0.1 ? "in-gruendung" : "aktiv";
    const founded = 2005 + Math.floor(random() * 18);
    const lines = [
      "---",
      `title: Synthetisches Netzwerk ${i} in ${gemeinde.name}`,
      `summary: Kommune, Unternehmen und gemeinnützige Partner in ${gemeinde.name} arbeiten gemeinsam an ${chosen.join(" und ")}.`,
      `challenges: [${chosen.join(", ")}]`,
      random() < 0.5 ? `municipality: ${gemeinde.name}` : `municipality: "${gemeinde.ags}"`,
      ...(random() < 0.2 ? [`coordinates: { lat: ${gemeinde.point[1]}, lon: ${gemeinde.point[0]} }`] : []),
      ...(random() < 0.3 ? [`area: [${kreis.type === "Kreis" ? kreis.displayName : kreis.name}]`] : []),
      `status: ${status}`,
      `founded: ${founded}`,
      ...(status === "abgeschlossen" ? [`ended: ${founded + 3}`] : []),
      "partners:",
      partners,
      "contact:",
      `  website: https://www.example.org/netzwerk-${i}`,
      `  email: netzwerk-${i}@example.org`,
      ...(random() < 0.3
        ? [
            "impact:",
            "  goals:",
            "    - Mehr Jugendliche finden einen Ausbildungsplatz.",
            `  level: ${1 + Math.floor(random() * 7)}`,
            "  indicators:",
            `    - { name: Teilnehmende, value: ${Math.floor(random() * 500)}, unit: Personen, year: 2024, source: Eigene Erhebung }`,
          ]
        : []),
      ...(random() < 0.2
        ? [
            "collective_impact:",
            "  common_agenda: { rating: erfuellt, note: Gemeinsame Ziele seit der Gründung. }",
            "  shared_measurement: { rating: teilweise }",
            "  backbone_organisation: Koordinierungsstelle der Kommune",
          ]
        : []),
      'reviewed: "2026-01-15"',
      "example: true",
      "---",
      "",
      "## Ausgangslage",
      "",
      `In ${gemeinde.name} haben sich ${partnerCount} Partner zusammengetan. Sie treffen sich regelmäßig und stimmen ihre Angebote ab.`,
      "",
      "## Was andere daraus lernen können",
      "",
      "Klein anfangen, früh messen, Erfolge gemeinsam feiern.",
      "",
    ];
    entries.push([`synthetisches-netzwerk-${String(i).padStart(5, "0")}.md`, lines.join("\n")]);
  }
  return entries;
}

/** Writes `count` synthetic entries into a fresh directory and returns a function that removes it. */
export async function writeSyntheticEntries(dir: string, count: number, seed?: number): Promise<() => Promise<void>> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await Promise.all(syntheticEntries(count, seed).map(([name, text]) => writeFile(join(dir, name), text)));
  return () => rm(dir, { recursive: true, force: true });
}
