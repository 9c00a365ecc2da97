/** What a spreadsheet cell holds once read: XLSX gives numbers, booleans and dates; CSV only text. */
export type CellValue = string | number | boolean | Date | null;

/** A cell's parsed value, or the message saying what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (message: string): Parsed<never> => ({ ok: false, message });

export function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function text(cell: CellValue): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * A day as "YYYY-MM-DD". Accepts an Excel date cell, an Excel serial number (a date cell
 * formatted as a number), ISO "2024-03-02", and the Vietnamese order "02/03/2024" (day first).
 */
export function parseDay(cell: CellValue, today: string): Parsed<string> {
  let day: string | undefined;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return bad('is not a valid date.');
    day = cell.toISOString().slice(0, 10);
  } else if (typeof cell === 'number') {
    // Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); 20000–80000 is 1954–2119.
    if (!Number.isInteger(cell) || cell < 20_000 || cell > 80_000) {
      return bad(`${cell} is not a date: write it as a date cell, 2024-03-02 or 02/03/2024.`);
    }
    day = new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10);
  } else {
    const value = text(cell);
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
    const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
    const [year, month, date] = iso
      ? [iso[1], iso[2], iso[3]]
      : vietnamese
        ? [vietnamese[3], vietnamese[2], vietnamese[1]]
        : [];
    if (!year || !month || !date) {
      return bad(`“${value}” is not a date: write 2024-03-02, 02/03/2024 (day first) or use a date cell.`);
    }
    day = `${year}-${month.padStart(2, '0')}-${date.padStart(2, '0')}`;
    const check = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== day) {
      return bad(`“${value}” is not a day of the calendar.`);
    }
  }
  if (day > today) return bad(`${day} is in the future (today is ${today}); record an activity once it has happened.`);
  return ok(day);
}

/**
 * An amount in whole đồng, as the string of digits the API takes. A number cell must be a whole
 * number. In text, "4.800.000" (Vietnamese thousands separators), "4,800,000" (English ones),
 * "4 800 000" and a trailing "đ"/"VND" are read as 4800000; a decimal part is refused, since VND
 * has no subunit and "4.800.000,5" or "1,5" is more likely a typo than half a đồng.
 */
export function parseVnd(cell: CellValue): Parsed<string> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || !Number.isInteger(cell)) {
      return bad(`${cell} has a decimal part; VND is a whole number of đồng.`);
    }
    if (cell < 0) return bad(`${cell} is negative; the value is at least 0.`);
    if (!Number.isSafeInteger(cell)) return bad(`${cell} is too large to be exact in a spreadsheet; type it as text.`);
    return ok(String(cell));
  }
  if (typeof cell === 'boolean' || cell instanceof Date) return bad(`${text(cell as CellValue)} is not an amount.`);
  const raw = text(cell);
  const value = raw
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(₫|đ|đồng|vnd|vnđ)$/i, '')
    .trim();
  if (/^-/.test(value)) return bad(`“${raw}” is negative; the value is at least 0.`);
  if (/^\d+$/.test(value)) return ok(value.replace(/^0+(?=\d)/, ''));
  if (/^\d{1,3}(\.\d{3})+$/.test(value)) return ok(value.replaceAll('.', ''));
  if (/^\d{1,3}(,\d{3})+$/.test(value)) return ok(value.replaceAll(',', ''));
  if (/^\d[\d.,]*[.,]\d{1,2}$/.test(value)) {
    return bad(`“${raw}” has a decimal part; VND is a whole number of đồng (4.800.000 or 4800000).`);
  }
  return bad(`“${raw}” is not an amount in VND: write 4800000, 4.800.000 or 4,800,000.`);
}

/** A count of people: a whole number ≥ 0. */
export function parseCount(cell: CellValue): Parsed<number> {
  const value = typeof cell === 'number' ? cell : Number(text(cell).replace(/[.,\s](?=\d{3}\b)/g, ''));
  if (!Number.isSafeInteger(value) || value < 0) return bad(`“${text(cell)}” is not a whole number ≥ 0.`);
  return ok(value);
}
