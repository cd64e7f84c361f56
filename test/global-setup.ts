import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Build src/ to dist/ once (with the language identifier's binary snapshot, as npm run build does),
 * so the tests that spawn bin/clean-article.js run the current code.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    execSync('npx tsc -p .', { cwd: root, stdio: 'pipe', encoding: 'utf8' });
    execSync('node dist/langid-snapshot.js', { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    throw new Error(`the build failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}
