import { describe, expect, it } from 'vitest';
import { ProgressView, renderBar } from '../src/progress.js';

const status = (status: 'InProgress' | 'Success', completionPercentage: number | null) => ({
  id: 1,
  createdAtUtc: '2025-01-01T00:00:00Z',
  status,
  completionPercentage,
});

describe('renderBar', () => {
  it('fills in proportion and clamps', () => {
    expect(renderBar(0, 10)).toBe('[░░░░░░░░░░]   0.0%');
    expect(renderBar(45, 10)).toBe('[█████░░░░░]  45.0%');
    expect(renderBar(100, 4)).toBe('[████] 100.0%');
    expect(renderBar(140, 4)).toBe('[████] 100.0%');
  });
});

describe('ProgressView', () => {
  const stream = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, isTTY, columns: 60, write: (t: string) => out.push(t) };
  };

  it('picks a bar on a terminal and lines elsewhere, unless told', () => {
    expect(ProgressView.modeFor(stream(true), undefined)).toBe('bar');
    expect(ProgressView.modeFor(stream(false), 'auto')).toBe('lines');
    expect(ProgressView.modeFor(stream(true), 'none')).toBe('none');
  });

  it('redraws the bar in place and writes only changes', () => {
    const s = stream(true);
    const view = new ProgressView(s, 'bar', 'Job 1');
    view.update(status('InProgress', 10));
    view.update(status('InProgress', 10));
    view.update(status('Success', 100));
    view.finish();
    expect(s.out).toHaveLength(3);
    const ERASE_LINE = '\r\x1b[2K';
    expect(s.out[0]?.startsWith(ERASE_LINE)).toBe(true);
    expect(s.out[0]?.slice(ERASE_LINE.length)).toMatch(/^Job 1 \[█+░+\] +10\.0% InProgress$/);
    expect(s.out[2]).toBe('\n');
  });

  it('writes a line per change, treating an unknown percentage as 0 while running', () => {
    const s = stream(false);
    const view = new ProgressView(s, 'lines', 'Job 1');
    view.update(status('InProgress', null));
    view.update(status('InProgress', 50));
    view.update(status('InProgress', 50));
    view.finish();
    expect(s.out).toEqual(['Job 1: InProgress 0.0%\n', 'Job 1: InProgress 50.0%\n']);
  });

  it('shows a queued GraphQL job at 0 % and a finished one without a percentage at 100 %', () => {
    const s = stream(false);
    const view = new ProgressView(s, 'lines', 'GraphQL job 7');
    view.update({ status: 'Queued', completionPercentage: null });
    view.update({ status: 'Cancelled', completionPercentage: null });
    expect(s.out).toEqual(['GraphQL job 7: Queued 0.0%\n', 'GraphQL job 7: Cancelled 100.0%\n']);
  });
});
