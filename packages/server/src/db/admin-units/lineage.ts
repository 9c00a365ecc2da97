import type { LineageKind } from '../../generated/prisma/client.ts';
import { stableId } from '../stable-id.ts';
import type { AdminUnitCatalogue } from './catalogue.ts';
import { adminUnitId, type Era, type PlaceRow, reformDate } from './places.ts';
import { sameName } from './spelling.ts';

/** The columns of "PlaceLineage" the import owns (`share` and `documentId` are left to other data). */
export interface LineageRow {
  id: string;
  predecessorId: string;
  successorId: string;
  kind: LineageKind;
  effectiveOn: string;
  isDefaultSuccessor: boolean;
  note: string | null;
}

export interface ReformLineage {
  edges: LineageRow[];
  /** Legacy provinces and communes the conversion table gives no successor. */
  withoutSuccessor: PlaceRow[];
  /** 2025 provinces and communes the conversion table gives no predecessor. */
  withoutPredecessor: PlaceRow[];
}

interface Link {
  predecessor: PlaceRow;
  successor: PlaceRow;
  note: string | null;
}

const islandDistrictNote =
  'The district had no communes in the legacy catalogue; the conversion table maps the district itself to this unit.';

/**
 * The 1 Jul 2025 edges from the conversion table: each legacy commune to its 2025 commune(s), and
 * each legacy province to the 2025 province its communes went to. Legacy districts get no edges,
 * the level was abolished, except the island districts without communes, which the table maps
 * straight to the special zone that replaced them.
 */
export function reformLineage(catalogue: AdminUnitCatalogue, places: ReadonlyMap<string, PlaceRow>): ReformLineage {
  const found = new Map<string, PlaceRow>();
  const place = (era: Era, level: PlaceRow['level'], code: string): PlaceRow => {
    const key = `${era} ${level} ${code}`;
    let row = found.get(key);
    if (!row) {
      row = places.get(adminUnitId(era, level, code));
      if (!row) {
        throw new Error(
          `The conversion table names ${era} ${level.toLowerCase()} ${code}, which is not in the catalogue`,
        );
      }
      found.set(key, row);
    }
    return row;
  };
  const communeLinks: Link[] = [];
  const provinceLinks: Link[] = [];
  for (const conversion of catalogue.conversions) {
    const successor = place('2025', 'COMMUNE', conversion.newCommuneCode);
    communeLinks.push(
      conversion.legacyCommuneCode === null
        ? {
            predecessor: place('legacy', 'DISTRICT', conversion.legacyDistrictCode),
            successor,
            note: islandDistrictNote,
          }
        : { predecessor: place('legacy', 'COMMUNE', conversion.legacyCommuneCode), successor, note: null },
    );
    provinceLinks.push({
      predecessor: place('legacy', 'PROVINCE', conversion.legacyProvinceCode),
      successor: place('2025', 'PROVINCE', conversion.newProvinceCode),
      note: null,
    });
  }
  const edges = [...classify(provinceLinks), ...classify(communeLinks)];

  const predecessors = new Set(edges.map((edge) => edge.predecessorId));
  const successors = new Set(edges.map((edge) => edge.successorId));
  const withoutSuccessor: PlaceRow[] = [];
  const withoutPredecessor: PlaceRow[] = [];
  for (const row of places.values()) {
    if (row.level === 'DISTRICT') continue;
    if (row.validTo !== null && !predecessors.has(row.id)) withoutSuccessor.push(row);
    if (row.validFrom !== null && !successors.has(row.id)) withoutPredecessor.push(row);
  }
  return { edges, withoutSuccessor, withoutPredecessor };
}

/**
 * Edge kinds, seen from the predecessor first: SPLIT when it went to several successors; else
 * MERGE when its successor has several predecessors; else the unit continues 1:1 — RENAME if the
 * name changed (beyond spelling conventions, see sameName), RECLASSIFY if only its parent or kind
 * did.
 */
function classify(links: Link[]): LineageRow[] {
  const successorsOf = new Map<string, Link[]>();
  const predecessorsOf = new Map<string, Set<string>>();
  for (const link of links) {
    const successors = successorsOf.get(link.predecessor.id) ?? [];
    if (successors.some((known) => known.successor.id === link.successor.id)) continue;
    successors.push(link);
    successorsOf.set(link.predecessor.id, successors);
    const predecessors = predecessorsOf.get(link.successor.id) ?? new Set();
    predecessors.add(link.predecessor.id);
    predecessorsOf.set(link.successor.id, predecessors);
  }
  const edges: LineageRow[] = [];
  for (const successors of successorsOf.values()) {
    const split = successors.length > 1;
    const heir = defaultSuccessor(successors);
    for (const link of successors) {
      const { predecessor, successor } = link;
      let kind: LineageKind;
      if (split) kind = 'SPLIT';
      else if ((predecessorsOf.get(successor.id)?.size ?? 0) > 1) kind = 'MERGE';
      else kind = sameName(predecessor.name, successor.name) ? 'RECLASSIFY' : 'RENAME';
      edges.push({
        id: stableId('place-lineage', predecessor.id, successor.id, reformDate),
        predecessorId: predecessor.id,
        successorId: successor.id,
        kind,
        effectiveOn: reformDate,
        isDefaultSuccessor: link === heir,
        note: link.note,
      });
    }
  }
  return edges;
}

/**
 * The part of a split unit that inherits its history by default: the successor with the same code
 * (a merged unit keeps the code of the unit where its committee sits, so a kept code marks the
 * seat), else the one with the same name, else the first the conversion table lists. The shares
 * are not known, so size cannot decide.
 */
function defaultSuccessor(successors: Link[]): Link {
  const [first] = successors;
  if (!first) throw new Error('a unit without successors has no default successor');
  return (
    successors.find((link) => link.successor.code === link.predecessor.code) ??
    successors.find((link) => sameName(link.successor.name, link.predecessor.name)) ??
    first
  );
}
