import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportHtml } from '../src/cli/report.js';
import type { ReportData } from '../src/cli/report.js';
import { clean, rules } from '../src/index.js';
import { ROOT, runBin } from './spawn-bin.js';
import { tempFolders } from './temp-folder.js';

// --report: one self-contained HTML page, checked as a file and in a real browser (Debian's
// chromium, driven by puppeteer-core; .ci/run installs it): no console errors, no request for
// anything, the example's ten removals shown, the rule filter, the search, and paging through a
// 10,000-file report.

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const folder = tempFolders('clean-article-report-');
const LAVROV = readFileSync(path.join(ROOT, 'fixtures', 'lavrov', 'input.txt'), 'utf8');
const CAPTIONS = readFileSync(path.join(ROOT, 'fixtures', 'caption--credit-lines-en', 'input.txt'), 'utf8');
const CLEANED = clean(LAVROV).text;
const TIMEOUT = 120_000;

/** A folder with the example, a file with captions, a clean file and a binary one, and its report. */
async function exampleReport(args: string[] = []): Promise<{ dir: string; file: string; run: Awaited<ReturnType<typeof runBin>> }> {
  const dir = folder({ 'news/lavrov.txt': LAVROV, 'news/captions.txt': CAPTIONS, 'news/clean.txt': CLEANED, 'news/image.txt': Buffer.from([0x89, 0x50, 0x00, 0x01]) });
  const run = await runBin(dir, ['--report', 'report.html', ...args, 'news']);
  return { dir, file: path.join(dir, 'report.html'), run };
}

describe('--report writes one HTML file', { timeout: TIMEOUT }, () => {
  it('alone it writes nothing else: no text on stdout, the articles untouched; one line on stderr', async () => {
    const { dir, file, run } = await exampleReport();
    expect(run.out).toBe('');
    // The binary file failed, so exit 2, as with --check.
    expect(run.code).toBe(2);
    expect(run.err).toContain('clean-article: news/image.txt: binary file (NUL byte at offset 2); skipped\n');
    expect(run.err).toContain('clean-article: report.html: 4 files, 2 with removals, ');
    expect(readFileSync(path.join(dir, 'news/lavrov.txt'), 'utf8')).toBe(LAVROV);
    expect(statSync(file).size).toBeGreaterThan(1000);
  });

  it('is self-contained: no external address, no src= or href= but data:, a policy that forbids loading', async () => {
    const { file } = await exampleReport();
    const html = readFileSync(file, 'utf8');
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\"");
    expect(html).not.toMatch(/https?:\/\//);
    expect([...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1])).toEqual(['data:,']);
    // Text of the articles cannot end the data's script element early.
    const data = JSON.parse(/<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(html)![1]) as ReportData;
    expect(data.totals).toMatchObject({ files: 4, changed: 2, unchanged: 1, failed: 1 });
    expect(data.files.find((f) => f.n === 'news/lavrov.txt')!.f).toHaveLength(10);
  });

  it('goes with --check (and --write), whose output stays as it was', async () => {
    const { run } = await exampleReport(['--check']);
    expect(run.out).toBe('news/captions.txt\nnews/lavrov.txt\n');
    expect(run.err).toMatch(/clean-article: 2 would change, 1 unchanged, 1 failed; /);
  });

  it('cannot be combined with --jsonl', async () => {
    const r = await runBin(folder(), ['--jsonl', '--report', 'r.html']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^clean-article: --jsonl reads one file/);
  });
});

