/** One step of a long command: `done` of `total` (`total` undefined when unknown). */
export interface ProgressUpdate {
  done: number;
  total?: number;
  /** Shown after the counts, e.g. "4.2 MB". */
  detail?: string;
}

export interface Progress {
  update(update: ProgressUpdate): void;
  /** Ends the bar (a final newline on a terminal). */
  finish(): void;
}

/**
 * A progress bar on stderr when it is a terminal; on a pipe or a CI log, a line at each quarter
 * (or every 10,000 when the total is unknown), so logs stay short and stdout stays clean for data.
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const interactive = stream.isTTY === true;
  let lastStep = -1;
  let shown = false;
  let lastDrawn = 0;
  return {
    update({ done, total, detail }) {
      const counts = total === undefined ? count(done) : `${count(done)}/${count(total)}`;
      const suffix = detail ? `  ${detail}` : '';
      if (interactive) {
        const now = Date.now();
        if (now - lastDrawn < 80 && done !== total) return;
        lastDrawn = now;
        shown = true;
        if (total === undefined) {
          stream.write(`\r\x1b[K${label}: ${counts}${suffix}`);
          return;
        }
        const fraction = total === 0 ? 1 : Math.min(1, done / total);
        const filled = Math.round(fraction * 30);
        stream.write(
          `\r\x1b[K${'█'.repeat(filled)}${'░'.repeat(30 - filled)} ${String(Math.round(fraction * 100)).padStart(3)}%  ${label} ${counts}${suffix}`,
        );
        return;
      }
      const step = total === undefined ? Math.floor(done / 10_000) : Math.floor((total === 0 ? 1 : done / total) * 4);
      if (step === lastStep) return;
      lastStep = step;
      stream.write(`${label}: ${counts}${suffix}\n`);
    },
    finish() {
      if (interactive && shown) stream.write('\n');
      shown = false;
    },
  };
}

export function count(value: number): string {
  return value.toLocaleString('en');
}

export function bytes(value: number): string {
  if (value < 1024) return `${value} B`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} kB`;
  return `${(value / 1024 / 1024).toFixed(1)} MB`;
}
