/**
 * Runs and seed of every property test (fast-check). CI runs each with its own fixed count and seed, so the suite
 * is deterministic and takes seconds. A longer campaign on a developer's machine scales them all:
 * FUZZ_RUNS=N multiplies every count by N / 200 (200 being the fuzz suite's own count) and FUZZ_SEED=S adds S to
 * every seed (and seeds the properties that have none): `FUZZ_RUNS=5000 FUZZ_SEED=$RANDOM npm run test:fuzz`.
 * A failure prints the seed it ran with; the same FUZZ_SEED replays it.
 */
const BASE_RUNS = 200;

function positiveInteger(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const scale = (positiveInteger('FUZZ_RUNS') ?? BASE_RUNS) / BASE_RUNS;
const seedOffset = positiveInteger('FUZZ_SEED');

/** fast-check parameters for a property that runs `numRuns` times in CI, with `seed` if it has one. */
export function runs(numRuns: number, seed?: number): { numRuns: number; seed?: number } {
  const scaled = Math.max(1, Math.round(numRuns * scale));
  if (seedOffset === undefined) return seed === undefined ? { numRuns: scaled } : { numRuns: scaled, seed };
  return { numRuns: scaled, seed: (seed ?? 0) + seedOffset };
}
