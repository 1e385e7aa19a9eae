import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AbortError, TimeoutError } from '../src/index.js';
import { deadline } from '../src/signals.js';

// Attempts without a caller's signal share one timer and signal per window of start times.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('shared deadlines', () => {
  it('attempts starting together share a signal, and each gets at least its timeout', () => {
    const first = deadline(1000, undefined, 'a');
    vi.advanceTimersByTime(9); // the window of a 1 s timeout is 10 ms wide
    const second = deadline(1000, undefined, 'b');
    expect(second.signal).toBe(first.signal);
    vi.advanceTimersByTime(1000); // t = 1009: 1000 ms after the second one started
    expect(second.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1); // t = 1010
    expect(first.signal.aborted).toBe(true);
    expect(first.reason()).toBeInstanceOf(TimeoutError);
    expect(second.reason()?.message).toBe('b timed out after 1000 ms');
    first.clear();
    second.clear();
  });

  it('a later attempt, or one with another timeout, gets a signal of its own', () => {
    const first = deadline(1000, undefined, 'a');
    const other = deadline(2000, undefined, 'b');
    vi.advanceTimersByTime(10);
    const later = deadline(1000, undefined, 'c');
    expect(other.signal).not.toBe(first.signal);
    expect(later.signal).not.toBe(first.signal);
    for (const d of [first, other, later]) {
      d.clear();
    }
  });

  it('drops the timer once every attempt of a closed window is done', () => {
    const before = vi.getTimerCount();
    const attempts = [deadline(60_000, undefined, 'a'), deadline(60_000, undefined, 'b')];
    expect(vi.getTimerCount()).toBe(before + 1);
    vi.advanceTimersByTime(10);
    const next = deadline(60_000, undefined, 'c'); // the first window is closed now
    expect(vi.getTimerCount()).toBe(before + 2);
    for (const d of attempts) {
      d.clear();
    }
    expect(vi.getTimerCount()).toBe(before + 1);
    next.clear();
    vi.advanceTimersByTime(10);
    deadline(60_000, undefined, 'd').clear(); // replaces the empty window, and its timer
    expect(vi.getTimerCount()).toBe(before + 1);
    for (const a of attempts) {
      expect(a.signal.aborted).toBe(false);
    }
  });

  it('clearing twice counts once', () => {
    const a = deadline(5000, undefined, 'a');
    const b = deadline(5000, undefined, 'b');
    a.clear();
    a.clear();
    vi.advanceTimersByTime(5020);
    expect(b.signal.aborted).toBe(true); // b was still in flight: its window fired
    b.clear();
  });

  it('opens a new window after 500 attempts (Node warns from 1,500 listeners on a signal)', () => {
    const many = Array.from({ length: 501 }, (_, i) => deadline(3000, undefined, `n${i}`));
    expect(new Set(many.map((d) => d.signal)).size).toBe(2);
    for (const d of many) {
      d.clear();
    }
  });

  it("an attempt with the caller's signal gets its own deadline", () => {
    const caller = new AbortController();
    const shared = deadline(4000, undefined, 'a');
    const own = deadline(4000, caller.signal, 'b');
    expect(own.signal).not.toBe(shared.signal);
    caller.abort();
    expect(own.signal.aborted).toBe(true);
    expect(own.reason()).toBeInstanceOf(AbortError);
    expect(shared.signal.aborted).toBe(false);
    shared.clear();
    own.clear();
  });
});
