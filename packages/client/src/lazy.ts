/**
 * A module loaded on first use. The promise is kept, because in Node every `import()`
 * goes through the loader again (tens of µs per call); a failed load is retried next time.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
