// The facts of the spec the sandbox acts on but reads from no table: each is held here to
// the generated validators, so a spec change that moves one fails this test.
import { operationIds } from '@workflows-api/types';
import { authHeader, operationTable } from '@workflows-api/types/operations';
import {
  operationSchemas,
  operationValidation,
  validateParameters,
  validateResponse,
} from '@workflows-api/validators';
import { describe, expect, it } from 'vitest';
import { parseForceArchive, parseJobId } from '../src/handlers/parameters.js';
import { operationRoutes } from '../src/index.js';
import { AUTH_HEADER, documents } from '../src/operations.js';

/** Runs a parameter reader; its 400 becomes `undefined`. */
const accepted = <T>(read: () => T): T | undefined => {
  try {
    return read();
  } catch (error) {
    if ((error as { status?: number }).status === 400) {
      return undefined;
    }
    throw error;
  }
};

describe('the sandbox reads the spec', () => {
  it('routes and the auth header from the generated operation table', () => {
    expect(AUTH_HEADER).toBe(authHeader);
    for (const id of operationIds) {
      const { method, path, statuses, hasBody } = operationTable[id];
      expect(operationRoutes[id], id).toEqual({ method, path, statuses, hasBody });
    }
  });

  it('documents a status exactly when the validators find a documented response for it', () => {
    for (const id of operationIds) {
      for (let status = 100; status < 600; status++) {
        const result = validateResponse(id, status, undefined);
        const undocumented = !result.valid && result.errors.some((e) => e.keyword === 'status');
        expect(documents(id, status), `${id} ${status}`).toBe(!undocumented);
      }
    }
  });
});

const WIRE_VALUES = ['true', 'false', 'yes', '1', '0', 'TRUE', '', ' true', 'null'];

describe('forceArchive', () => {
  const archives = operationIds.filter((id) => 'forceArchive' in operationTable[id].queryParams);

  it('is read as the spec reads it, on both archive operations', () => {
    expect(archives.sort()).toEqual(['archiveAdGroups', 'archiveCampaigns']);
    for (const id of archives) {
      for (const raw of WIRE_VALUES) {
        const spec = validateParameters(id, { query: { forceArchive: raw } });
        const sandbox = accepted(() => parseForceArchive({ query: () => raw }));
        expect(sandbox, `${id} ${JSON.stringify(raw)}`).toEqual(
          spec.valid ? spec.value.query?.forceArchive : undefined,
        );
      }
    }
  });

  it('is the spec default when absent', () => {
    for (const id of archives) {
      const query = operationValidation[id].parameters.query;
      const schema = operationSchemas[query?.validator ?? ''] as {
        properties: { forceArchive: { default: unknown } };
      };
      expect(parseForceArchive({ query: () => undefined })).toBe(
        schema.properties.forceArchive.default,
      );
    }
  });
});

describe('a job id', () => {
  const ids = ['5000000001', '0', '-1', '1.5', '1e3', 'twelve', '', '99999999999999999999'];

  it('is accepted only where the spec accepts it, read as the same number', () => {
    for (const raw of ids) {
      const spec = validateParameters('getBulkJobStatus', { path: { id: raw } });
      const sandbox = accepted(() => parseJobId({ param: () => raw }));
      if (sandbox !== undefined) {
        expect(spec.valid && spec.value.path.id, raw).toBe(sandbox);
      }
    }
    // Stricter than the spec only where the sandbox never gives out such an id.
    const stricter = ids.filter(
      (raw) =>
        validateParameters('getBulkJobStatus', { path: { id: raw } }).valid &&
        accepted(() => parseJobId({ param: () => raw })) === undefined,
    );
    expect(stricter).toEqual(['-1']);
  });
});
