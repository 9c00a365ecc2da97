/** Numbers, money and dates as Vietnamese readers write them (vi-VN: 16.800.000 ₫, 4,21%, 31/12/2023). */

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * Money arrives as a string of digits: sums pass 2^53, so it is added and printed as a BigInt and
 * never goes through a JavaScript number.
 */
export function vnd(amount: string | bigint | null | undefined): bigint {
  if (amount === null || amount === undefined || amount === '') return 0n;
  return typeof amount === 'bigint' ? amount : BigInt(amount);
}

export function sumVnd(amounts: Iterable<string | bigint | null | undefined>): bigint {
  let total = 0n;
  for (const amount of amounts) total += vnd(amount);
  return total;
}

export function maxVnd(amounts: Iterable<string | bigint | null | undefined>): bigint {
  let largest = 0n;
  for (const amount of amounts) if (vnd(amount) > largest) largest = vnd(amount);
  return largest;
}

/** 16800000 → "16.800.000 ₫" (Intl formats a BigInt exactly). */
export function formatVnd(amount: string | bigint | null | undefined): string {
  return `${integer.format(vnd(amount))} ₫`;
}

const units: Array<[bigint, string]> = [
  [1_000_000_000n, 'tỷ'],
  [1_000_000n, 'triệu'],
];

/** 16800000 → "16,8 triệu ₫", 95539000000 → "95,54 tỷ ₫": for cards and chart axes. */
export function formatVndShort(amount: string | bigint | null | undefined): string {
  const value = vnd(amount);
  for (const [size, unit] of units) {
    // Hundredths of the unit, in BigInt, then a small number that Number holds exactly.
    if (value >= size) return `${decimal.format(Number((value * 100n) / size) / 100)} ${unit} ₫`;
  }
  return formatVnd(value);
}

/** A value for a chart's bar height, in millions of VND: plotting only, never shown as a figure. */
export function millionsForChart(amount: string | bigint | null | undefined): number {
  return Number(vnd(amount) / 1000n) / 1000;
}

export function formatCount(count: number | null | undefined): string {
  return count === null || count === undefined ? '—' : integer.format(count);
}

export function formatDecimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : decimal.format(value);
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${decimal.format(value)}%`;
}

/** "2023-12-31" → "31/12/2023". */
export function formatDate(date: string | null | undefined): string {
  return date ? dateFormat.format(new Date(`${date.slice(0, 10)}T00:00:00Z`)) : '—';
}

/** A date as precisely as it is known: "2016" (year), "08/2016" (month) or "31/08/2016". */
export function formatDateAt(date: string, precision: 'DAY' | 'MONTH' | 'YEAR'): string {
  if (precision === 'YEAR') return date.slice(0, 4);
  if (precision === 'MONTH') return `${date.slice(5, 7)}/${date.slice(0, 4)}`;
  return formatDate(date);
}
