#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { DEFAULT_SHUTDOWN_GRACE_MS } from './graceful-close.js';
import { startSandbox } from './server.js';

const USAGE = `Usage: workflows-sandbox [options]

Runs the local sandbox of the Workflows API on 127.0.0.1.

Options:
  --port <n>           API port (default 4010; 0 picks a free one)
  --results-port <n>   port of the big-result downloads (default: a free one)
  --host <addr>        interface to bind (default 127.0.0.1)
  --job-speed <x>      run bulk jobs x times faster (default 1)
  --fail-rate <0..1>   share of requests answered with a 5xx (default 0)
  --latency <ms>       delay before each answer (default 0)
  --retry-after <s>    send Retry-After on injected failures
  --drop-rate <0..1>   share of requests whose connection is dropped (default 0)
  --seed <n>           seed of the fault draws (default 1)
  --retention <ms>     how long a finished job's result is kept (default 86400000, a day)
  --expired-job-retention <ms>
                       how long a job whose result expired is still reported
                       (default 604800000, a week); then it is forgotten (404)
  --max-jobs <n>       most jobs kept; past it the first finished are forgotten (default 10000)
  --body-limit <bytes> largest request body accepted; larger is a 413 (default 1048576)
  --shutdown-grace <ms>
                       on SIGTERM or SIGINT, how long requests in flight may take
                       to finish (default 5000); a second signal stops at once
  -h, --help           show this help
`;

function number(name: string, raw: string | undefined, fallback?: number): number | undefined {
  if (raw === undefined) {
    return fallback;
  }
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) {
    throw new Error(`--${name} must be a number, got ${JSON.stringify(raw)}`);
  }
  return value;
}

async function main(): Promise<void> {
  // `pnpm <script> -- --opt` passes the `--` through; it ends nothing here.
  const args = process.argv.slice(2);
  if (args[0] === '--') {
    args.shift();
  }
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      'results-port': { type: 'string' },
      host: { type: 'string' },
      'job-speed': { type: 'string' },
      'fail-rate': { type: 'string' },
      latency: { type: 'string' },
      'retry-after': { type: 'string' },
      'drop-rate': { type: 'string' },
      seed: { type: 'string' },
      retention: { type: 'string' },
      'expired-job-retention': { type: 'string' },
      'max-jobs': { type: 'string' },
      'body-limit': { type: 'string' },
      'shutdown-grace': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const graceMs = number('shutdown-grace', values['shutdown-grace'], DEFAULT_SHUTDOWN_GRACE_MS);
  if (graceMs === undefined || graceMs < 0) {
    throw new Error(`--shutdown-grace must be a number >= 0, got ${values['shutdown-grace']}`);
  }
  const running = await startSandbox({
    port: number('port', values.port, 4010),
    resultsPort: number('results-port', values['results-port'], 0),
    host: values.host ?? '127.0.0.1',
    jobSpeed: number('job-speed', values['job-speed'], 1),
    failRate: number('fail-rate', values['fail-rate'], 0),
    latencyMs: number('latency', values.latency, 0),
    retryAfter: number('retry-after', values['retry-after']),
    dropRate: number('drop-rate', values['drop-rate'], 0),
    seed: number('seed', values.seed, 1),
    resultRetentionMs: number('retention', values.retention),
    expiredJobRetentionMs: number('expired-job-retention', values['expired-job-retention']),
    maxJobs: number('max-jobs', values['max-jobs']),
    bodyLimitBytes: number('body-limit', values['body-limit']),
  });
  process.stdout.write(
    `Workflows API sandbox listening on ${running.url} (results on ${running.resultsUrl})\n` +
      `Try: WORKFLOWS_TTD_AUTH=any-token workflows job status <id> --server ${running.url}\n`,
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`workflows-sandbox: ${signal} again: stopping now\n`);
      running.close().then(
        () => process.exit(1),
        () => process.exit(1),
      );
      return;
    }
    stopping = true;
    process.stderr.write(
      `workflows-sandbox: ${signal}: shutting down; requests in flight have ${graceMs} ms to finish\n`,
    );
    running.shutdown({ graceMs }).then(
      ({ cutShort }) => {
        process.stderr.write(
          cutShort === 0
            ? 'workflows-sandbox: stopped\n'
            : `workflows-sandbox: stopped, cutting short ${cutShort} request(s) still running after ${graceMs} ms\n`,
        );
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`workflows-sandbox: stopping failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `workflows-sandbox: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`,
  );
  process.exit(2);
});
