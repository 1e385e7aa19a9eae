import { randomUUID } from 'node:crypto';
import { Fifo } from './fifo.js';
import { type BulkJob, endOf, type FinishedJob } from './jobs.js';
import { MinHeap } from './min-heap.js';

/** How the sandbox keeps jobs and their results. */
export interface JobLimits {
  /** Results of this many bytes or more are given only as a url. */
  inlineLimitBytes: number;
  /** How long a result is kept after its job finished. */
  resultRetentionMs: number;
  /** How long a job whose result expired is still known, before it is forgotten. */
  expiredJobRetentionMs: number;
  /** Most jobs kept: past it, the ones that finished first are forgotten first. */
  maxJobs: number;
}

/** A big result's download. `body` is read when it is served: a result its work can make again is made then. */
export interface StoredDownload {
  readonly jobId: number;
  readonly body: string;
}

/**
 * Every job by id, and the order in which each will next change: running
 * jobs by when they end, finished ones by when they finished (with one
 * retention for all, also the order their results expire and they are
 * forgotten). So a request settles only the jobs whose time has come, never
 * all of them.
 */
export class JobStore {
  private readonly byId = new Map<number, BulkJob>();
  private readonly downloadsByToken = new Map<string, StoredDownload>();
  private readonly running = new MinHeap<BulkJob>((a, b) => endOf(a) - endOf(b) || a.id - b.id);
  /**
   * Finished, result kept, in the order they finished: each settle finishes jobs in the order
   * they end, and a job submitted after a settle ends after it. So also the order of expiry.
   */
  private readonly keeping = new Fifo<BulkJob>();
  /** Finished, result expired, still reported. */
  private readonly expired = new Fifo<BulkJob>();

  get jobs(): ReadonlyMap<number, BulkJob> {
    return this.byId;
  }

  get downloads(): ReadonlyMap<string, StoredDownload> {
    return this.downloadsByToken;
  }

  add(job: BulkJob): void {
    this.byId.set(job.id, job);
    this.running.push(job);
  }

  /**
   * Finishes, in the order they end, every job whose time has come; lets go
   * of every result whose retention has passed (a job can do both at once);
   * then forgets the jobs past their time, and the oldest past `maxJobs`.
   */
  settle(now: number, limits: JobLimits): void {
    for (let next = this.running.peek(); next && endOf(next) <= now; next = this.running.peek()) {
      this.running.pop();
      this.finish(next, limits);
    }
    for (
      let next = this.keeping.peek();
      next && expiresAt(next) <= now;
      next = this.keeping.peek()
    ) {
      this.keeping.shift();
      this.expire(next);
    }
    const forgetAt = (job: BulkJob) => expiresAt(job) + limits.expiredJobRetentionMs;
    for (
      let next = this.expired.peek();
      next && forgetAt(next) <= now;
      next = this.expired.peek()
    ) {
      this.expired.shift();
      this.forget(next);
    }
    // Every pass forgets one job or stops: jobs still running are never forgotten.
    while (this.byId.size > limits.maxJobs) {
      const oldest = this.expired.shift() ?? this.keeping.shift();
      if (!oldest) {
        break;
      }
      this.forget(oldest);
    }
  }

  private finish(job: BulkJob, limits: JobLimits): void {
    const run = job.run;
    // The work, and the input it holds, are needed no more.
    job.run = undefined;
    if (!run) {
      return;
    }
    const { result, remake, ...outcome } = run();
    const resultBytes = Buffer.byteLength(result, 'utf8');
    const big = resultBytes >= limits.inlineLimitBytes;
    const completedAt = endOf(job);
    const done: FinishedJob = {
      ...outcome,
      completedAt,
      // A big result that can be made again is not held: it is made on download.
      result: big && remake ? null : result,
      resultBytes,
      downloadToken: big ? randomUUID() : null,
      expiresAt: completedAt + limits.resultRetentionMs,
      expired: false,
    };
    if (big && remake) {
      done.remake = remake;
    }
    job.finished = done;
    if (done.downloadToken) {
      this.downloadsByToken.set(done.downloadToken, {
        jobId: job.id,
        // The entry goes when the result expires, so until then one of the two is there.
        get body() {
          return done.result ?? done.remake?.() ?? '';
        },
      });
    }
    this.keeping.push(job);
  }

  private expire(job: BulkJob): void {
    const done = job.finished;
    if (!done) {
      return;
    }
    done.expired = true;
    done.result = null;
    done.remake = undefined;
    // The token stays on the job: its download answers 410, not 404, until the job is forgotten.
    if (done.downloadToken) {
      this.downloadsByToken.delete(done.downloadToken);
    }
    this.expired.push(job);
  }

  private forget(job: BulkJob): void {
    this.byId.delete(job.id);
    const token = job.finished?.downloadToken;
    if (token) {
      this.downloadsByToken.delete(token);
    }
  }
}

const expiresAt = (job: BulkJob) => job.finished?.expiresAt ?? Number.POSITIVE_INFINITY;
