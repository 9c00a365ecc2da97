export interface ProgressEvent {
  phase: string;
  done: number;
  total: number;
  /** Shown after the counts when given, e.g. rows per second of a bulk load. */
  rate?: string;
}

/**
 * A progress bar on a terminal; on a pipe or CI log, one line per phase step of 25% so logs stay
 * short.
 */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): (event: ProgressEvent) => void {
  const interactive = stream.isTTY === true;
  const lastQuarter = new Map<string, number>();
  let lastPhase = '';
  return ({ phase, done, total, rate }) => {
    const suffix = rate ? `  ${rate}` : '';
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    if (interactive) {
      if (phase !== lastPhase && lastPhase) stream.write('\n');
      lastPhase = phase;
      const width = 30;
      const filled = Math.round(fraction * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      stream.write(
        `\r${bar} ${String(Math.round(fraction * 100)).padStart(3)}%  ${phase} ${done.toLocaleString('en')}/${total.toLocaleString('en')}${suffix}\x1b[K`,
      );
      if (done >= total) {
        stream.write('\n');
        lastPhase = '';
      }
      return;
    }
    const quarter = Math.floor(fraction * 4);
    if (lastQuarter.get(phase) === quarter) return;
    lastQuarter.set(phase, quarter);
    stream.write(
      `${phase}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${Math.round(fraction * 100)}%)${suffix}\n`,
    );
  };
}
