/**
 * `/assets/challenges.css`, generated from the challenge vocabulary: one class per challenge for
 * badges (`.challenge--<slug>`) and map dots (`.challenge-fill--<slug>`), so colours live in the
 * schema only and pages need no `style` attributes (which a strict CSP would block).
 */
import type { Challenge } from "../dataset/types.ts";

/** Relative luminance (WCAG 2.x) of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * @param challenges the challenge vocabulary
 * @returns the stylesheet text
 */
export function challengeCss(challenges: readonly Challenge[]): string {
  const rules = challenges.map((c) => {
    // Badges put white text on the colour; if a colour were too light for AA (4.5:1), use black.
    const text = contrastRatio(c.color, "#ffffff") >= 4.5 ? "#ffffff" : "#000000";
    return [
      `.challenge--${c.slug}{--challenge-color:${c.color};--challenge-text:${text}}`,
      `.challenge-fill--${c.slug}{fill:${c.color}}`,
    ].join("\n");
  });
  return `/* generiert von scripts/site/challenge-css.ts aus data/schema/challenges.schema.json */\n${rules.join("\n")}\n`;
}
