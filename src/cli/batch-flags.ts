/**
 * The command-line options of batch runs: --jobs, --jsonl/--field and --profile with its
 * thresholds. Checked here, so a bad value is a usage error (exit 2) before any file is touched.
 */
import path from 'node:path';
import type { CleanOptions } from '../index.js';
import { readProfileFile } from '../profile/profile.js';
import type { Profile } from '../profile/profile.js';
import { learnedBoilerplate, profileLookupFloor } from '../rules/learned-boilerplate.js';
import { defaultJobs } from './batch.js';
import { describeError } from './files.js';
import { parseJobs } from './jobs.js';

/** The raw option values as commander gives them. */
export interface BatchFlags {
  jobs?: string;
  forceJobs?: boolean;
  jsonl?: string | true;
  field?: string;
  profile?: string;
  profileMinDocs?: string;
  profileMinShare?: string;
}

/** The checked values. */
export interface BatchSettings {
  options: CleanOptions;
  jobs: number;
  field: string;
}

/** Check the batch options; returns the settings, or a one-line usage error. */
export async function parseBatchFlags(flags: BatchFlags, base: CleanOptions, cwd: string): Promise<BatchSettings | string> {
  const jobs = parseJobs(flags.jobs, flags.forceJobs === true, defaultJobs());
  if (typeof jobs === 'string') return jobs;
  const field = flags.field ?? 'text';
  if (field === '') return '--field needs a field name';

  const id = learnedBoilerplate.id;
  const defaults = learnedBoilerplate.defaults;
  let minDocs = defaults.minDocs;
  let minShare = defaults.minShare;
  if (flags.profileMinDocs !== undefined) {
    if (!/^[1-9]\d*$/.test(flags.profileMinDocs)) return `--profile-min-docs takes a whole number from 1, not "${flags.profileMinDocs}"`;
    minDocs = Number(flags.profileMinDocs);
  }
  if (flags.profileMinShare !== undefined) {
    const share = Number(flags.profileMinShare);
    if (flags.profileMinShare.trim() === '' || !Number.isFinite(share) || share < 0 || share > 1) return `--profile-min-share takes a share from 0 to 1 (0.01 = 1%), not "${flags.profileMinShare}"`;
    minShare = share;
  }
  if (flags.profile === undefined) {
    if (flags.profileMinDocs !== undefined || flags.profileMinShare !== undefined) return '--profile-min-docs and --profile-min-share go with --profile';
    if (base.enable?.includes(id)) return `the ${id} rule needs --profile FILE (a profile written by clean-article learn)`;
    return { options: base, jobs, field };
  }

  let profile: Profile;
  try {
    profile = readProfileFile(path.resolve(cwd, flags.profile));
  } catch (err) {
    return `${flags.profile}: ${describeError(err)}`;
  }
  // Only the keys the rule can use travel to it (and to every worker).
  const counts = profile.lookup(profileLookupFloor(profile.documents, minDocs, minShare));
  const options: CleanOptions = {
    ...base,
    enable: [...(base.enable ?? []), id],
    ruleOptions: { ...(base.ruleOptions ?? {}), [id]: { profile: counts, minDocs, minShare } },
  };
  return { options, jobs, field };
}
