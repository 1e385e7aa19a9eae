/**
 * Values pushed by code under test, awaited one by one by the test: how a test with fake
 * timers learns that the poller has answered and set its pause, before moving the clock.
 */
export function eventQueue<T>() {
  const queued: T[] = [];
  const waiting: ((value: T) => void)[] = [];
  return {
    push(value: T): void {
      const wake = waiting.shift();
      if (wake) {
        wake(value);
      } else {
        queued.push(value);
      }
    },
    next(): Promise<T> {
      if (queued.length > 0) {
        return Promise.resolve(queued.shift() as T);
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
