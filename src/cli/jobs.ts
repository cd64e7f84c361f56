/** --jobs: worker threads, by default one per core, at most MAX_JOBS_PER_CORE per core unless forced. */
import { availableParallelism } from 'node:os';

/** Workers per core --jobs may ask for without --force-jobs. */
export const MAX_JOBS_PER_CORE = 2;

/** The most --jobs takes without --force-jobs: twice the cores (at least 4, so scripts run on small machines). */
export function maxJobs(cores = availableParallelism()): number {
  return Math.max(4, MAX_JOBS_PER_CORE * cores);
}

/** The number of workers for a --jobs value, or a one-line usage error. */
export function parseJobs(value: string | undefined, force: boolean, fallback: number): number | string {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d{0,2}$/.test(value)) return `--jobs takes a whole number of worker threads from 1 to 999, not "${value}"`;
  const jobs = Number(value);
  const cores = availableParallelism();
  if (jobs > maxJobs(cores) && !force) return `--jobs ${jobs} is more than twice the ${cores} ${cores === 1 ? 'core' : 'cores'} (at most ${maxJobs(cores)}); add --force-jobs to start that many workers`;
  return jobs;
}
