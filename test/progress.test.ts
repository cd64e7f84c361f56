import { describe, expect, it } from 'vitest';
import { Progress } from '../src/cli/progress.js';

// The progress bar's text and when it is drawn.

describe('Progress', () => {
  it('shows done/total, rate and time left once the total is known', () => {
    let written = '';
    const p = new Progress((s) => void (written += s), true, 'files', 0);
    const start = Date.now();
    p.total = 200;
    for (let i = 0; i < 50; i++) p.tick();
    expect(p.render(start + 10_000)).toBe('[######------------------] 50/200 files  5.0 files/s  ETA 0:30');
    expect(written).toContain('\r\x1b[K[');
  });

  it('shows the count and rate only while the total is unknown', () => {
    const p = new Progress(() => undefined, true, 'records', 0);
    const start = Date.now();
    for (let i = 0; i < 1200; i++) p.tick();
    expect(p.render(start + 60_000)).toBe('1200 records  20 records/s');
  });

  it('writes nothing when not enabled, and log() clears a drawn bar first', () => {
    let off = '';
    const quiet = new Progress((s) => void (off += s), false, 'files', 0);
    quiet.tick();
    quiet.log('message\n');
    expect(off).toBe('message\n');
    let on = '';
    const bar = new Progress((s) => void (on += s), true, 'files', 0);
    bar.tick();
    bar.log('message\n');
    expect(on).toMatch(/^\r\x1b\[K.+\r\x1b\[Kmessage\n$/);
  });

  it('draws nothing until the run has taken a second, then draws', () => {
    let now = 5_000;
    let written = '';
    const p = new Progress((s) => void (written += s), true, 'files', 1000, () => now);
    for (let i = 0; i < 100; i++) {
      now += 9;
      p.tick();
    }
    expect(written).toBe('');
    now += 200;
    p.tick();
    expect(written).toBe('\r\x1b[K101 files  92 files/s');
  });
});
