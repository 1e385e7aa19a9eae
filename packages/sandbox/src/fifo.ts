/** A first-in, first-out queue whose `shift` is O(1) amortised (an array's is O(n)). */
export class Fifo<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  peek(): T | undefined {
    return this.items[this.head];
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) {
      return undefined;
    }
    const item = this.items[this.head] as T;
    // Let go of it now: the slot stays until the next compaction.
    this.items[this.head] = undefined;
    this.head += 1;
    // Drop the consumed front once it is half the array: each item is copied O(1) times.
    if (this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
