import type { PlaceKind, PlaceLevel } from '../../generated/prisma/client.ts';
import { foldForSearch } from '../../text/fold.ts';

/** The levels the national catalogue has codes for. */
export type UnitLevel = Exclude<PlaceLevel, 'VILLAGE'>;

/** The words an official name starts with, and the kind each one means at that level. */
const kindWords: Record<UnitLevel, ReadonlyArray<readonly [word: string, kind: PlaceKind]>> = {
  PROVINCE: [
    ['Thành phố', 'MUNICIPALITY'],
    ['Tỉnh', 'PROVINCE'],
  ],
  DISTRICT: [
    ['Quận', 'URBAN_DISTRICT'],
    ['Huyện', 'RURAL_DISTRICT'],
    ['Thị xã', 'DISTRICT_TOWN'],
    ['Thành phố', 'PROVINCIAL_CITY'],
  ],
  COMMUNE: [
    ['Xã', 'COMMUNE'],
    ['Phường', 'WARD'],
    ['Thị trấn', 'TOWNSHIP'],
    ['Đặc khu', 'SPECIAL_ZONE'],
  ],
};

export interface UnitName {
  kind: PlaceKind;
  /** Without the kind word: "Đông Giang". */
  name: string;
  /** With it: "Xã Đông Giang". */
  fullName: string;
  nameFolded: string;
  /** Set when the catalogue's kind column disagrees with the name. */
  note: string | null;
}

/**
 * Splits an official name into kind and short name: "Thị Trấn Ái Tử" → TOWNSHIP, "Ái Tử",
 * "Thị trấn Ái Tử" (the kind word in its usual spelling).
 *
 * The kind word in the name wins over the catalogue's kind column (`listedKind`): the few
 * disagreements look like slips in the column ("Phường 5" of Phú Nhuận is listed as "Xã"), and
 * each one is kept in `note`. The column is used only for a name without a kind word.
 *
 * A name that is only a number keeps its kind word ("Phường 5", "Quận 1"): "5" names nothing.
 *
 * Search: `nameFolded` folds the short name only, so "dong giang" finds Xã Đông Giang and a
 * trigram index serves it. The kind words are not folded in because they would match thousands of
 * units; a search for "xa dong giang" should take the kind word off the query and filter on
 * `kind` instead.
 */
export function unitName(level: UnitLevel, officialName: string, listedKind?: string): UnitName {
  const text = officialName.normalize('NFC').replace(/\s+/g, ' ').trim();
  const words = kindWords[level];
  const lower = text.toLocaleLowerCase('vi');
  const match = words.find(([word]) => lower.startsWith(`${word.toLocaleLowerCase('vi')} `));
  const listedLower = listedKind?.trim().toLocaleLowerCase('vi');
  const listed = listedLower ? words.find(([word]) => word.toLocaleLowerCase('vi') === listedLower) : undefined;
  if (listedKind && !listed) throw new Error(`Unknown ${level.toLowerCase()} kind "${listedKind}" for "${text}"`);
  if (!match) {
    if (!listed) throw new Error(`No kind word in the ${level.toLowerCase()} name "${text}"`);
    return named(listed, text, null);
  }
  const rest = text.slice(match[0].length).trim();
  if (!rest) throw new Error(`The ${level.toLowerCase()} name "${text}" is only a kind word`);
  const note =
    listed && listed[1] !== match[1]
      ? `The catalogue lists it as "${listed[0]}"; the kind here follows the official name.`
      : null;
  return named(match, rest, note);
}

function named([word, kind]: readonly [string, PlaceKind], rest: string, note: string | null): UnitName {
  const fullName = `${word} ${rest}`;
  const name = /^\d+$/.test(rest) ? fullName : rest;
  return { kind, name, fullName, nameFolded: foldForSearch(name), note };
}
