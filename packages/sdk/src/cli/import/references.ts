import { gql } from '@urql/core';
import { collectAll, type TwinningClient } from '../../index.ts';
import type { Parsed } from './cells.ts';

/** The place, agency and twinning columns name records by code, name or ID; this finds their IDs. */
export interface References {
  /** The unit that carried `code` on `day` (codes are reused after the 2025 reform). */
  placeByCode(code: string, day: string): Parsed<string>;
  /** The one agency called exactly `name`. */
  agencyByName(name: string): Parsed<string>;
  /** `id` when it names an existing record of one of `typenames`. */
  byId(id: string, typenames: readonly string[], what: string): Parsed<string>;
}

export interface ReferenceRequests {
  placeCodes: Set<string>;
  agencyNames: Set<string>;
  ids: Set<string>;
}

export const PLACE_TYPENAMES = ['Province', 'District', 'Commune', 'Village'] as const;

interface CodedPlace {
  id: string;
  fullName: string;
  validFrom?: string | null;
  validTo?: string | null;
}

const NodesDocument = gql<{ nodes: Array<{ __typename: string; id: string } | null> }, { ids: string[] }>(`
  query TwinningCliNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
    }
  }
`);

/** Looks every code, name and ID up once (`onLookup` after each), then answers rows from memory. */
export async function lookUpReferences(
  client: TwinningClient,
  requests: ReferenceRequests,
  onLookup: (done: number, total: number) => void,
): Promise<References> {
  const total = requests.placeCodes.size + requests.agencyNames.size + Math.ceil(requests.ids.size / 100);
  let done = 0;
  const step = () => onLookup(++done, total);

  const placesByCode = new Map<string, CodedPlace[]>();
  for (const code of requests.placeCodes) {
    placesByCode.set(
      code,
      await collectAll((after) => client.findPlaces({ code, includeHistory: true, first: 100, after })),
    );
    step();
  }
  const agenciesByName = new Map<string, Array<{ id: string; name: string }>>();
  for (const name of requests.agencyNames) {
    const found = await collectAll((after) => client.searchAgencies(name, { first: 100, after }), { limit: 500 });
    agenciesByName.set(
      name,
      found.filter((agency) => sameName(agency.name, name)),
    );
    step();
  }
  const typenameById = new Map<string, string>();
  const ids = [...requests.ids].filter((id) => typenameOfId(id) !== undefined);
  for (let start = 0; start < ids.length; start += 100) {
    const { nodes } = await client.request(NodesDocument, { ids: ids.slice(start, start + 100) });
    for (const node of nodes) if (node) typenameById.set(node.id, node.__typename);
    step();
  }

  return {
    placeByCode(code, day) {
      const units = placesByCode.get(code) ?? [];
      if (units.length === 0) return { ok: false, message: `no place has the code ${code}.` };
      const then = units.find(
        (unit) => (!unit.validFrom || unit.validFrom <= day) && (!unit.validTo || unit.validTo >= day),
      );
      if (then) return { ok: true, value: then.id };
      const known = units.map(
        (unit) => `${unit.fullName} (${unit.validFrom ?? 'always'} to ${unit.validTo ?? 'today'})`,
      );
      return { ok: false, message: `no unit carried the code ${code} on ${day}; it belonged to ${known.join(', ')}.` };
    },
    agencyByName(name) {
      const matches = agenciesByName.get(name) ?? [];
      if (matches.length === 1) return { ok: true, value: matches[0]!.id };
      if (matches.length === 0) {
        return { ok: false, message: `no agency is called “${name}”; give its exact name or its ID.` };
      }
      return {
        ok: false,
        message: `${matches.length} agencies are called “${name}”; give the ID of the one meant (${matches.map((agency) => agency.id).join(', ')}).`,
      };
    },
    byId(id, typenames, what) {
      const typename = typenameOfId(id);
      if (!typename) return { ok: false, message: `“${id}” is not an ID of the API.` };
      if (!typenames.includes(typename)) return { ok: false, message: `${id} is a ${typename}'s ID, not a ${what}'s.` };
      if (!typenameById.has(id)) return { ok: false, message: `no ${what} has the ID ${id}.` };
      return { ok: true, value: id };
    },
  };
}

/** The type an API ID names (Relay global IDs are base64 of "Typename:key"), or undefined. */
export function typenameOfId(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length < 8) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return /^([A-Z][A-Za-z]+):\S+$/.exec(decoded)?.[1];
}

function sameName(a: string, b: string): boolean {
  const normal = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  return normal(a) === normal(b);
}
