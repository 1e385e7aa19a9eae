import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The published packages as a user gets them: `pnpm pack` (workspace
 * versions rewritten, only `files` shipped), then `npm install` of the
 * tarballs into a fresh project with no workspace links.
 */
const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface Manifest {
  name: string;
  private?: boolean;
  bin?: Record<string, string>;
}

async function publishedPackages(): Promise<{ name: string; dir: string; manifest: Manifest }[]> {
  const config = JSON.parse(
    await readFile(path.join(repoRoot, '.changeset/config.json'), 'utf8'),
  ) as {
    fixed: string[][];
  };
  const group = new Set(config.fixed.flat());
  const out = [];
  for (const name of await readdir(path.join(repoRoot, 'packages'))) {
    const dir = path.join(repoRoot, 'packages', name);
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Manifest;
    if (!manifest.private) {
      out.push({ name: manifest.name, dir, manifest });
    }
  }
  // Every published package must move with the spec in the fixed group, and vice versa.
  expect(new Set(out.map((p) => p.name))).toEqual(group);
  return out;
}

let work: string;
let app: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wf-consumer-'));
  const tarballs = path.join(work, 'tarballs');
  app = path.join(work, 'app');
  await mkdir(tarballs);
  await mkdir(app);
  for (const pkg of await publishedPackages()) {
    await run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: pkg.dir });
  }
  const files = (await readdir(tarballs)).map((f) => path.join(tarballs, f));
  await writeFile(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'consumer-app', private: true, type: 'module' }, null, 2),
  );
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...files,
      'typescript@5.9.3',
      '@types/node@20.19.43',
    ],
    { cwd: app, maxBuffer: 16 * 1024 * 1024 },
  );
  await writeFile(path.join(app, 'consumer.ts'), CONSUMER_TS);
  await writeFile(path.join(app, 'run.mjs'), RUN_MJS);
  for (const [name, resolution, module] of [
    ['nodenext', 'NodeNext', 'NodeNext'],
    ['bundler', 'Bundler', 'ESNext'],
  ] as const) {
    await writeFile(
      path.join(app, `tsconfig.${name}.json`),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module,
          moduleResolution: resolution,
          strict: true,
          // NodeNext output is run below; Bundler output would need a bundler.
          ...(name === 'nodenext' ? { outDir: 'out' } : { noEmit: true }),
          skipLibCheck: false,
          types: ['node'],
        },
        files: ['consumer.ts'],
      }),
    );
  }
});

afterAll(async () => {
  if (work) {
    await rm(work, { recursive: true, force: true });
  }
});

const CONSUMER_TS = `
import type { BulkJobStatusResponse, StandardJobStatusResponse, paths } from '@workflows-api/types';
import { WorkflowStatus } from '@workflows-api/types';
import { isBulkJobStatusResponse, isStandardJobStatusResponse, validate } from '@workflows-api/validators';
import { createWorkflowsClient, NotFoundError } from '@workflows-api/client';
import { memoryJournal, runBulk, type BulkSummary } from '@workflows-api/client/bulk';
import { startSandbox } from '@workflows-api/sandbox';

type Status = paths['/standardjob/{id}/status']['get']['responses'][200]['content']['application/json'];
const status: Status = { id: 1, createdAtUtc: '2025-01-01T00:00:00Z', status: WorkflowStatus[0] };
const same: StandardJobStatusResponse = status;
// The seed-era name stays usable (deprecated) and means the same type.
const legacy: BulkJobStatusResponse = same;
if (!isStandardJobStatusResponse(same) || !isBulkJobStatusResponse(legacy)) throw new Error('unexpected');
const result = validate('BulkJobStatusResponse', status);
if (!result.valid) throw new Error(result.errors.map((e) => e.message).join());

export async function main(): Promise<void> {
  const sandbox = await startSandbox({ port: 0 });
  try {
    const client = createWorkflowsClient({ server: sandbox.url, auth: 'token' });
    const job: StandardJobStatusResponse = await client.bulkJobs.getStatus(1).catch((e: unknown) => {
      if (e instanceof NotFoundError) return status;
      throw e;
    });
    console.log('job', job.id, job.status, isStandardJobStatusResponse(job));
    // The bulk entry from its own subpath: no items, so no request.
    const summary: BulkSummary = await runBulk(client, {
      operationId: 'bulkCreateAdGroups',
      items: [],
      journal: memoryJournal(),
      inputId: 'none',
      onResult: () => {},
    });
    console.log('bulk', summary.items, summary.submittedChunks);
  } finally {
    await sandbox.close();
  }
}

console.log('seed name', result.valid, legacy === same);
await main();
`;

