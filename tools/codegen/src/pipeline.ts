import path from 'node:path';
import { GENERATED_MARKER, stampContentHash } from './header.js';
import { loadSpec } from './load-spec.js';
import { buildModel, type SpecModel } from './model.js';
import { diffPlan, type GeneratedFile, type WriteReport, writePlan } from './write-files.js';

/** One generator: reads the shared model, returns the files of the folder it owns. */
export interface Emitter {
  name: string;
  /** Folder (relative to the root) that this emitter owns entirely. */
  outDir: string;
  emit(model: SpecModel): Promise<GeneratedFile[]> | GeneratedFile[];
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
  const rootDir = path.resolve(options.rootDir);
  const spec = await loadSpec(options.specFile, { allowRemoteRefs: options.allowRemoteRefs });
  const specPath = path.relative(rootDir, spec.file).split(path.sep).join('/');
  const model = buildModel(spec, specPath);

  // Every emitter runs to completion in memory before anything touches the disk.
  const files: GeneratedFile[] = [];
  for (const emitter of options.emitters) {
    const emitted = await emitter.emit(model);
    for (const file of emitted) {
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
