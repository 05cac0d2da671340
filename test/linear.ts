// Linear time, checked so that a loaded machine cannot fail the check. Comparing one run on n units
// with one run on 16n units fails without a defect when the longer run is the one that gets
// preempted. Here the same work is timed both ways: one run on 16n units against 16 runs on n units.
// For a linear function both take the same time, and both take about as long, so load slows them
// alike; runs alternate, and each side keeps its best of several. Only a superlinear function makes
// the single long run slower by a factor that grows with the input (16 for a quadratic one).
import { expect } from "vitest";

/** The time of `f()` in milliseconds. */
function timed(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/**
 * How much longer one call on `factor`·n units of input takes than `factor` calls on n units
 * (best of `repeats` alternating rounds each): about 1 for a linear function, `factor` for a
 * quadratic one.
 */
export function superlinearity<T>(
  fn: (input: T) => unknown,
  make: (units: number) => T,
  units: number,
  { factor = 16, repeats = 5 }: { factor?: number; repeats?: number } = {},
): number {
  const small = make(units);
  const large = make(units * factor);
  const many = () => {
    for (let k = 0; k < factor; k++) fn(small);
  };
  const one = () => {
    fn(large);
  };
  many(); // warm up both paths
  one();
  let bestMany = Number.POSITIVE_INFINITY;
  let bestOne = Number.POSITIVE_INFINITY;
  // on a starved machine, stop after two rounds once 10 s are spent: the test's time limit is 60 s
  const t0 = performance.now();
  for (let r = 0; r < repeats && (r < 2 || performance.now() - t0 < 10_000); r++) {
    bestMany = Math.min(bestMany, timed(many));
    bestOne = Math.min(bestOne, timed(one));
  }
  return bestOne / Math.max(bestMany, 0.5);
}

/**
 * Expects `fn` to run in time linear in its input: one call on 16 times the input may take at most
 * 8 times as long as 16 calls on the input. Linear stages measured 0.5 to 3 (garbage collection of
 * the larger results) across all these tests on a 2-core machine with a CPU hog beside them; a
 * quadratic one measures 16.
 */
export function expectLinear<T>(fn: (input: T) => unknown, make: (units: number) => T, units: number): void {
  expect(superlinearity(fn, make, units)).toBeLessThan(8);
}
