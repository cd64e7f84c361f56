// Written by `npm run fit -- --write` (src/bench/fit.ts) from the development corpora's labels;
// edit by running it again, not by hand. The value and the scores that chose it are in docs/benchmarks.md.

/** main-content's minNavigationShare, fitted. */
export const FITTED_MIN_NAVIGATION_SHARE = 0.35;
