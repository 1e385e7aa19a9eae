import { createWorkflowsClient, type WorkflowsClient } from '@workflows-api/client';
import { authHeader } from '@workflows-api/types/operations';
import type { CliIo } from './cli-io.js';
import { UsageError, wholeNumberOption } from './number-options.js';

/** The options every command that calls the API takes, in `parseArgs` form. */
export const commonOptions = {
  server: { type: 'string' },
  json: { type: 'boolean' },
  interval: { type: 'string' },
  'max-interval': { type: 'string' },
  timeout: { type: 'string' },
  progress: { type: 'string' },
  retries: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const COMMON_OPTIONS_HELP = `  --server <prod|sandbox|URL>  API to call (default: $WORKFLOWS_SERVER, else prod)
  --json                       print JSON only on stdout, nothing else
  --interval <ms>              waiting: first pause between polls (default 1000)
  --max-interval <ms>          waiting: the pause grows 1.5x per poll up to this (default 5000)
  --timeout <ms>               waiting: give up after this long (default: never)
  --progress <auto|bar|lines|none>  waiting: how to show progress (default auto:
                               a bar on a terminal, plain lines otherwise)
  --retries <n>                retries of a failed request (default 3)
  -h, --help                   show this help`;

export interface CommonSettings {
  server: string;
  json: boolean;
  intervalMs: number;
  maxIntervalMs: number;
  timeoutMs: number | undefined;
  progress: string | undefined;
  retries: number;
}

interface CommonValues {
  server?: string | undefined;
  json?: boolean | undefined;
  interval?: string | undefined;
  'max-interval'?: string | undefined;
  timeout?: string | undefined;
  progress?: string | undefined;
  retries?: string | undefined;
}

export function readCommonOptions(values: CommonValues, env: CliIo['env']): CommonSettings {
  const { progress } = values;
  if (progress !== undefined && !['auto', 'bar', 'lines', 'none'].includes(progress)) {
    throw new UsageError(
      `--progress must be auto, bar, lines or none, got ${JSON.stringify(progress)}`,
    );
  }
  const server = values.server ?? env.WORKFLOWS_SERVER ?? 'prod';
  if (!['prod', 'sandbox'].includes(server) && !/^https?:\/\/[^/]/.test(server)) {
    throw new UsageError(
      `--server must be prod, sandbox or an http(s) URL, got ${JSON.stringify(server)}`,
    );
  }
  const intervalMs = wholeNumberOption('interval', values.interval, 1000, 1);
  return {
    server,
    json: values.json ?? false,
    intervalMs,
    // Never below the first pause: a cap smaller than it would be no cap.
    maxIntervalMs: Math.max(
      intervalMs,
      wholeNumberOption('max-interval', values['max-interval'], 5000, 1),
    ),
    timeoutMs: wholeNumberOption('timeout', values.timeout, undefined, 1),
    progress,
    retries: wholeNumberOption('retries', values.retries, 3),
  };
}

/** The token from WORKFLOWS_TTD_AUTH; without one, says how to set it and gives undefined. */
export function credential(io: CliIo): string | undefined {
  const auth = io.env.WORKFLOWS_TTD_AUTH;
  if (!auth) {
    io.stderr.write(
      `workflows: set WORKFLOWS_TTD_AUTH to your API token (it is sent as the ${authHeader} header)\n`,
    );
  }
  return auth || undefined;
}

export function clientFor(settings: CommonSettings, auth: string, io: CliIo): WorkflowsClient {
  return createWorkflowsClient({
    server: settings.server,
    auth,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    retries: { maxRetries: settings.retries },
    logLevel: 'off',
  });
}
