import path from 'node:path';
import { GENERATED_MARKER, stampContentHash } from './header.js';
import { buildModel, type SpecModel } from './model.js';
import { WorkerClosedError } from './one-shot-worker.js';
import { SpecRefusal } from './spec-refusal.js';
import { diffPlan, type GeneratedFile, type WriteReport, writePlan } from './write-files.js';

/** One generator: reads the shared model, returns the files of the folder it owns. */
export interface Emitter {
  name: string;
  /** Folder (relative to the root) that this emitter owns entirely. */
  outDir: string;
  emit(model: SpecModel): Promise<GeneratedFile[]> | GeneratedFile[];
  /**
   * Starts what needs no spec (a worker thread and its imports) before the spec loads; the
   * pipeline then emits through the returned run and closes it, whatever happens.
   */
  prepare?(): PreparedEmit;
}

export interface PreparedEmit {
  emit(model: SpecModel): Promise<GeneratedFile[]>;
  close(): Promise<void>;
}

export interface PipelineOptions {
  specFile: string;
  rootDir: string;
  emitters: readonly Emitter[];
  /** Compare with the files on disk instead of writing. */
  check?: boolean;
  /** Fetch `$ref`s to http(s) URLs instead of refusing them (`--allow-remote-refs`). */
  allowRemoteRefs?: boolean;
}

export interface PipelineResult extends WriteReport {
  model: SpecModel;
  /** Every file the emitters made, as written (or, with `check`, as they would be). */
  files: GeneratedFile[];
  ownedDirs: string[];
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const runs = options.emitters.map((emitter) => emitter.prepare?.());
  try {
    return await generate(options, runs);
  } finally {
    await closeRuns(runs);
  }
}

const closeRuns = async (runs: readonly (PreparedEmit | undefined)[]): Promise<void> => {
  await Promise.all(runs.map((run) => run?.close()));
};

async function generate(
  options: PipelineOptions,
  runs: readonly (PreparedEmit | undefined)[],
): Promise<PipelineResult> {
  const rootDir = path.resolve(options.rootDir);
  // Loaded after `prepare`: Redocly's load is a few hundred ms the emitters' threads use.
  const { openSpec } = await import('./load-spec.js');
  const opened = await openSpec(options.specFile, { allowRemoteRefs: options.allowRemoteRefs });
  const { spec } = opened;
  const specPath = path.relative(rootDir, spec.file).split(path.sep).join('/');
  let model: SpecModel;
  try {
    model = buildModel(spec, specPath);
  } catch (err) {
    // A spec the checks refuse is reported as such, whatever the model made of it.
    await opened.check();
    throw err;
  }

  // Every emitter runs to completion in memory before anything touches the disk. They are
  // started together, so one that waits on a worker thread (the validators' compile) runs
  // beside the others. The first failure closes the runs still working (a spec an emitter
  // refuses at once does not wait for AJV); what is reported is the first failure, in
  // emitter order, that is not such a closing.
  const pending = options.emitters.map(async (emitter, i) => (runs[i] ?? emitter).emit(model));
  for (const emitting of pending) {
    emitting.catch(() => closeRuns(runs)).catch(() => undefined);
  }
  // The spec's checks, if `openSpec` left them, run here on the main thread while the
  // emitters' threads work; their errors come before any emitter's (an emitter may fail
  // on a spec the checks refuse, less clearly).
  await opened.check();
  const { saveRedoclyCodeCache } = await import('./redocly.js');
  saveRedoclyCodeCache();
  const settled = await Promise.allSettled(pending);
  const failures = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
  const failure = failures.find((f) => !(f.reason instanceof WorkerClosedError)) ?? failures[0];
  if (failure) {
    // An emitter that cannot generate from this spec says where: reported as the spec's own.
    throw failure.reason instanceof SpecRefusal ? opened.refused(failure.reason) : failure.reason;
  }
  const files: GeneratedFile[] = [];
  for (const [index, emitter] of options.emitters.entries()) {
    const outcome = settled[index] as PromiseFulfilledResult<GeneratedFile[]>;
    for (const file of outcome.value) {
      if (!file.path.startsWith(`${emitter.outDir}/`)) {
        throw new Error(
          `emitter ${emitter.name} wrote ${file.path}, outside its folder ${emitter.outDir}`,
        );
      }
      const stamped = file.contents.includes(GENERATED_MARKER)
        ? stampContentHash(file.contents)
        : undefined;
      if (stamped === undefined) {
        throw new Error(
          `emitter ${emitter.name} produced ${file.path} without the generated header (generatedHeader, once)`,
        );
      }
      files.push({ path: file.path, contents: stamped });
    }
  }
  const plan = { files, ownedDirs: options.emitters.map((e) => e.outDir) };
  const report = options.check ? await diffPlan(rootDir, plan) : await writePlan(rootDir, plan);
  return { ...report, model, files, ownedDirs: plan.ownedDirs };
}
