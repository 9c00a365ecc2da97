import { createHash } from 'node:crypto';
import { stableId } from '../stable-id.ts';

/**
 * A seeded pseudo-random stream (sfc32). Each table draws from its own stream, named after it, so
 * changing how one table is generated leaves the rows of every other table as they were.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: string) {
    const digest = createHash('sha256').update(`${seed}\u001f${stream}`).digest();
    this.a = digest.readUInt32LE(0);
    this.b = digest.readUInt32LE(4);
    this.c = digest.readUInt32LE(8);
    this.d = digest.readUInt32LE(12);
    for (let warmUp = 0; warmUp < 12; warmUp += 1) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal around `median`: most values near it, a long tail of large ones (as money is). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}

/** Picks items in proportion to their weights in O(log n), after O(n) preparation. */
export class WeightedPicker<T> {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weight: (item: T, index: number) => number,
  ) {
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    items.forEach((item, index) => {
      sum += weight(item, index);
      this.cumulative[index] = sum;
    });
    if (items.length === 0 || sum <= 0) throw new Error('WeightedPicker needs at least one item with a weight');
    this.total = sum;
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }
}

/**
 * Stable IDs for generated rows: a name-based prefix for the (seed, kind) and the row number in
 * the last 12 hex digits. Same seed, same IDs; hashing once per kind instead of once per row keeps
 * two million activities fast.
 */
export function scaleIdFactory(seed: number, kind: string): (index: number) => string {
  const prefix = stableId('scale', String(seed), kind).slice(0, 24);
  return (index) => `${prefix}${index.toString(16).padStart(12, '0')}`;
}
