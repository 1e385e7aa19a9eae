// Fails unless every build task of a second `pnpm build` would be replayed
// from turbo's cache: a task that misses means its inputs are not stable
// (e.g. generation touching files it did not change).
let input = '';
process.stdin.on('data', (d) => {
  input += d;
});
process.stdin.on('end', () => {
  const { tasks } = JSON.parse(input);
  const real = tasks.filter((t) => t.command !== '<NONEXISTENT>');
  const missed = real.filter((t) => t.cache.status !== 'HIT').map((t) => t.taskId);
  if (real.length === 0 || missed.length > 0) {
    console.error(`a second build would not be replayed from the cache: ${missed.join(', ') || 'no tasks'}`);
    process.exit(1);
  }
  console.log(`second pnpm build: all ${real.length} tasks replayed from the cache`);
});
