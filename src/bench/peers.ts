// The peers' numbers on the development corpora, copied from ../shared/bench/README.md (published
// with the benchmark, measured on the same text input: jusText and boilerpipe get each line as a
// <p>). They hold for those exact files only, so bench:quality shows a corpus's numbers when the
// scored file's SHA-256 is the one here.

/** The peers, in the order of their columns. */
export const PEER_NAMES: readonly string[] = ['jusText 3.0.2', 'boilerpipe 1.2.0'];

/** How each peer was run on text input. */
export const PEER_SETUPS: readonly string[] = ['each line as a <p>', 'ArticleExtractor, each line as a <p>'];

/** What was published for one row: the measures, and per peer (PEER_NAMES order) their values; null where none was published. */
export interface PeerNumbers {
  measures: readonly ('P' | 'R' | 'F1' | 'exact' | 'keep')[];
  values: readonly (readonly (number | null)[] | null)[];
}

/** A corpus's published numbers by row key (the input kind, or "doc languages averaged" for tq-dev). */
export interface CorpusPeers {
  set: string;
  sha256: string;
  rows: Readonly<Record<string, PeerNumbers>>;
}

const f1 = (justext: number | null, boilerpipe: number | null): PeerNumbers => ({ measures: ['F1'], values: [[justext], [boilerpipe]] });

export const CORPUS_PEERS: readonly CorpusPeers[] = [
  {
    set: 'aceb-dev',
    sha256: '1d3397a2f436e8cc3d98918b32c18e8913a3ff8904cc8891e82c9f636dc64ff0',
    rows: {
      clean: { measures: ['R'], values: [[0.853], [0.976]] },
      'resid:readability_js': f1(0.876, 0.922),
      'resid:dom_smoothie': f1(null, 0.866),
      'resid:goose3': f1(0.856, 0.887),
      'resid:newspaper': f1(0.879, 0.93),
      dump: f1(0.812, 0.793),
    },
  },
  {
    set: 'traf-dev',
    sha256: 'f979637aa74b42ebb5c481cd12d0929a5ec0288f6dec592157ebf3bc1aff087c',
    rows: { dump: f1(0.777, 0.767) },
  },
  {
    set: 'seedlike-dev',
    sha256: '9a10cf5bb8f745e035133237bd3c20bc829991af5b9b6405df6714b46ee44a49',
    rows: {
      doc: { measures: ['F1', 'exact'], values: [[0.85, 0], [0.872, 0]] },
      clean: { measures: ['R', 'exact'], values: [null, null] },
    },
  },
  {
    set: 'tq-dev',
    sha256: 'b5c35ff56441fbf43aff7eb071afb24fd99b74ece880bc27fb12f557e43e0f33',
    rows: {
      doc: { measures: ['P', 'R', 'keep'], values: [[0.559, 0.728, 0.554], [0.61, 0.683, 0.66]] },
      'doc languages averaged': { measures: ['F1', 'keep'], values: [[0.657, 0], [0.645, 0.212]] },
    },
  },
];

/** The published numbers for a file with this SHA-256, if it is one of the development corpora. */
export function peersFor(sha256: string): CorpusPeers | undefined {
  return CORPUS_PEERS.find((c) => c.sha256 === sha256);
}
