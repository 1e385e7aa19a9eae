import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { builtEntry } from '../../../test-support/built-entry.js';

export const codegenDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(codegenDir, '../..');
export const specFile = path.join(repoRoot, 'spec/openapi.yaml');
/** The wire contract's fact table, kept beside the spec it checks. */
export const contractFile = path.join(repoRoot, 'spec/contract/workflows-api-contract.json');

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `wf-${prefix}-`));
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });

/** Imports module code (e.g. the validators' standalone module) from a file in a fresh temp dir. */
export async function importModuleCode<T>(code: string): Promise<T> {
  const dir = await tempDir('module');
  try {
    const file = path.join(dir, 'module.mjs');
    await writeFile(file, code);
    return (await import(pathToFileURL(file).href)) as T;
  } finally {
    await removeDir(dir);
  }
}

/** A scratch repository root holding a copy of the spec. */
export async function scratchRoot(prefix: string): Promise<string> {
  const root = await tempDir(prefix);
  await cp(path.join(repoRoot, 'spec'), path.join(root, 'spec'), { recursive: true });
  return root;
}

/**
 * A minimal valid spec around the given component schemas (one operation,
 * `createThing`, taking and answering `Thing`), written into a fresh temp root.
 * The caller removes `root`.
 */
export async function miniSpec(
  prefix: string,
  schemas: Record<string, unknown>,
): Promise<{ root: string; file: string }> {
  const root = await tempDir(prefix);
  const thing = { $ref: '#/components/schemas/Thing' };
  const doc = {
    openapi: '3.0.3',
    info: { title: 't', version: '1', license: { name: 'MIT' } },
    servers: [{ url: 'https://example.test', 'x-server-id': 'prod' }],
    security: [{ Key: [] }],
    paths: {
      '/thing': {
        post: {
          operationId: 'createThing',
          'x-speakeasy-group': 'things',
          'x-speakeasy-name-override': 'create',
          requestBody: { content: { 'application/json': { schema: thing } } },
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: thing } } },
          },
        },
      },
    },
    components: { schemas, securitySchemes: { Key: { type: 'apiKey', in: 'header', name: 'K' } } },
  };
  await mkdir(path.join(root, 'spec'), { recursive: true });
  const file = path.join(root, 'spec/openapi.yaml');
  await writeFile(file, JSON.stringify(doc, null, 2));
  return { root, file };
}

export interface Snapshot {
  [file: string]: { contents: string; mtimeMs: number };
}

/** Every file under `dir`, with contents and mtime, to prove nothing was touched. */
export async function snapshot(dir: string): Promise<Snapshot> {
  const out: Snapshot = {};
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        await walk(full);
      } else {
        out[path.relative(dir, full)] = {
          contents: await readFile(full, 'utf8'),
          mtimeMs: (await stat(full)).mtimeMs,
        };
      }
    }
  };
  await walk(dir);
  return out;
}

const run = promisify(execFile);

/** Runs the real codegen CLI (its build) the way `pnpm generate` does. */
export async function runCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const cli = builtEntry(codegenDir, 'dist/cli.js');
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}

const componentRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Component schemas for `miniSpec`: `Thing` refers to S0, and each of `count` objects
 * S0, S1, … to the next by its `next` member: a chain of `$ref`s.
 */
export function chainOfRefs(count: number): Record<string, unknown> {
  const schemas: Record<string, unknown> = {
    Thing: { type: 'object', properties: { first: componentRef('S0') } },
  };
  for (let i = 0; i < count; i++) {
    schemas[`S${i}`] = {
      type: 'object',
      properties:
        i + 1 < count ? { next: componentRef(`S${i + 1}`) } : { last: { type: 'string' } },
    };
  }
  return schemas;
}
