import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createManualClock,
  type ManualClock,
  type RunningSandbox,
  startSandbox,
} from '@workflows-api/sandbox';
import type { OperationId } from '@workflows-api/types';
import { operationTable } from '@workflows-api/types/operations';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exitCodes } from '../src/exit-codes.js';
import { operationCommands } from '../src/generated/commands.js';
import { inProcess, type Run, workflows } from './run.js';

let running: RunningSandbox;
let clock: ManualClock;
let dir: string;

beforeAll(async () => {
  clock = createManualClock(Date.UTC(2025, 0, 1));
  running = await startSandbox({ clock });
  dir = await mkdtemp(path.join(tmpdir(), 'workflows-cli-ops-'));
});
afterAll(async () => {
  await running.close();
});

interface RunOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
}

const cli = (args: string[], options: RunOptions = {}): Promise<Run> =>
  inProcess(
    args,
    { WORKFLOWS_TTD_AUTH: 't', WORKFLOWS_SERVER: running.url, ...options.env },
    options.stdin,
  );

const received = (operationId: string) =>
  running.sandbox.requests.filter((r) => r.operationId === operationId).length;

async function file(name: string, contents: string): Promise<string> {
  const at = path.join(dir, name);
  await writeFile(at, contents);
  return at;
}

const campaignBody = (name = 'CLI campaign') => ({
  primaryInput: {
    advertiserId: 'adv001',
    name,
    primaryChannel: 'Display',
    primaryGoal: { maximizeReach: true },
  },
});
const adGroupBody = (campaignId: string, name = 'CLI ad group') => ({
  campaignId,
  primaryInput: { name, channel: 'Display', funnelLocation: 'Awareness' },
});

