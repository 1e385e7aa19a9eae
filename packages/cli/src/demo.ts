#!/usr/bin/env node
/**
 * The demo: starts the local sandbox on a free port, then with the client
 * creates a campaign, submits a bulk ad-group job, watches it to the end and
 * sums up the result. `pnpm demo` at the repository root runs it.
 */
import { parseArgs } from 'node:util';
import { createWorkflowsClient } from '@workflows-api/client';
import { type RunningSandbox, startSandbox } from '@workflows-api/sandbox';
import { type AdGroupCreateWorkflowInput, WorkflowStatusValues } from '@workflows-api/types';
import { formatError } from './format.js';
import { positiveNumberOption, UsageError, wholeNumberOption } from './number-options.js';
import { ProgressView } from './progress.js';
import { shown } from './terminal-text.js';

const USAGE = `Usage: pnpm demo [-- options]

  --server <URL>     use a running sandbox instead of starting one
  --items <n>        ad groups in the bulk job (default 12)
  --failing <n>      of which this many are named to fail (default 0)
  --job-speed <x>    speed of the started sandbox's jobs (default 2)
  --progress <auto|bar|lines|none>   default: a bar on a terminal, lines otherwise
`;

interface ItemReport {
  index: number;
  status: string;
  id?: string;
  errors?: { pointer: string; message: string }[];
}

function parseDemoArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        server: { type: 'string' },
        items: { type: 'string' },
        failing: { type: 'string' },
        'job-speed': { type: 'string' },
        progress: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // An unknown option, or a value that looks like one (`--items -1`).
    throw new UsageError((error as Error).message);
  }
}

async function main(): Promise<number> {
  // `pnpm <script> -- --opt` passes the `--` through; it ends nothing here.
  const args = process.argv.slice(2);
  if (args[0] === '--') {
    args.shift();
  }
  const { values } = parseDemoArgs(args);
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const items = wholeNumberOption('items', values.items, 12);
  const failing = Math.min(wholeNumberOption('failing', values.failing, 0), items);
  const jobSpeed = positiveNumberOption('job-speed', values['job-speed'], 2);
  const out = process.stdout;

  let running: RunningSandbox | undefined;
  let server = values.server;
  if (!server) {
    running = await startSandbox({ port: 0, jobSpeed });
    server = running.url;
    out.write(
      `Sandbox of the Workflows API running at ${running.url} (results at ${running.resultsUrl})\n`,
    );
  }
  try {
    const client = createWorkflowsClient({ server, auth: 'demo-token' });

    const { campaign } = await client.campaigns.create({
      primaryInput: {
        advertiserId: 'demo-advertiser',
        name: 'Demo: spring launch',
        primaryChannel: 'Display',
        primaryGoal: { maximizeReach: true },
        budget: { pacingMode: 'PaceEvenly', budgetInAdvertiserCurrency: 25_000 },
        startDateInUtc: '2025-04-01T00:00:00Z',
        endDateInUtc: '2025-06-30T00:00:00Z',
      },
    });
    if (!campaign?.id) {
      throw new Error('the API created a campaign without an id');
    }
    out.write(
      `Created campaign ${shown(campaign.id)} "${shown(campaign.name)}" (${campaign.flights?.length ?? 0} flight)\n`,
    );

    const channels = ['Display', 'Video', 'Audio', 'Native'] as const;
    const input: AdGroupCreateWorkflowInput[] = Array.from({ length: items }, (_, i) => ({
      campaignId: campaign.id,
      primaryInput: {
        name: i < items - failing ? `Ad group ${i + 1}` : `Ad group ${i + 1} (set to fail)`,
        channel: channels[i % channels.length] as (typeof channels)[number],
        funnelLocation: 'Awareness',
        budget: { allocationType: 'Maximum', budgetInAdvertiserCurrency: 1000 + 250 * i },
        baseBidCPMInAdvertiserCurrency: 2,
        maxBidCPMInAdvertiserCurrency: 6,
      },
    }));
    const { id } = await client.adGroups.bulkCreate({ input });
    out.write(`Submitted bulk job ${shown(id)}: create ${items} ad groups\n`);

    const view = new ProgressView(
      out,
      ProgressView.modeFor(out, values.progress),
      `Job ${shown(id)}`,
    );
    const started = Date.now();
    const status = await client.bulkJobs.waitFor(id, {
      intervalMs: 150,
      maxIntervalMs: 500,
      timeoutMs: 120_000,
      onProgress: (_pct, s) => view.update(s),
    });
    view.finish();
    const result = await client.bulkJobs.result(status);
    const report = result
      ? (JSON.parse(result) as { summary?: Record<string, number>; items?: ItemReport[] })
      : {};
    const created = (report.items ?? []).filter((i) => i.status === WorkflowStatusValues.Success);
    const failed = (report.items ?? []).filter((i) => i.status !== WorkflowStatusValues.Success);

    out.write(
      `\nJob ${shown(id)} finished: ${shown(status.status)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    out.write(`  ad groups created: ${created.length} of ${items}\n`);
    if (created.length > 0) {
      const ids = created.map((i) => shown(i.id));
      out.write(
        `  ids: ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? `, … (${ids.length - 6} more)` : ''}\n`,
      );
    }
    for (const f of failed) {
      out.write(
        `  failed item ${shown(f.index)}: ${f.errors?.map((e) => shown(e.message)).join('; ')}\n`,
      );
    }
    const version = await client.campaigns.getVersion(campaign.id);
    out.write(`  campaign ${shown(version.Id)} is at version ${shown(version.version)}\n`);
    return status.status === WorkflowStatusValues.Failure ? 1 : 0;
  } finally {
    await running?.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`demo: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(formatError(error, 'the sandbox').text);
    process.exitCode = 1;
  },
);
