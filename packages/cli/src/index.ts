export { writeFileAtomic } from './atomic-write.js';
export { type CliIo, runCli, USAGE } from './cli.js';
export { type ExitCode, exitCodeOfStatus, exitCodes } from './exit-codes.js';
export { describeErrors, formatError, formatStatus } from './format.js';
export {
  type JobProgress,
  type ProgressMode,
  type ProgressStream,
  ProgressView,
  renderBar,
} from './progress.js';
