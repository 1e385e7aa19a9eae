import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../src/load-spec.js';
import { removeDir, runCli, scratchRoot, snapshot } from './helpers.js';

/**
 * A `$ref` to an http(s) URL: refused unless asked for, so that generation
 * reads nothing but the repository. The URL is a loopback server that counts
 * what it is asked for.
 */
let server: Server;
let requests: string[] = [];
const dirs: string[] = [];

const LOCAL = [
  '    AllocationType:',
  '      type: string',
  '      enum:',
  '        - Minimum',
  '        - Fixed',
  '        - Maximum',
  '',
].join('\n');

/** A scratch root whose AllocationType is a $ref to the server; returns the spec and that line. */
async function specWithRemoteRef(): Promise<{ root: string; file: string; line: number }> {
  const dir = await scratchRoot('remote-ref');
  dirs.push(dir);
  const file = path.join(dir, 'spec/openapi.yaml');
  const text = await readFile(file, 'utf8');
  const index = text.indexOf(LOCAL);
  expect(index).toBeGreaterThan(0);
  const { port } = server.address() as AddressInfo;
  const remote = `    AllocationType:\n      $ref: "http://127.0.0.1:${port}/AllocationType.yaml"\n`;
  await writeFile(file, text.slice(0, index) + remote + text.slice(index + LOCAL.length));
  return { root: dir, file, line: text.slice(0, index).split('\n').length + 1 };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.setHeader('content-type', 'application/yaml');
    res.end('type: string\nenum: [Minimum, Fixed, Maximum]\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await Promise.all(dirs.map(removeDir));
});

describe('a remote $ref', () => {
  it('is refused by default, at the $ref (file, line, column, pointer), and nothing is fetched or written', async () => {
    const { file, line, root } = await specWithRemoteRef();
    requests = [];
    const result = await runCli(['--spec', file, '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `spec/openapi\\.yaml:${line}:7 \\(at #/components/schemas/AllocationType\\): Can't resolve \\$ref "http://127\\.0\\.0\\.1:\\d+/AllocationType\\.yaml": a remote \\$ref is not fetched`,
      ),
    );
    expect(result.stderr).toContain('--allow-remote-refs');
    // The internal $refs that lead to it are not reported again.
    expect(result.stderr).toContain('The spec has 1 problem:');
    expect(result.stderr).toContain('Nothing was written');
    expect(requests).toEqual([]);
    expect(Object.keys(await snapshot(root)).filter((f) => !f.startsWith('spec/'))).toEqual([]);
  }, 60_000);

  it('is fetched and inlined with --allow-remote-refs', async () => {
    const { file, root: out } = await specWithRemoteRef();
    requests = [];
    const result = await runCli(['--spec', file, '--root', out, '--allow-remote-refs']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(requests).toEqual(['/AllocationType.yaml']);
    const types = await readFile(path.join(out, 'packages/types/src/generated/schemas.ts'), 'utf8');
    expect(types).toContain('export const AllocationType = ["Minimum","Fixed","Maximum"] as const');
  }, 120_000);

  it('is allowed in code by loadSpec({ allowRemoteRefs }), never by default', async () => {
    const { file } = await specWithRemoteRef();
    requests = [];
    await expect(loadSpec(file)).rejects.toThrow(/a remote \$ref is not fetched/);
    expect(requests).toEqual([]);
    const allowed = await loadSpec(file, { allowRemoteRefs: true });
    const schemas = (allowed.document.components as { schemas: Record<string, unknown> }).schemas;
    expect(schemas.AllocationType).toEqual({
      type: 'string',
      enum: ['Minimum', 'Fixed', 'Maximum'],
    });
    expect(requests).toEqual(['/AllocationType.yaml']);
  }, 60_000);
});
