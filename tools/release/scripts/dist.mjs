// The published packages' `dist/`: emptied before each build, checked before each pack.
//
//   node ../../tools/release/scripts/dist.mjs clean   in a package's `build`, before tsc
//   node ../../tools/release/scripts/dist.mjs check   its `prepack`: run by `pnpm publish`,
//                                                     `changeset publish`, `attw --pack`
//                                                     and `pnpm pack`
//
// tsc writes into `dist/` without removing what an older build left there, and turbo's cache
// restores a build's outputs over an existing `dist/` without removing the files they do not
// list: a module deleted from `src/` would still be packed and published. `check` refuses to
// pack a `dist/` holding a file that no source in `src/` compiles to, or lacking a source's
// output, and names each.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What tsc writes for `src/<name>.ts` (the packages' tsconfig.build.json: declarations and maps). */
const OUTPUTS = ['.js', '.js.map', '.d.ts', '.d.ts.map'];

/**
 * Files under `dir`, relative to it, with `/` separators; none if it does not exist.
 * @param {string} dir
 * @returns {string[]}
 */
function filesUnder(dir) {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}

/**
 * The modules tsc compiles from `src/`, without `.ts` (tests excluded, as the packages'
 * tsconfig.build.json excludes them).
 * @param {string} srcDir
 */
const sourceModules = (srcDir) =>
  filesUnder(srcDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -'.ts'.length));

/**
 * What is wrong with `<packageDir>/dist` as the build of `<packageDir>/src`: each file no
 * source compiles to, and each source without its module; empty when nothing is.
 * @param {string} packageDir
 * @returns {string[]}
 */
export function distProblems(packageDir) {
  const modules = sourceModules(path.join(packageDir, 'src')).sort();
  const expected = new Set(modules.flatMap((name) => OUTPUTS.map((ext) => `${name}${ext}`)));
  const present = filesUnder(path.join(packageDir, 'dist')).sort();
  const built = new Set(present);
  return [
    ...present
      .filter((file) => !expected.has(file))
      .map((file) => `dist/${file}: compiled from no file in src/ (left by an older build)`),
    ...modules
      .filter((name) => !built.has(`${name}.js`))
      .map((name) => `dist/${name}.js: missing, src/${name}.ts is not built`),
  ];
}

/**
 * @param {string[]} args
 * @param {string} packageDir
 * @returns {number} the exit code
 */
export function main(args, packageDir) {
  const [command] = args;
  if (command === 'clean' && args.length === 1) {
    rmSync(path.join(packageDir, 'dist'), { recursive: true, force: true });
    return 0;
  }
  if (command === 'check' && args.length === 1) {
    const problems = distProblems(packageDir);
    if (problems.length > 0) {
      console.error(
        [
          `${packageDir}: not packed: dist/ is not the build of src/:`,
          ...problems.map((p) => `  ${p}`),
          "Delete dist/, run `pnpm build` (one replayed from turbo's cache does not empty it), then pack again.",
        ].join('\n'),
      );
      return 1;
    }
    return 0;
  }
  console.error('usage (in a package folder): node tools/release/scripts/dist.mjs clean|check');
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2), process.cwd());
}
