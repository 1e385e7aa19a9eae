import { graphQlBulkJobTerminalStatuses, terminalStatuses } from '@workflows-api/client';
import { describe, expect, it } from 'vitest';
import { exitCodeOfStatus, exitCodes } from '../src/exit-codes.js';

describe('exit codes by final status', () => {
  it('gives every final status of either kind of job its own code', () => {
    const codes = Object.fromEntries(
      [...new Set([...terminalStatuses, ...graphQlBulkJobTerminalStatuses])].map((s) => [
        s,
        exitCodeOfStatus(s),
      ]),
    );
    expect(codes).toEqual({
      Success: exitCodes.ok,
      Failure: exitCodes.jobFailure,
      PartialSuccess: exitCodes.jobPartialSuccess,
      ResultsExpired: exitCodes.resultsExpired,
      Cancelled: exitCodes.jobCancelled,
    });
  });

  it('treats a status that is not final as not finished', () => {
    expect(exitCodeOfStatus('Queued')).toBe(exitCodes.notFinished);
    expect(exitCodeOfStatus('InProgress')).toBe(exitCodes.notFinished);
  });
});
