import { TimeoutError, type WorkflowsClient } from '@workflows-api/client';
import type { CliIo } from './cli-io.js';
import type { CommonSettings } from './common-options.js';
import { type ExitCode, exitCodeOfStatus, exitCodes } from './exit-codes.js';
import type { JobKind } from './job-kinds.js';
import { type JobProgress, ProgressView } from './progress.js';
import { jsonText, shown } from './terminal-text.js';

export type AnyJobKind = JobKind<JobProgress & { id: number }>;

/** `text` is already made of `shown` server strings; JSON is escaped by `jsonText`. */
export function print(io: CliIo, json: boolean, value: unknown, text: string): void {
  io.stdout.write(json ? `${jsonText(value)}\n` : text);
}

/**
 * Waits for job `id` with progress on stderr, prints its final status, and exits by it
 * (`job wait`, and a job submit with `--wait`).
 */
export async function waitForJob(
  client: WorkflowsClient,
  kind: AnyJobKind,
  id: string,
  settings: CommonSettings,
  io: CliIo,
): Promise<ExitCode> {
  const view = new ProgressView(
    io.stderr,
    ProgressView.modeFor(io.stderr, settings.progress),
    kind.label(id),
  );
  let last: (JobProgress & { id: number }) | undefined;
  let final: JobProgress & { id: number };
  try {
    final = await kind.waitFor(client, id, {
      intervalMs: settings.intervalMs,
      maxIntervalMs: settings.maxIntervalMs,
      timeoutMs: settings.timeoutMs,
      signal: io.signal,
      onProgress: (_pct, status) => {
        last = status;
        view.update(status);
      },
    });
  } catch (error) {
    view.finish();
    // Gave up waiting: the job is not known to have finished, even when not one status
    // came back in time.
    if (error instanceof TimeoutError) {
      io.stderr.write(`workflows: ${shown(error.message)}\n`);
      if (last) {
        print(io, settings.json, last, kind.format(last));
      }
      return exitCodes.notFinished;
    }
    throw error;
  }
  view.finish();
  print(io, settings.json, final, kind.format(final));
  return exitCodeOfStatus(final.status);
}
