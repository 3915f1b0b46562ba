/**
 * Deterministic sample data for trying the product and for tests: a seeded generator, never
 * Math.random, so the same seed gives the same workbook byte for byte.
 */

/** A small seeded generator (mulberry32): numbers in [0, 1). */
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

/**
 * A plausible score for a criterion of maximum `max` (in points, not hundredths): mostly near the
 * top, in steps of 0.25, never above the maximum.
 */
export function sampleScore(random: () => number, max: number): number {
  if (max <= 0) return 0;
  const share = 0.7 + 0.3 * Math.sqrt(random());
  return Math.min(max, Math.round(max * share * 4) / 4);
}