describe.skipIf(!HAS_CHROMIUM && !process.env.CI)('the report in a browser (chromium; skipped only outside CI where it is not installed)', { timeout: TIMEOUT }, () => {
  let browser: Browser;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'clean-article-chromium-'));

  beforeAll(async () => {
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  /** Open a page; returns it with the console errors, page errors and requests it made. */
  async function open(file: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page error: ${String(e)}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForSelector('#status');
    return { page, errors, requests };
  }

  const visible = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).dataset.rule ?? (e as HTMLElement).innerText));
  const status = (page: Page) => page.$eval('#status', (e) => e.textContent);

  it('loads without a console error or a request, and shows the example\'s ten removals with their rules and reasons', async () => {
    const { file } = await exampleReport();
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.$eval('#totals', (e) => e.textContent)).toMatch(/^4 files: 2 with removals, 1 unchanged, 1 failed; \d+ lines removed\./);
    const lavrov = await page.$$eval('section.file', (sections) => sections.find((s) => s.querySelector('h2')!.textContent!.startsWith('news/lavrov.txt'))!.querySelectorAll('.finding').length);
    expect(lavrov).toBe(10);
    const rulesShown = await page.$$eval('section.file', (sections) => [...sections.find((s) => s.querySelector('h2')!.textContent!.startsWith('news/lavrov.txt'))!.querySelectorAll('.finding')].map((f) => (f as HTMLElement).dataset.rule));
    expect(rulesShown).toEqual(clean(LAVROV).findings.map((f) => f.ruleId));
    const text = await page.$eval('#files', (e) => (e as HTMLElement).innerText);
    expect(text).toContain('reaction-widget: reaction labels with counts: "like 0 dislike 0 love 0 funny 0 angry 0 sad 0 wow 0"');
    expect(text).toContain('DUVAR ENGLISH');
    expect(text).toContain('binary file (NUL byte at offset 2); skipped');
    await page.close();
  });

  it('filters by rule: only files with a removal by that rule, that rule\'s removals marked, the others greyed', async () => {
    const { file } = await exampleReport();
    const { page, errors } = await open(file);
    const captionIndex = String(rules.findIndex((r) => r.id === 'caption'));
    await page.select('#rule', captionIndex);
    const files = await page.$$eval('section.file h2', (hs) => hs.map((h) => h.firstChild!.textContent));
    expect(files).toEqual(['news/captions.txt', 'news/lavrov.txt']);
    expect(new Set(await visible(page, '.finding:not(.other)'))).toEqual(new Set(['caption']));
    expect(await status(page)).toBe('files 1–2 of 2 (page 1 of 1)');
    await page.select('#rule', String(rules.findIndex((r) => r.id === 'reaction-widget')));
    expect(await page.$$eval('section.file h2', (hs) => hs.map((h) => h.firstChild!.textContent))).toEqual(['news/lavrov.txt']);
    // The widget and its question above it ("Ne Düşünüyorsun?").
    expect(await visible(page, '.finding:not(.other)')).toEqual(['reaction-widget', 'reaction-widget']);
    // The rules table's link does the same.
    await page.click(`#rules a[data-rule="${captionIndex}"]`);
    expect(await page.$eval('#rule', (e) => (e as HTMLSelectElement).value)).toBe(captionIndex);
    await page.select('#rule', '');
    expect(await page.$$eval('section.file', (s) => s.length)).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches file names and removed text, and marks what matched', async () => {
    const { file } = await exampleReport();
    const { page, errors } = await open(file);
    await page.type('#search', 'duvar');
    await page.waitForFunction(() => document.querySelector('#status')!.textContent === 'files 1–1 of 1 (page 1 of 1)');
    expect(await page.$$eval('mark', (m) => m.map((e) => e.textContent))).toEqual(['Duvar', 'DUVAR']);
    await page.$eval('#search', (e) => ((e as HTMLInputElement).value = ''));
    await page.type('#search', 'no such text anywhere');
    await page.waitForFunction(() => document.querySelector('#status')!.textContent === 'no file matches');
    expect(await page.$$eval('section.file', (s) => s.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('pages through 10,000 files: 50 in the page at a time, the file under 20 MB', async () => {
    const ruleIds = rules.map((r) => r.id);
    const caption = ruleIds.indexOf('caption');
    const widget = ruleIds.indexOf('reaction-widget');
    const data: ReportData = {
      version: 'test',
      rules: ruleIds,
      totals: { files: 10_000, changed: 10_000, unchanged: 0, failed: 0, removedLines: 30_000, byRule: ruleIds.map((_, i) => (i === caption ? 10_000 : i === widget ? 20_000 : 0)) },
      files: Array.from({ length: 10_000 }, (_, i) => ({
        n: `news/${String(i).padStart(5, '0')}.txt`,
        s: 'c' as const,
        r: 3,
        f: [[caption, 3, 3, 'caption with photo word "Photo": "Photo: John Locher, AP"'], ...(i % 2 === 0 ? [[widget, 20, 21, 'reaction labels with counts: "like 0"'] as [number, number, number, string]] : [])] as [number, number, number, string][],
        h: [[1, ['Title of article ' + i, '', 'Photo: John Locher, AP', '', 'The body of the article, a sentence of some length that reads as prose.']] as [number, string[]], [18, ['Last paragraph.', '', 'like 0', 'dislike 0']] as [number, string[]]],
      })),
    };
    const file = path.join(folder(), 'big.html');
    writeFileSync(file, reportHtml(data));
    expect(statSync(file).size).toBeLessThan(20 * 1024 * 1024);
    const { page, errors } = await open(file);
    expect(await page.$$eval('section.file', (s) => s.length)).toBe(50);
    expect(await status(page)).toBe('files 1–50 of 10000 (page 1 of 200)');
    await page.click('#next');
    expect(await status(page)).toBe('files 51–100 of 10000 (page 2 of 200)');
    expect(await page.$eval('section.file h2', (h) => h.firstChild!.textContent)).toBe('news/00050.txt');
    await page.select('#rule', String(widget));
    expect(await status(page)).toBe('files 1–50 of 5000 (page 1 of 100)');
    expect(errors).toEqual([]);
    await page.close();
  });
});
