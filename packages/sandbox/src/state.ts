import type { AdGroupWorkflow, CampaignPacingMode, CampaignWorkflow } from '@workflows-api/types';
import { type JobLimits, JobStore, type StoredDownload } from './job-store.js';
import type { BulkJob } from './jobs.js';

export interface StoredCampaign {
  campaign: CampaignWorkflow;
  advertiserId: string;
  purchaseOrderNumber: string | null;
  /** The budget's pacing mode: kept here because `CampaignWorkflow` does not report it. */
  pacingMode: CampaignPacingMode | null;
  archived: boolean;
  /** Changes on every edit; clients compare it to detect concurrent edits. */
  version: string;
  /** Changes only when the budget or the flights change. */
  budgetingVersion: string;
}

export interface StoredAdGroup {
  adGroup: AdGroupWorkflow;
  archived: boolean;
}

/**
 * Everything the sandbox remembers. Plain maps, exposed on the sandbox as
 * `state` so tests can look inside after driving it through HTTP.
 */
/**
 * Job ids start above 2^32 so that clients storing them in 32-bit ints
 * break here rather than in production; they stay below 2^53 so they are
 * exact JSON numbers.
 */
const FIRST_JOB_ID = 5_000_000_001;

export class SandboxState {
  readonly campaigns = new Map<string, StoredCampaign>();
  readonly adGroups = new Map<string, StoredAdGroup>();
  private readonly jobStore = new JobStore();

  private campaignSeq = 0;
  private adGroupSeq = 0;
  private flightSeq = 1000;
  private versionSeq = 0n;
  private jobSeq = FIRST_JOB_ID - 1;
  private traceSeq = 0;

  newCampaignId(): string {
    this.campaignSeq += 1;
    return `cmp${this.campaignSeq.toString(36).padStart(5, '0')}`;
  }

  newAdGroupId(): string {
    this.adGroupSeq += 1;
    return `adg${this.adGroupSeq.toString(36).padStart(5, '0')}`;
  }

  /** Campaign flight ids are int64 in the spec (`AdGroupFlight.campaignFlightId`). */
  newFlightId(): number {
    this.flightSeq += 1;
    return this.flightSeq;
  }

  newJobId(): number {
    this.jobSeq += 1;
    return this.jobSeq;
  }

  /** Jobs by id: running, finished, and finished with an expired result, until forgotten. */
  get jobs(): ReadonlyMap<number, BulkJob> {
    return this.jobStore.jobs;
  }

  /** Big job results, by download token, served by the results origin. */
  get downloads(): ReadonlyMap<string, StoredDownload> {
    return this.jobStore.downloads;
  }

  addJob(job: BulkJob): void {
    this.jobStore.add(job);
  }

  /** Moves the jobs whose time has come: see `JobStore.settle`. */
  settleJobs(now: number, limits: JobLimits): void {
    this.jobStore.settle(now, limits);
  }

  /** Was a job given this id? If it is not in `jobs`, the sandbox has forgotten it. */
  issuedJobId(id: number): boolean {
    return id >= FIRST_JOB_ID && id <= this.jobSeq;
  }

  newTraceId(): string {
    this.traceSeq += 1;
    return `sbx-${this.traceSeq.toString(16).padStart(8, '0')}`;
  }

  /** A SQL-Server-rowversion-like stamp: 8 bytes, base64, strictly increasing. */
  newVersion(): string {
    this.versionSeq += 1n;
    const bytes = Buffer.alloc(8);
    bytes.writeBigUInt64BE(this.versionSeq);
    return bytes.toString('base64');
  }

  liveCampaign(id: string | null | undefined): StoredCampaign | undefined {
    if (id == null) {
      return undefined;
    }
    const stored = this.campaigns.get(id);
    return stored && !stored.archived ? stored : undefined;
  }

  liveAdGroup(id: string | null | undefined): StoredAdGroup | undefined {
    if (id == null) {
      return undefined;
    }
    const stored = this.adGroups.get(id);
    return stored && !stored.archived ? stored : undefined;
  }
}
