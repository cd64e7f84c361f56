// The peers' numbers on the development benchmark, copied from ../shared/bench/README.md (published
// with the benchmark, measured on the same text input). They hold for that exact file only, so
// bench:quality shows them when the scored file's SHA-256 is DEV_SHA256.

/** SHA-256 of ../shared/bench/aceb-dev.jsonl, the file the peers' numbers were measured on. */
export const DEV_SHA256 = '1d3397a2f436e8cc3d98918b32c18e8913a3ff8904cc8891e82c9f636dc64ff0';

/** The number published per input kind: recall for the gold body itself, F1 for the others. */
export const PEER_METRIC: Readonly<Record<string, 'R' | 'F1'>> = {
  clean: 'R',
  'resid:readability_js': 'F1',
  'resid:dom_smoothie': 'F1',
  'resid:goose3': 'F1',
  'resid:newspaper': 'F1',
  dump: 'F1',
};

/** One peer's published numbers by input kind; null where none was published. */
export interface Peer {
  name: string;
  /** How the peer was run on text input. */
  setup: string;
  scores: Readonly<Record<string, number | null>>;
}

export const PEERS: readonly Peer[] = [
  {
    name: 'jusText 3.0.2',
    setup: 'each line as a <p>',
    scores: {
      clean: 0.853,
      'resid:readability_js': 0.876,
      'resid:dom_smoothie': null,
      'resid:goose3': 0.856,
      'resid:newspaper': 0.879,
      dump: 0.812,
    },
  },
  {
    name: 'boilerpipe 1.2.0',
    setup: 'ArticleExtractor, each line as a <p>',
    scores: {
      clean: 0.976,
      'resid:readability_js': 0.922,
      'resid:dom_smoothie': 0.866,
      'resid:goose3': 0.887,
      'resid:newspaper': 0.93,
      dump: 0.793,
    },
  },
];