const RUN_MJS = `
import { startSandbox } from '@workflows-api/sandbox';
import { createWorkflowsClient, NotFoundError } from '@workflows-api/client';
import { validate } from '@workflows-api/validators';
import { WorkflowStatus } from '@workflows-api/types';

const sandbox = await startSandbox({ port: 0 });
try {
  const client = createWorkflowsClient({ server: sandbox.url, auth: 'consumer-token' });
  const answer = await client.graphQl.postRequest({ request: '{ viewer { id } }' });
  console.log('graphql', typeof answer);
  try {
    await client.bulkJobs.getStatus(424242);
    console.log('status found?');
  } catch (error) {
    console.log('not found', error instanceof NotFoundError, error.status);
  }
  const sample = { id: 1, createdAtUtc: '2025-01-01T00:00:00Z', status: 'Success' };
  console.log('valid', validate('StandardJobStatusResponse', sample).valid, validate('BulkJobStatusResponse', sample).valid);
  console.log('statuses', WorkflowStatus.join(','));
} finally {
  await sandbox.close();
}
`;

describe('packed tarballs in a fresh npm project', () => {
  it('type-checks under moduleResolution NodeNext, and the compiled program prints what it should', async () => {
    const tsc = await run('npx', ['tsc', '-p', 'tsconfig.nodenext.json'], { cwd: app });
    expect(tsc.stdout).toBe('');
    const { stdout } = await run(process.execPath, ['out/consumer.js'], { cwd: app });
    // Job 1 was never submitted to the fresh sandbox: a NotFoundError, answered with the sample.
    expect(stdout.split('\n')).toEqual([
      'seed name true true',
      'job 1 InProgress true',
      'bulk 0 0',
      '',
    ]);
  });

  it('type-checks under moduleResolution Bundler', async () => {
    const tsc = await run('npx', ['tsc', '-p', 'tsconfig.bundler.json'], { cwd: app });
    expect(tsc.stdout).toBe('');
  });

  it('runs as ESM: the sandbox from its tarball, called through the client', async () => {
    const { stdout } = await run(process.execPath, ['run.mjs'], { cwd: app });
    expect(stdout.split('\n')).toEqual([
      'graphql object',
      'not found true 404',
      'valid true true',
      'statuses InProgress,Failure,Success,PartialSuccess,ResultsExpired',
      '',
    ]);
  });

  it('ships the workflows command, with a command per operation', async () => {
    const { stdout } = await run('npx', ['--no-install', 'workflows', '--help'], { cwd: app });
    expect(stdout).toMatch(/^Usage: workflows <resource> <command>/);
    for (const command of [
      'campaigns create',
      'ad-groups bulk-create',
      'job status <id>',
      'job wait <id>',
      'job result <id>',
      'graphql-job',
    ]) {
      expect(stdout).toContain(`  ${command}`);
    }
    // An operation command from the tarball, its body checked by the packed validators.
    const dryRun = await run(
      'npx',
      [
        '--no-install',
        'workflows',
        'campaigns',
        'get-version',
        '--id',
        'cmp1',
        '--dry-run',
        '--json',
      ],
      { cwd: app },
    );
    expect(JSON.parse(dryRun.stdout)).toMatchObject({
      valid: true,
      path: '/campaign/cmp1/version',
    });
    const invalid = await run(
      'npx',
      ['--no-install', 'workflows', 'ad-groups', 'archive', '--data', '[42]', '--dry-run'],
      { cwd: app },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(invalid).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--data:1:2: /0 must be string'),
    });
  });

  it('installed no workspace links and no TypeScript sources as entry points', async () => {
    for (const name of ['types', 'validators', 'client', 'sandbox', 'cli']) {
      const manifest = JSON.parse(
        await readFile(path.join(app, 'node_modules/@workflows-api', name, 'package.json'), 'utf8'),
      ) as {
        dependencies?: Record<string, string>;
        exports: Record<string, { types: string; default: string }>;
      };
      expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain('workspace:');
      expect(Object.keys(manifest.exports['.'] ?? {})[0]).toBe('types');
    }
  });
});
