import { access, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import {
  Application,
  LogLevel,
  OptionDefaults,
  TSConfigReader,
  type TypeDocOptions,
} from 'typedoc';
import { type DocumentedPackage, packageEntryPoint } from './published-packages.js';

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Every listed package must have its entry point: a package that is published
 * but missing from the reference would be a silent gap, so this names them all.
 */
export async function assertEntryPoints(
  packages: readonly DocumentedPackage[],
  root: string,
): Promise<void> {
  const missing: string[] = [];
  for (const pkg of packages) {
    const entry = join(root, pkg.dir, packageEntryPoint);
    if (!(await exists(entry))) {
      missing.push(`${pkg.name}: ${join(pkg.dir, packageEntryPoint)} does not exist`);
    }
  }
  if (missing.length > 0) {
    throw new Error(
      `Cannot build the API reference; every published package needs its entry point:\n  ${missing.join(
        '\n  ',
      )}\n(the list is tools/docs/src/published-packages.ts)`,
    );
  }
}

/**
 * Builds the typedoc HTML reference of the given packages into outDir
 * (emptied first), one module per package, from each package's published
 * compiler settings (tsconfig.build.json).
 */
export async function buildApiReference(options: {
  packages: readonly DocumentedPackage[];
  root: string;
  outDir: string;
}): Promise<{ outDir: string; index: string }> {
  if (options.packages.length === 0) {
    throw new Error('buildApiReference: no package to document');
  }
  await assertEntryPoints(options.packages, options.root);

  const typedocOptions: TypeDocOptions = {
    name: 'Workflows API SDK',
    entryPointStrategy: 'packages',
    entryPoints: options.packages.map((pkg) => join(options.root, pkg.dir)),
    // Options for each package are set here only: typedoc resets them per
    // package, resolving paths against the package folder.
    packageOptions: {
      entryPoints: [packageEntryPoint],
      tsconfig: 'tsconfig.build.json',
      excludePrivate: true,
      excludeInternal: true,
      // No "defined in" links: they would point at a git host and revision,
      // and the output is to depend on the sources only.
      disableSources: true,
      // openapi-typescript writes the spec's descriptions as @description.
      blockTags: [...OptionDefaults.blockTags, '@description'],
    },
    readme: 'none',
    out: options.outDir,
    cacheBust: false,
    githubPages: false,
    cleanOutputDir: true,
    logLevel: LogLevel.Warn,
  };
  // Only tsconfig files are read: no typedoc.json or command line of whoever
  // runs this can change the output.
  const app = await Application.bootstrapWithPlugins(typedocOptions, [new TSConfigReader()]);
  // Typedoc prints as it goes; its errors and warnings are also kept for the thrown message.
  const errors: string[] = [];
  const log = app.logger.log.bind(app.logger);
  app.logger.log = (message, level) => {
    if (level >= LogLevel.Warn) {
      errors.push(stripVTControlCharacters(String(message)));
    }
    log(message, level);
  };

  const project = await app.convert();
  if (project === undefined || app.logger.hasErrors()) {
    throw new Error(`typedoc could not convert the packages:\n  ${errors.join('\n  ')}`);
  }
  // Validation warnings (a referenced type that is not exported, a broken
  // {@link}) stop the build too: each is a hole in the published reference.
  app.validate(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new Error(`typedoc found errors in the packages:\n  ${errors.join('\n  ')}`);
  }
  await rm(options.outDir, { recursive: true, force: true });
  await app.generateDocs(project, options.outDir);
  if (app.logger.hasErrors()) {
    throw new Error(`typedoc could not write ${options.outDir}:\n  ${errors.join('\n  ')}`);
  }
  return { outDir: options.outDir, index: join(options.outDir, 'index.html') };
}
