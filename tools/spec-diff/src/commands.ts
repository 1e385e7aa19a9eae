import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findBaseRef, versionsMovedSince } from './baseline.js';
import {
  groupBump,
  readChangesets,
  releaseGroup,
  releaseGroupManifests,
  releaseTagPatterns,
} from './changesets.js';
import { type BumpOrNone, maxBump, rank } from './classify.js';
import { type DiffResult, diffSpecs } from './diff-document.js';
import { extractSpecAt, repoRoot, resolveRef } from './git.js';
import { canonical } from './json.js';
import { type DiffSpec, loadDiffSpec } from './load.js';
import { formatJson, formatMarkdown, formatText } from './report.js';

export interface CommandOptions {
  /** Where relative paths are read from. */
  cwd: string;
  json?: boolean | undefined;
  /** Git ref to compare with instead of the last release. */
  base?: string | undefined;
  /** The spec, relative to the repository root (default `spec/openapi.yaml`). */
  spec?: string | undefined;
  /** Two files to compare instead of a git ref and the working tree. */
  files?: [string, string] | undefined;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

const DEFAULT_SPEC = 'spec/openapi.yaml';

interface Comparison {
  result: DiffResult;
  /** What the old side is, for messages. */
  since: string;
  /** The git ref of the old side, when compared with git. */
  baseRef?: string;
  specFile: string;
  root?: string;
  after: DiffSpec;
}

async function compare(options: CommandOptions): Promise<Comparison> {
  if (options.files) {
    const [oldFile, newFile] = options.files.map((f) => path.resolve(options.cwd, f)) as [
      string,
      string,
    ];
    const label = (f: string) => path.relative(options.cwd, f) || f;
    const before = await loadDiffSpec(oldFile, { label: label(oldFile) });
    const after = await loadDiffSpec(newFile, { label: label(newFile) });
    return { result: diffSpecs(before, after), since: before.label, specFile: after.label, after };
  }
  const root = await repoRoot(options.cwd);
  const specPath = (options.spec ?? DEFAULT_SPEC).split(path.sep).join('/');
  const group = await releaseGroup(root);
  const base = options.base
    ? await resolveRef(root, options.base)
    : await findBaseRef(root, releaseTagPatterns(group), await releaseGroupManifests(root));
  const after = await loadDiffSpec(path.join(root, specPath), { label: specPath });
  const extracted = await extractSpecAt(root, base.ref, specPath);
  let before: DiffSpec;
  try {
    before = extracted
      ? await loadDiffSpec(extracted.file, { label: `${specPath}@${base.ref}` })
      : // The spec is new since the ref: each path and component in it is an
        // addition; servers, security and info count as they are now.
        {
          label: `${specPath}@${base.ref}`,
          version: after.version,
          document: { ...after.document, paths: {}, webhooks: {}, components: {} },
        };
  } finally {
    await extracted?.cleanup();
  }
  return {
    result: diffSpecs(before, after),
    since: base.description,
    baseRef: base.ref,
    specFile: specPath,
    root,
    after,
  };
}

export async function runDiff(options: CommandOptions): Promise<CommandResult> {
  const { result, since, specFile } = await compare(options);
  const stdout = options.json ? formatJson(result) : formatText(result);
  return { code: 0, stdout, stderr: `spec-diff: ${specFile} compared with ${since}\n` };
}

export async function runCheck(options: CommandOptions): Promise<CommandResult> {
  const { result, since, baseRef, specFile, root } = await compare({
    ...options,
    files: undefined,
  });
  const repo = root as string;
  if (result.bump === 'none') {
    return {
      code: 0,
      stdout: `spec:check: ${specFile} has no changes since ${since}\n`,
      stderr: '',
    };
  }
  const group = await releaseGroup(repo);
  const pending = groupBump(await readChangesets(repo), group);
  // Changesets consumed by `pnpm version-packages` live on as the versions they raised.
  const moved = await versionsMovedSince(
    repo,
    baseRef as string,
    await releaseGroupManifests(repo),
  );
  const given: BumpOrNone = maxBump(pending.bump, moved.bump);
  const sources = [...(moved.text ? [`versions ${moved.text}`] : []), ...pending.files].join(', ');
  const report = formatText(result);
  const groupText = `the release group (${group.join(', ')})`;
  if (rank(given) >= rank(result.bump)) {
    const by = moved.text
      ? 'the release in the working tree and the pending changesets'
      : 'the pending changesets';
    return {
      code: 0,
      stdout: `spec:check: ${specFile} changed since ${since}; it needs a ${result.bump} bump of ${groupText} and ${by} give ${given} (${sources})\n`,
      stderr: '',
    };
  }
  const have =
    given === 'none'
      ? 'no pending changeset bumps it'
      : `${moved.text ? 'the versions and pending changesets bump' : 'the pending changesets bump'} it by ${given} only (${sources})`;
  return {
    code: 1,
    stdout: report,
    stderr:
      `spec:check: ${specFile} changed since ${since} and needs a ${result.bump} bump of ${groupText}, but ${have}.\n` +
      'Run `pnpm spec:changeset` to write one from this report, or `pnpm changeset` to write it yourself.\n',
  };
}

export async function runChangeset(options: CommandOptions): Promise<CommandResult> {
  const { result, since, specFile, root, after } = await compare({ ...options, files: undefined });
  const repo = root as string;
  if (result.bump === 'none') {
    return {
      code: 0,
      stdout: `spec:changeset: ${specFile} has no changes since ${since}; nothing written\n`,
      stderr: '',
    };
  }
  const group = await releaseGroup(repo);
  // Named after the spec's content: running it again for the same spec rewrites the same file.
  const hash = createHash('sha256').update(canonical(after.document)).digest('hex').slice(0, 8);
  const file = path.join(repo, '.changeset', `spec-${hash}.md`);
  const front = group.map((name) => `${JSON.stringify(name)}: ${result.bump}`).join('\n');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `---\n${front}\n---\n\n${formatMarkdown(result, since)}`);
  const shown = path.relative(repo, file);
  return {
    code: 0,
    stdout: `spec:changeset: wrote ${shown} (${result.bump} for ${group.join(', ')})\n`,
    stderr: '',
  };
}
