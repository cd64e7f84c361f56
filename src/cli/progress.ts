/**
 * A one-line progress bar on stderr (done/total, items per second, time left), drawn only when
 * stderr is a terminal, only once the run has taken a second (a hook's few files never see one),
 * and redrawn at most ten times a second. While the file list is still being
 * counted the total is unknown and the bar shows the count and the rate only. Messages printed
 * meanwhile go through log(), which clears the bar first. Hand-written: the whole bar is the
 * forty lines below, where a package would add a dependency and load time to every run.
 */

const WIDTH = 24;
const REDRAW_MS = 100;
/** No bar before the run has taken this long. */
export const PROGRESS_DELAY_MS = 1000;

export class Progress {
  /** Items in all, once known. */
  total: number | null = null;
  private done = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly start: number;

  constructor(
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
    private readonly unit = 'files',
    private readonly delayMs = PROGRESS_DELAY_MS,
    private readonly clock: () => number = Date.now,
  ) {
    this.start = clock();
  }

  /** Count finished items and redraw when it is time. */
  tick(n = 1): void {
    this.done += n;
    if (!this.enabled) return;
    const now = this.clock();
    if (now - this.start >= this.delayMs && now - this.lastDraw >= REDRAW_MS) this.draw(now);
  }

  /** Print a message (ending in a newline) above the bar. */
  log(text: string): void {
    this.clear();
    this.write(text);
  }

  /** The bar's text: exported through a method so tests can read it without a terminal. */
  render(now = this.clock()): string {
    const seconds = Math.max((now - this.start) / 1000, 0.001);
    const rate = this.done / seconds;
    const speed = `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} ${this.unit}/s`;
    if (this.total === null) return `${this.done} ${this.unit}  ${speed}`;
    const share = this.total === 0 ? 1 : Math.min(this.done / this.total, 1);
    const filled = Math.round(share * WIDTH);
    const eta = rate > 0 ? clock((this.total - this.done) / rate) : '?';
    return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${this.done}/${this.total} ${this.unit}  ${speed}  ETA ${eta}`;
  }

  private draw(now: number): void {
    this.lastDraw = now;
    this.write(`\r\x1b[K${this.render(this.lastDraw)}`);
    this.shown = true;
  }

  /** Take the bar off the screen (before other output); the next tick draws it again. */
  clear(): void {
    if (!this.shown) return;
    this.write('\r\x1b[K');
    this.shown = false;
  }
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = `${String(s % 60).padStart(2, '0')}`;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
