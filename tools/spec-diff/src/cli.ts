#!/usr/bin/env -S npx tsx
import { main } from './main.js';

// Through `pnpm spec:diff` scripts run in this package's folder; INIT_CWD is
// where the user typed the command, so relative paths mean what they expect.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();
const result = await main(process.argv.slice(2), invokedFrom);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
