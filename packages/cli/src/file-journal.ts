import { constants } from 'node:fs';
import { type FileHandle, open, readFile, rm, truncate } from 'node:fs/promises';
import type { BulkJournal, BulkJournalRecord } from '@workflows-api/client/bulk';
import { UsageError } from './number-options.js';

/** Another `workflows bulk` holds the journal: two runs on one journal could send a chunk twice. */
export class JournalLockedError extends UsageError {}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user has that pid; it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes `<journal>.lock` (O_EXCL, holding our pid); a lock whose process is gone is taken over. */
async function lock(lockPath: string, journalPath: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(
        lockPath,
        constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY,
      );
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UsageError(
          `cannot use ${journalPath} as the journal: ${(error as Error).message}`,
        );
      }
      const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (Number.isSafeInteger(holder) && holder > 0 && alive(holder)) {
        throw new JournalLockedError(
          `${journalPath} is in use by another workflows bulk (pid ${holder}); wait for it, or stop it first`,
        );
      }
      // Left by a run that was killed: nobody holds it.
      await rm(lockPath, { force: true });
    }
  }
  throw new JournalLockedError(`could not lock ${journalPath}`);
}

/**
 * A test hook that kills this process with SIGKILL at one step of the journal protocol, to
 * prove a rerun resumes from any of them: `WORKFLOWS_BULK_KILL_AT=before:3` dies just before
 * the third record is written, `after:3` just after it is durable.
 */
function killPoint(env: Record<string, string | undefined>) {
  const match = /^(before|after):(\d+)$/.exec(env.WORKFLOWS_BULK_KILL_AT ?? '');
  return match ? { when: match[1], at: Number(match[2]) } : undefined;
}

export interface FileJournal extends BulkJournal {
  close(): Promise<void>;
}

/**
 * The journal of `workflows bulk`: one JSON record per line, each written and fsynced before
 * `append` resolves, so a record that was appended survives a crash or a power cut. A line cut
 * short by a crash (the record was never durable, so nothing after it happened) is dropped
 * and overwritten. The journal is locked for the run.
 */
export async function openFileJournal(
  path: string,
  env: Record<string, string | undefined> = process.env,
): Promise<FileJournal> {
  const unlock = await lock(`${path}.lock`, path);
  let records: BulkJournalRecord[];
  let handle: FileHandle;
  try {
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        return '';
      }
      throw error;
    });
    const end = text.lastIndexOf('\n') + 1;
    if (end < text.length) {
      await truncate(path, Buffer.byteLength(text.slice(0, end)));
    }
    records = text
      .slice(0, end)
      .split('\n')
      .filter((line) => line !== '')
      .map((line, i) => {
        try {
          return JSON.parse(line) as BulkJournalRecord;
        } catch {
          throw new UsageError(
            `${path}:${i + 1}: not a journal record; this file is not a workflows bulk journal`,
          );
        }
      });
    handle = await open(path, 'a');
  } catch (error) {
    await unlock();
    throw error;
  }
  const kill = killPoint(env);
  let appended = 0;
  return {
    read: async () => records,
    async append(record) {
      appended += 1;
      if (kill?.when === 'before' && kill.at === appended) {
        process.kill(process.pid, 'SIGKILL');
      }
      await handle.write(`${JSON.stringify(record)}\n`);
      await handle.sync();
      if (kill?.when === 'after' && kill.at === appended) {
        process.kill(process.pid, 'SIGKILL');
      }
    },
    async close() {
      await handle.close();
      await unlock();
    },
  };
}