async function newCampaign(): Promise<string> {
  const r = await cli(['campaigns', 'create', '--data', JSON.stringify(campaignBody()), '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).campaign.id;
}
async function newAdGroup(): Promise<string> {
  const body = JSON.stringify(adGroupBody(await newCampaign()));
  const r = await cli(['ad-groups', 'create', '--data', body, '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).adGroup.id;
}

// biome-ignore lint/suspicious/noExplicitAny: reads into JSON answers, checked by expect
type Json = any;

/**
 * One happy call per operation, keyed by operationId so that an operation added to the spec
 * fails to compile here until its command is tested.
 */
const happy: { [K in OperationId]: () => Promise<{ args: string[]; check(out: Json): void }> } = {
  createCampaign: async () => ({
    args: ['campaigns', 'create', '--data', JSON.stringify(campaignBody('Made by CLI'))],
    check: (out) => expect(out.campaign.name).toBe('Made by CLI'),
  }),
  updateCampaign: async () => ({
    args: [
      'campaigns',
      'update',
      '--data',
      JSON.stringify({ id: await newCampaign(), primaryInput: { name: 'Renamed' } }),
    ],
    check: (out) => expect(out.campaign.name).toBe('Renamed'),
  }),
  archiveCampaigns: async () => {
    const id = await newCampaign();
    return {
      args: ['campaigns', 'archive', '--data', JSON.stringify([id]), '--force-archive'],
      check: (out) => expect(out).toEqual([id]),
    };
  },
  getCampaignVersion: async () => ({
    args: ['campaigns', 'get-version', '--id', await newCampaign()],
    check: (out) =>
      expect(out).toMatchObject({ Id: expect.any(String), version: expect.any(String) }),
  }),
  bulkCreateCampaigns: async () => ({
    args: ['campaigns', 'bulk-create', '--data', JSON.stringify({ input: [campaignBody()] })],
    check: (out) => expect(out.id).toEqual(expect.any(Number)),
  }),
  bulkUpdateCampaigns: async () => ({
    args: [
      'campaigns',
      'bulk-update',
      '--data',
      JSON.stringify({ input: [{ id: await newCampaign(), primaryInput: { name: 'n' } }] }),
    ],
    check: (out) => expect(out).toBeTypeOf('object'),
  }),
  createAdGroup: async () => ({
    args: ['ad-groups', 'create', '--data', JSON.stringify(adGroupBody(await newCampaign()))],
    check: (out) => expect(out.adGroup.id).toMatch(/^adg/),
  }),
  updateAdGroup: async () => ({
    args: [
      'ad-groups',
      'update',
      '--data',
      JSON.stringify({ id: await newAdGroup(), primaryInput: { name: 'Renamed group' } }),
    ],
    check: (out) => expect(out.adGroup.name).toBe('Renamed group'),
  }),
  archiveAdGroups: async () => {
    const id = await newAdGroup();
    return {
      args: ['ad-groups', 'archive', '--data', JSON.stringify([id]), '--force-archive'],
      check: (out) => expect(out).toEqual([id]),
    };
  },
  bulkCreateAdGroups: async () => ({
    args: [
      'ad-groups',
      'bulk-create',
      '--data',
      JSON.stringify({ input: [adGroupBody(await newCampaign())] }),
    ],
    check: (out) => expect(out.id).toEqual(expect.any(Number)),
  }),
  bulkUpdateAdGroups: async () => ({
    args: [
      'ad-groups',
      'bulk-update',
      '--data',
      JSON.stringify({ input: [{ id: await newAdGroup(), primaryInput: { name: 'b' } }] }),
    ],
    check: (out) => expect(out.id).toEqual(expect.any(Number)),
  }),
  getBulkJobStatus: async () => {
    const submit = await cli([
      'bulk-jobs',
      'submit-third-party-data',
      '--data',
      '{"partnerId":"p1"}',
      '--json',
    ]);
    const { id } = JSON.parse(submit.stdout);
    return {
      args: ['bulk-jobs', 'get-status', '--id', String(id)],
      check: (out) => expect(out).toMatchObject({ id, status: expect.any(String) }),
    };
  },
  submitFirstPartyDataJob: async () => ({
    args: ['bulk-jobs', 'submit-first-party-data', '--data', '{"advertiserId":"adv001"}'],
    check: (out) => expect(out.id).toEqual(expect.any(Number)),
  }),
  submitThirdPartyDataJob: async () => ({
    args: ['bulk-jobs', 'submit-third-party-data', '--data', '{"partnerId":"partner1"}'],
    check: (out) => expect(out.id).toEqual(expect.any(Number)),
  }),
  submitGraphQlBulkQueryJob: async () => ({
    args: ['graphql-bulk-jobs', 'submit', '--data', '{"query":"query { advertisers { id } }"}'],
    check: (out) => expect(out.payload.data.id).toBeDefined(),
  }),
  getGraphQlBulkJobStatus: async () => {
    const submit = await cli([
      'graphql-bulk-jobs',
      'submit',
      '--data',
      '{"query":"{ a { id } }"}',
      '--json',
    ]);
    const id = String(JSON.parse(submit.stdout).payload.data.id);
    return {
      args: ['graphql-bulk-jobs', 'get-status', '--id', id],
      check: (out) => expect(String(out.job?.id ?? out.data?.id ?? '')).toBe(id),
    };
  },
  postGraphQLRequest: async () => ({
    args: [
      'graphql',
      'post-request',
      '--data',
      '{"request":"query { advertiser(id: \\"a\\") { id } }"}',
    ],
    check: (out) => expect(out).toBeTypeOf('object'),
  }),
  callPubApi: async () => ({
    args: ['pub-apis', 'post', '--data', '{"methodType":"GET","endpoint":"/v3/advertiser/adv001"}'],
    check: (out) => expect(out).toBeTypeOf('object'),
  }),
};

describe('workflows <resource> <command>: one command per operation', () => {
  it('exists for every operation of the table, and nothing else', () => {
    expect(operationCommands.map((c) => c.operationId).sort()).toEqual(
      Object.keys(operationTable).sort(),
    );
  });

  for (const [operationId, setUp] of Object.entries(happy)) {
    const c = operationCommands.find((x) => x.operationId === operationId);
    it(`${c?.resource} ${c?.command} calls ${operationId}; --json prints only the answer`, async () => {
      const { args, check } = await setUp();
      const before = received(operationId);
      const r = await cli([...args, '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(exitCodes.ok);
      check(JSON.parse(r.stdout));
      expect(received(operationId)).toBe(before + 1);
    });
  }
});

describe('reading and checking a command line', () => {
  beforeEach(() => {
    // Every job the tests queue finishes before the next test.
    clock.advance(3_600_000);
  });

  it('prints a readable summary by default', async () => {
    const r = await cli(['campaigns', 'create', '--data', JSON.stringify(campaignBody('Summary'))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^campaign:\n {2}id: cmp\S+\n {2}name: Summary\n/);
    expect(r.stdout).not.toContain('null');
  });

  it('reads the body from a file or from stdin', async () => {
    const at = await file('campaign.json', JSON.stringify(campaignBody('From a file'), null, 2));
    const fromFile = await cli(['campaigns', 'create', '--data', `@${at}`, '--json']);
    expect(JSON.parse(fromFile.stdout).campaign.name).toBe('From a file');
    const fromStdin = await cli(['campaigns', 'create', '--data', '-', '--json'], {
      stdin: JSON.stringify(campaignBody('From stdin')),
    });
    expect(JSON.parse(fromStdin.stdout).campaign.name).toBe('From stdin');
  });

  it('validates the body before sending: each issue with its file, line, column and pointer', async () => {
    const at = await file(
      'bad-campaign.json',
      '{\n  "primaryInput": {\n    "advertiserId": "adv001",\n    "name": 42,\n    "primaryChannel": "Display",\n    "primaryGoal": { "maximizeReach": true }\n  },\n  "extra": true\n}\n',
    );
    const before = received('createCampaign');
    const r = await cli(['campaigns', 'create', '--data', `@${at}`]);
    expect(r.code).toBe(exitCodes.usage);
    expect(r.stderr).toContain('does not match the spec; nothing was sent');
    expect(r.stderr).toContain(`${at}:4:5: /primaryInput/name must be string`);
    expect(r.stderr).toContain(`${at}:8:3: /extra`);
    expect(r.stdout).toBe('');
    expect(received('createCampaign')).toBe(before);

    const json = await cli(['campaigns', 'create', '--data', `@${at}`, '--json']);
    expect(json.code).toBe(exitCodes.usage);
    expect(JSON.parse(json.stdout).error.issues).toContainEqual(
      expect.objectContaining({ pointer: '/primaryInput/name', origin: at, line: 4, column: 5 }),
    );
  });

  it('names the line and column of JSON that does not parse', async () => {
    const at = await file('broken.json', '{\n  "input": [\n    {"a": 1,}\n  ]\n}\n');
    const r = await cli(['ad-groups', 'bulk-create', '--data', `@${at}`]);
    expect(r.code).toBe(exitCodes.usage);
    expect(r.stderr).toContain(`${at}:3:13: invalid JSON`);
    const inline = await cli(['campaigns', 'create', '--data', '{"a":']);
    expect(inline.stderr).toContain('--data:1:6: invalid JSON: a value was expected');
  });

  it('checks parameters against their schemas, naming the flag', async () => {
    const notInt = await cli(['bulk-jobs', 'get-status', '--id', 'seven']);
    expect(notInt.code).toBe(exitCodes.usage);
    expect(notInt.stderr).toContain('--id "seven": must be integer');
    const missing = await cli(['campaigns', 'get-version']);
    expect(missing.code).toBe(exitCodes.usage);
    expect(missing.stderr).toContain('--id <string> is required');
    const rounded = await cli(['bulk-jobs', 'get-status', '--id', '9007199254740993']);
    expect(rounded.code).toBe(exitCodes.usage);
    expect(rounded.stderr).toContain('--id "9007199254740993": must be an int64 within');
    const unknown = await cli(['campaigns', 'create', '--colour', 'red']);
    expect(unknown.code).toBe(exitCodes.usage);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
    const noBody = await cli(['campaigns', 'get-version', '--id', 'x', '--data', '{}']);
    expect(noBody.code).toBe(exitCodes.usage);
    const both = await cli(['ad-groups', 'archive', '--force-archive', '--no-force-archive']);
    expect(both.stderr).toContain('contradict');
  });

  it('--dry-run validates and sends nothing, without a token', async () => {
    const before = running.sandbox.requests.length;
    const r = await cli(
      ['campaigns', 'create', '--data', JSON.stringify(campaignBody()), '--dry-run', '--json'],
      { env: { WORKFLOWS_TTD_AUTH: undefined } },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      valid: true,
      operationId: 'createCampaign',
      method: 'POST',
      path: '/campaign',
      query: {},
    });
    const version = await cli(['campaigns', 'get-version', '--id', 'a/b', '--dry-run']);
    expect(version.stdout).toContain('GET /campaign/a%2Fb/version');
    expect(running.sandbox.requests.length).toBe(before);
  });

  it('an API error prints the ProblemDetails and exits 1; --json prints it as JSON', async () => {
    const r = await cli(['campaigns', 'get-version', '--id', 'cmp-nope']);
    expect(r.code).toBe(exitCodes.apiError);
    expect(r.stderr).toContain('getCampaignVersion failed with 404');
    expect(r.stdout).toBe('');
    const json = await cli(['campaigns', 'get-version', '--id', 'cmp-nope', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { status: 404 } });
  });

  it('a job submit prints the job and how to follow it', async () => {
    const r = await cli(['bulk-jobs', 'submit-third-party-data', '--data', '{"partnerId":"p"}']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Submitted job (\d+)\. Follow it with: workflows job wait \1\n$/);
  });

  it('--wait waits for the job it submitted and exits by its final status', async () => {
    const campaignId = await newCampaign();
    const polls = () => received('getBulkJobStatus');
    const seen = polls();
    const run = cli([
      'ad-groups',
      'bulk-create',
      '--data',
      JSON.stringify({ input: [adGroupBody(campaignId, 'a'), adGroupBody(campaignId, 'b')] }),
      '--wait',
      '--interval',
      '10',
      '--json',
    ]);
    let done = false;
    void run.finally(() => {
      done = true;
    });
    // Each poll the command makes moves the sandbox's clock on, until the job is done.
    let last = seen;
    while (!done) {
      await new Promise((r) => setTimeout(r, 2));
      if (polls() > last) {
        last = polls();
        clock.advance(60_000);
      }
    }
    const r = await run;
    expect(r.code).toBe(exitCodes.ok);
    expect(r.stderr).toMatch(/^Submitted job \d+; waiting for it\.\n/);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'Success', completionPercentage: 100 });
    expect(received('bulkCreateAdGroups')).toBeGreaterThan(0);
  });

  it('--wait is only for operations that queue a job', async () => {
    const r = await cli(['campaigns', 'create', '--wait']);
    expect(r.code).toBe(exitCodes.usage);
    expect(r.stderr).toContain("Unknown option '--wait'");
  });
});

describe('help', () => {
  it('workflows --help lists every operation command', async () => {
    const r = await cli(['--help']);
    for (const c of operationCommands) {
      expect(r.stdout).toContain(`  ${c.resource} ${c.command} `);
    }
  });

  it('<resource> <command> --help shows that operation, its parameters and body', async () => {
    const archive = await cli(['ad-groups', 'archive', '--help']);
    expect(archive.code).toBe(0);
    expect(archive.stdout).toMatch(/^Usage: workflows ad-groups archive \[--data <body>\]/);
    expect(archive.stdout).toContain('(POST /adgroup/archive, operation archiveAdGroups)');
    expect(archive.stdout).toContain('--force-archive');
    expect(archive.stdout).toContain('Body (--data): array of string, optional');
    expect(archive.stdout).not.toContain('Job commands:');

    const create = await cli(['campaigns', 'create', '-h']);
    expect(create.stdout).toMatch(
      /primaryInput +CampaignCreateWorkflowPrimaryInput \(required; needs\s+advertiserId, name, primaryChannel,/,
    );
    const status = await cli(['bulk-jobs', 'get-status', '--help']);
    expect(status.stdout).toContain('--id <integer (int64)>');
    expect(status.stdout).not.toContain('--data');
    expect(status.stdout).not.toContain('--wait');
    const submit = await cli(['ad-groups', 'bulk-create', '--help']);
    expect(submit.stdout).toContain('--wait');
  });

  it('an unknown command of a resource names the ones there are', async () => {
    const r = await cli(['campaigns', 'destroy']);
    expect(r.code).toBe(exitCodes.usage);
    expect(r.stderr).toContain('unknown campaigns command "destroy"; one of archive, bulk-create');
  });
});

describe('the built command', () => {
  it('runs an operation command and exits with its code', async () => {
    const r = await workflows(['campaigns', 'get-version', '--id', 'cmp-nope', '--json'], {
      WORKFLOWS_SERVER: running.url,
    });
    expect(r.code).toBe(exitCodes.apiError);
    expect(JSON.parse(r.stdout).error.status).toBe(404);
  });
});
