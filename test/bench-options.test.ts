import { describe, expect, it } from 'vitest';
import { parseBenchOptions, UsageError } from './bench/harness/options.ts';

/**
 * `pnpm bench`'s arguments: each size's defaults, the command a report names (a run narrowed to
 * some reads or rounds must say so next to its numbers), and the usage errors.
 */
describe('bench options', () => {
  it('takes each size’s defaults and names the command as given, with its size', () => {
    const small = parseBenchOptions([], {});
    expect(small).toMatchObject({ size: 'small', rounds: 2, duration: 1, database: 'both', reads: null });
    expect(small.pglite).toEqual({ rounds: 1, concurrencies: [1, 8] });
    expect(small.command).toBe('pnpm bench --size small');

    const national = parseBenchOptions(['--size', 'national'], {});
    expect(national).toMatchObject({ rounds: 2, duration: 5, database: 'postgres', concurrencies: [1, 8, 32] });
    expect(national.command).toBe('pnpm bench --size national');
  });

  it('names every argument of a narrowed run', () => {
    const narrowed = parseBenchOptions(
      ['--size', 'national', '--reads', 'scorecard', '--concurrency', '8', '--rounds', '6'],
      {},
    );
    expect(narrowed).toMatchObject({ reads: ['scorecard'], concurrencies: [8], rounds: 6 });
    expect(narrowed.command).toBe('pnpm bench --size national --reads scorecard --concurrency 8 --rounds 6');
    expect(parseBenchOptions(['--rounds', '3'], {}).command).toBe('pnpm bench --size small --rounds 3');
  });

  it('refuses what it cannot run, saying what it takes', () => {
    expect(() => parseBenchOptions(['--size', 'huge'], {})).toThrow(
      new UsageError('--size must be one of small, province, national (got "huge").'),
    );
    expect(() => parseBenchOptions(['--rounds', '1.5'], {})).toThrow(/--rounds must be a whole number > 0/);
    expect(() => parseBenchOptions(['--size', 'national', '--database', 'pglite'], {})).toThrow(
      /benchmarked at sizes small and province only/,
    );
  });
});
