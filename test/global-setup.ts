import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Build src/ to dist/ once, so the tests that spawn bin/clean-article.js run the current code. */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    execSync('npx tsc -p .', { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    throw new Error(`npx tsc -p . failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}
