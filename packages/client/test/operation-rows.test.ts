import {
  operationTable,
  authHeader as tableAuthHeader,
  defaultServer as tableDefaultServer,
  servers as tableServers,
} from '@workflows-api/types/operations';
import { describe, expect, it } from 'vitest';
import { authHeader, defaultServer, operationRows, servers } from '../src/generated/operations.js';

/**
 * The client reads a compact rendering (tuples) of the operation table, to keep its first
 * load small; both are generated from the same model. This holds the two together.
 */
describe("the client's operation rows", () => {
  it('say for every operation what @workflows-api/types/operations says', () => {
    const jobKind = { 0: null, 1: 'standard', 2: 'graphQl' } as const;
    const fromRows = Object.fromEntries(
      operationRows.map(
        ([id, method, path, group, name, pathParams, query, hasBody, job, atOnce]) => [
          id,
          {
            method,
            path,
            group,
            name,
            pathParams,
            queryParams: query,
            hasBody: hasBody === 1,
            submitsJob: jobKind[job],
            immediateStatuses: atOnce ?? [],
          },
        ],
      ),
    );
    const fromTable = Object.fromEntries(
      Object.values(operationTable).map((op) => [
        op.id,
        {
          method: op.method,
          path: op.path,
          group: op.group,
          name: op.name,
          pathParams: op.pathParams,
          queryParams: Object.keys(op.queryParams),
          hasBody: op.hasBody,
          submitsJob: op.submitsJob,
          immediateStatuses: op.immediateStatuses,
        },
      ]),
    );
    expect(fromRows).toEqual(fromTable);
  });

  it('and the same auth header and servers', () => {
    expect({ authHeader, servers, defaultServer }).toEqual({
      authHeader: tableAuthHeader,
      servers: tableServers,
      defaultServer: tableDefaultServer,
    });
  });
});
