import { variantOfLevel } from '../events/global-ids.ts';
import { builder } from './builder.ts';

/**
 * Every node and object type, declared once without its fields. Each concept's `type.ts` adds the
 * fields (`builder.prismaObjectFields`), so any file can refer to any type without importing
 * another concept's module — no import cycles, and no workaround for them.
 */

// ── Places: the Place interface and its four levels (fields in domain/place/type.ts)

// Every Place type reads these: the ID, the level that picks the type, and the name and code
// almost every query asks for. Fields on these columns resolve straight from the row: a column
// selected on demand (`t.expose…`) costs a selection lookup per row, which on a page of 400
// communes costs more than reading two short columns.
const placeSelection = { id: true, level: true, name: true, code: true } as const;

/**
 * A province, district, commune (ward, township, special zone) or village, valid over a date
 * interval. Codes are reused after mergers, so a unit is identified by its ID; `place(code, asOf)`
 * resolves a code as it stood on a date.
 */
export const PlaceRef = builder.prismaInterface('Place', {
  name: 'Place',
  description:
    'An administrative unit — province (tỉnh), district (huyện), commune (xã, phường, thị trấn) or village (thôn, bản, buôn) — valid from `validFrom` to `validTo`.',
  interfaces: [builder.nodeInterfaceRef()],
  // Select mode: a statement reads the columns the query's fields ask for, not all 23; fields
  // computed from other columns declare their own `select`.
  select: placeSelection,
  resolveType: (place) => variantOfLevel[place.level],
  fields: () => ({}),
});

export const ProvinceRef = builder.prismaNode('Place', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  variant: 'Province',
  description: 'A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương).',
  interfaces: [PlaceRef],
  id: { field: 'id' },
  select: placeSelection,
  findUnique: (id) => ({ id, level: 'PROVINCE' }),
});

export const DistrictRef = builder.prismaNode('Place', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  variant: 'District',
  description: 'A district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh); abolished on 1 July 2025.',
  interfaces: [PlaceRef],
  id: { field: 'id' },
  select: placeSelection,
  findUnique: (id) => ({ id, level: 'DISTRICT' }),
});

export const CommuneRef = builder.prismaNode('Place', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  variant: 'Commune',
  description: 'A commune-level unit: commune (xã), ward (phường), township (thị trấn) or special zone (đặc khu).',
  interfaces: [PlaceRef],
  id: { field: 'id' },
  select: placeSelection,
  findUnique: (id) => ({ id, level: 'COMMUNE' }),
});

export const VillageRef = builder.prismaNode('Place', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  variant: 'Village',
  description: 'A village or hamlet (thôn, bản, buôn, làng, ấp); villages have no national code.',
  interfaces: [PlaceRef],
  id: { field: 'id' },
  select: placeSelection,
  findUnique: (id) => ({ id, level: 'VILLAGE' }),
});

/**
 * The node types a `placeId` argument accepts: a place's global ID names its level.
 */
export const placeTypes = [ProvinceRef, DistrictRef, CommuneRef, VillageRef];

// ── Reference data: places, agencies, documents, OCOP, commendations, campaigns,
//    funding, published figures, access

export const CampaignRef = builder.prismaNode('Campaign', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'A programme or emulation movement (phong trào thi đua), e.g. "For the poor – no one left behind" 2021–2025, or Đắk Lắk’s twinning with ethnic-minority villages.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: () => ({}),
});

export const AgencyRef = builder.prismaNode('Agency', {
  // Select mode: the ID and the name every list shows, then only the columns the query asks for
  // (domain/agency/type.ts resolves `name` from the row without a per-row selection lookup).
  select: { id: true, name: true },
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'An agency (cơ quan, đơn vị), organisation, enterprise, residential community or household that twins with or helps places.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: () => ({}),
});

export const DocumentRef = builder.prismaNode('Document', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'A legal or administrative document — a decision (quyết định), a Party Committee document (công văn), a plan, a report — that assignments, criteria and recognitions rest on.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: () => ({}),
});

// ── Support: twinnings, activities, needs, indicators, assessments, recognitions

export const TwinningRef = builder.prismaNode('Twinning', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'An agency assigned to twin with (kết nghĩa), help (giúp đỡ) or sponsor (đỡ đầu) a place, on a document, for a period.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: () => ({}),
});

export const NeedRef = builder.prismaNode('Need', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'Something a place asked agencies to provide: a village road, a cultural house, school buildings, medical check-ups.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: () => ({}),
});

export const ActivityRef = builder.prismaNode('Activity', {
  // Select mode: the ID and the short columns every list shows, then only the columns the query
  // asks for (domain/activity/type.ts resolves these from the row without a per-row lookup).
  select: { id: true, category: true, title: true, occurredOn: true, valueVnd: true },
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'Something an agency did for a place: a cash or in-kind gift, a work, equipment, a training, a visit, a festival.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: () => ({}),
});

// ── Criteria, the change feed, webhooks and analytics

export const CriteriaSetRef = builder.prismaNode('CriteriaSet', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'A versioned set of criteria with its legal basis and validity, e.g. the 2021–2025 commune New Rural Development (nông thôn mới) set of Decision 318/QĐ-TTg.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: () => ({}),
});

export const CriterionRef = builder.prismaNode('Criterion', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description: 'One numbered criterion of a set (tiêu chí), e.g. 4 — Electricity (Điện).',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: () => ({}),
});

export const RecognitionRef = builder.prismaNode('Recognition', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'An official declaration that a place meets a level, e.g. Lộc Hà district recognised by the Prime Minister as meeting New Rural Development (đạt chuẩn nông thôn mới); it can be revoked.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: () => ({}),
});

export const ReportedFigureRef = builder.prismaNode('ReportedFigure', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'A number published in a report when the rows behind it are not available, e.g. "1,780 agencies twinned with 556 villages" in Đắk Lắk — stored as the aggregate it is.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: () => ({}),
});

export const IndicatorObservationRef = builder.prismaNode('IndicatorObservation', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'The value of an indicator for a place in a year, e.g. Ninh Thuận’s poverty rate at the end of 2023: 4.21%.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: () => ({}),
});
