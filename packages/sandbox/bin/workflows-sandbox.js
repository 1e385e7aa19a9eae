#!/usr/bin/env node
// The `workflows-sandbox` command. This launcher is committed (not built) so that
// pnpm can link the bin at install time, before `pnpm build` has made dist/; the
// command itself is the build.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('workflows-sandbox: this package is not built yet; run `pnpm build` first\n');
  process.exit(2);
}
await import(built.href);
