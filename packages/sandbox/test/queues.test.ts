import { describe, expect, it } from 'vitest';
import { Fifo } from '../src/fifo.js';
import { MinHeap } from '../src/min-heap.js';
import { seededRandom } from '../src/random.js';

describe('MinHeap', () => {
  it('gives items back least first, pushes and pops interleaved', () => {
    const random = seededRandom(7);
    const heap = new MinHeap<number>((a, b) => a - b);
    const mirror: number[] = [];
    for (let round = 0; round < 2_000; round++) {
      if (random() < 0.6 || heap.size === 0) {
        const n = Math.floor(random() * 100);
        heap.push(n);
        mirror.push(n);
      } else {
        mirror.sort((a, b) => a - b);
        expect(heap.peek()).toBe(mirror[0]);
        expect(heap.pop()).toBe(mirror.shift());
      }
      expect(heap.size).toBe(mirror.length);
    }
    mirror.sort((a, b) => a - b);
    const rest: number[] = [];
    for (let n = heap.pop(); n !== undefined; n = heap.pop()) {
      rest.push(n);
    }
    expect(rest).toEqual(mirror);
    expect(heap.peek()).toBeUndefined();
  });
});

describe('Fifo', () => {
  it('gives items back in the order they came, across its compactions', () => {
    const fifo = new Fifo<number>();
    let pushed = 0;
    let shifted = 0;
    for (let round = 0; round < 100; round++) {
      for (let i = 0; i < 7; i++) {
        fifo.push(pushed++);
      }
      for (let i = 0; i < 5; i++) {
        expect(fifo.shift()).toBe(shifted++);
      }
      expect(fifo.size).toBe(pushed - shifted);
      expect(fifo.peek()).toBe(shifted);
    }
    while (fifo.size > 0) {
      expect(fifo.shift()).toBe(shifted++);
    }
    expect(fifo.shift()).toBeUndefined();
    expect(fifo.peek()).toBeUndefined();
  });
});
