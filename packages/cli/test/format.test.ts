import { ConnectionError, createWorkflowsClient } from '@workflows-api/client';
import { describe, expect, it } from 'vitest';
import { formatError } from '../src/format.js';

describe('formatError', () => {
  it('shows a connection failure without the credential its cause may carry', () => {
    const token = 'cli-format-secret-token';
    // Creating a client with the token is what makes the client redact it.
    createWorkflowsClient({ server: 'http://127.0.0.1:9', auth: token });
    const cause = new TypeError('fetch failed', {
      cause: new Error(`proxy refused: TTD-Auth: ${token}`),
    });
    const error = new ConnectionError(
      `getBulkJobStatus: GET /standardjob/{id}/status failed after 1 attempt over 0.0 s: fetch failed (proxy refused: TTD-Auth: ${token})`,
      { cause },
    );
    const { text, json } = formatError(error, 'http://127.0.0.1:9');
    expect(text).toMatch(/^workflows: cannot reach http:\/\/127\.0\.0\.1:9: getBulkJobStatus: /);
    expect(text).toContain('proxy refused: TTD-Auth: [REDACTED]');
    expect(text).not.toContain(token);
    expect(JSON.stringify(json)).not.toContain(token);
  });
});
