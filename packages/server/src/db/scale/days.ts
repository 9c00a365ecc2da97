import { stableId } from '../stable-id.ts';
import { NTM_2016_SET } from './scope.ts';

/** Dates as day numbers since 1970, formatted once each. */
const DAY_MS = 86_400_000;
export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoCache = new Map<number, string>();
export function iso(day: number): string {
  let text = isoCache.get(day);
  if (!text) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, text);
  }
  return text;
}
export const timestamp = (day: number): string => `${iso(day)} 09:00:00`;
export const today = (): number => Math.floor(Date.now() / DAY_MS);
export const yearOf = (day: number): number => Number(iso(day).slice(0, 4));

/** Criterion `number` of the 2016–2020 set, with the ID scheme the seed uses for criteria. */
export const criterionId2016 = (number: number): string => stableId('criterion', NTM_2016_SET, String(number));
