import { graphQlBulkJobTerminalStatuses, terminalStatuses } from '@workflows-api/client';
import { shown } from './terminal-text.js';

export type ProgressMode = 'bar' | 'lines' | 'none';

/** What a progress line shows of either kind of job. */
export interface JobProgress {
  status: string;
  completionPercentage?: number | null;
}

const finalStatuses = new Set<string>([...terminalStatuses, ...graphQlBulkJobTerminalStatuses]);

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** `[██████░░░░]  60.0%`: the bar alone, for any width. */
export function renderBar(percentage: number, width: number): string {
  const clamped = Math.min(100, Math.max(0, percentage));
  const filled = Math.round((clamped / 100) * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${clamped.toFixed(1).padStart(5)}%`;
}

export function formatPercentage(p: number | null | undefined): string {
  // Servers may send anything here: what is not a number shows as unknown.
  return typeof p === 'number' ? `${p.toFixed(1)}%` : '?';
}

/**
 * Shows a job's progress: a bar redrawn in place on a terminal, or one plain
 * line per change when the output is a file or a pipe (logs stay readable).
 */
export class ProgressView {
  private last: string | undefined;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly mode: ProgressMode,
    private readonly label: string,
  ) {}

  static modeFor(stream: ProgressStream, asked: string | undefined): ProgressMode {
    if (asked === 'bar' || asked === 'lines' || asked === 'none') {
      return asked;
    }
    return stream.isTTY ? 'bar' : 'lines';
  }

  update(status: JobProgress): void {
    const pct = status.completionPercentage ?? (finalStatuses.has(status.status) ? 100 : 0);
    if (this.mode === 'bar') {
      const width = Math.max(
        10,
        Math.min(40, (this.stream.columns ?? 80) - this.label.length - 30),
      );
      // The status comes from the server: only the bar's own ESC sequence may reach the terminal.
      const line = `${this.label} ${renderBar(pct, width)} ${shown(status.status)}`;
      if (line === this.last) {
        return;
      }
      // \r plus "erase line" redraws in place without scrolling.
      this.stream.write(`\r\x1b[2K${line}`);
      this.drawn = true;
      this.last = line;
    } else if (this.mode === 'lines') {
      const line = `${this.label}: ${shown(status.status)} ${formatPercentage(pct)}`;
      if (line === this.last) {
        return;
      }
      this.stream.write(`${line}\n`);
      this.last = line;
    }
  }

  /** Ends the bar's line so what follows starts on a fresh one. */
  finish(): void {
    if (this.mode === 'bar' && this.drawn) {
      this.stream.write('\n');
    }
    this.drawn = false;
  }
}
