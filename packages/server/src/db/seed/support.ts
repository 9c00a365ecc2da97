import type {
  ActivityCategory,
  AgencyKind,
  DatePrecision,
  FigureKind,
  FundingSource,
  PartnerRole,
  PlaceLevel,
  Prisma,
  RecipientKind,
  ValueQualifier,
} from '../../generated/prisma/client.ts';
import { foldForSearch } from '../../text/fold.ts';
import { stableId } from '../stable-id.ts';

/** The seed writes inside one transaction; a plain client works as well. */
export type SeedClient = Prisma.TransactionClient;

/** Administrative units as they stood before 1 Jul 2025 ('legacy') or after the reform ('2025'). */
export type Era = 'legacy' | '2025';

/** The ID the administrative-unit importer gives a unit: stableId('place', era, level, code). */
export function placeId(era: Era, level: PlaceLevel, code: string): string {
  return stableId('place', era, level, code);
}

/** A calendar date (the columns are @db.Date): "2021-11-17" → midnight UTC. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** Fails with the missing codes when the administrative units the stories attach to are absent. */
export async function requirePlaces(db: SeedClient, places: Record<string, string>): Promise<void> {
  const ids = Object.values(places);
  const found = await db.place.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const present = new Set(found.map((place) => place.id));
  const missing = Object.entries(places)
    .filter(([, id]) => !present.has(id))
    .map(([label]) => label);
  if (missing.length > 0) {
    throw new Error(
      `The demo dataset attaches to administrative units that are not in the database: ${missing.join(', ')}. ` +
        'Run the administrative-unit import first (pnpm db:import-admin-units).',
    );
  }
}

export interface AgencyInput {
  kind: AgencyKind;
  name: string;
  nameEn: string;
  abbreviation?: string;
  /** Province code and place ID of the agency's home province. */
  homeProvince: { code: string; id: string };
  note?: string;
}

export async function upsertAgency(db: SeedClient, agency: AgencyInput): Promise<string> {
  const id = stableId('agency', agency.homeProvince.code, agency.name);
  const data = {
    kind: agency.kind,
    name: agency.name,
    nameEn: agency.nameEn,
    abbreviation: agency.abbreviation ?? null,
    nameFolded: foldForSearch(agency.name),
    homeProvinceId: agency.homeProvince.id,
    note: agency.note ?? null,
  };
  await db.agency.upsert({ where: { id }, create: { id, ...data }, update: data });
  return id;
}

export interface DocumentInput {
  number: string;
  kind: Prisma.DocumentUncheckedCreateInput['kind'];
  issuer: string;
  issuerPlaceId?: string;
  issuedOn?: string;
  /** The year when only the year is known; it also keeps yearly-reset numbers apart. */
  year?: number;
  title: string;
  note?: string;
}

export async function upsertDocument(db: SeedClient, document: DocumentInput): Promise<string> {
  const year = document.issuedOn?.slice(0, 4) ?? (document.year === undefined ? '' : String(document.year));
  const id = stableId('document', document.issuer, document.number, year);
  const data = {
    number: document.number,
    numberFolded: foldForSearch(document.number),
    kind: document.kind,
    issuer: document.issuer,
    issuerPlaceId: document.issuerPlaceId ?? null,
    issuedOn: document.issuedOn ? day(document.issuedOn) : null,
    title: document.title,
    note: document.note ?? null,
  };
  await db.document.upsert({ where: { id }, create: { id, ...data }, update: data });
  return id;
}

export interface TwinningInput {
  agencyId: string;
  placeId: string;
  relation: Prisma.TwinningUncheckedCreateInput['relation'];
  documentId?: string;
  campaignId?: string;
  startsOn: string;
  startPrecision: DatePrecision;
  endsOn?: string;
  note: string;
}

export async function upsertTwinning(db: SeedClient, twinning: TwinningInput): Promise<string> {
  const id = stableId('twinning', twinning.agencyId, twinning.placeId, twinning.startsOn);
  const data = {
    agencyId: twinning.agencyId,
    placeId: twinning.placeId,
    relation: twinning.relation,
    documentId: twinning.documentId ?? null,
    campaignId: twinning.campaignId ?? null,
    status: 'ACTIVE' as const,
    startsOn: day(twinning.startsOn),
    startPrecision: twinning.startPrecision,
    endsOn: twinning.endsOn ? day(twinning.endsOn) : null,
    note: twinning.note,
  };
  await db.twinning.upsert({ where: { id }, create: { id, ...data }, update: data });
  return id;
}

export interface ActivityItemInput {
  description: string;
  quantity?: string;
  unit?: string;
  valueVnd?: bigint;
}

export interface ActivityInput {
  /** Distinguishes the activity among its agency's activities in the place. */
  key: string;
  agencyId: string;
  placeId: string;
  twinningId?: string;
  needId?: string;
  category: ActivityCategory;
  title: string;
  description?: string;
  occurredOn: string;
  datePrecision: DatePrecision;
  endedOn?: string;
  valueVnd?: bigint;
  fundingSource?: FundingSource;
  beneficiaryDescription?: string;
  occasion?: string;
  items?: ActivityItemInput[];
  criterionIds?: string[];
  partners?: Array<{ agencyId: string; role: PartnerRole; contributionVnd?: bigint }>;
}

/** An activity with its items, criteria and partners; rows the seed no longer lists are removed. */
export async function upsertActivity(db: SeedClient, activity: ActivityInput): Promise<string> {
  const id = stableId('activity', activity.agencyId, activity.placeId, activity.key);
  const data = {
    agencyId: activity.agencyId,
    placeId: activity.placeId,
    twinningId: activity.twinningId ?? null,
    needId: activity.needId ?? null,
    category: activity.category,
    title: activity.title,
    description: activity.description ?? null,
    occurredOn: day(activity.occurredOn),
    datePrecision: activity.datePrecision,
    endedOn: activity.endedOn ? day(activity.endedOn) : null,
    valueVnd: activity.valueVnd ?? null,
    fundingSource: activity.fundingSource ?? 'AGENCY_OWN',
    beneficiaryDescription: activity.beneficiaryDescription ?? null,
    occasion: activity.occasion ?? null,
  };
  await db.activity.upsert({ where: { id }, create: { id, ...data }, update: data });

  const items = activity.items ?? [];
  const itemIds = items.map((_, position) => stableId('activity-item', id, String(position)));
  await db.activityItem.deleteMany({ where: { activityId: id, id: { notIn: itemIds } } });
  for (const [position, item] of items.entries()) {
    const itemId = itemIds[position]!;
    const itemData = {
      activityId: id,
      description: item.description,
      quantity: item.quantity ?? null,
      unit: item.unit ?? null,
      valueVnd: item.valueVnd ?? null,
      position,
    };
    await db.activityItem.upsert({ where: { id: itemId }, create: { id: itemId, ...itemData }, update: itemData });
  }

  const criterionIds = activity.criterionIds ?? [];
  await db.activityCriterion.deleteMany({ where: { activityId: id, criterionId: { notIn: criterionIds } } });
  for (const criterionId of criterionIds) {
    await db.activityCriterion.upsert({
      where: { activityId_criterionId: { activityId: id, criterionId } },
      create: { activityId: id, criterionId },
      update: {},
    });
  }

  const partners = activity.partners ?? [];
  await db.activityPartner.deleteMany({
    where: { activityId: id, agencyId: { notIn: partners.map((partner) => partner.agencyId) } },
  });
  for (const partner of partners) {
    const partnerData = { role: partner.role, contributionVnd: partner.contributionVnd ?? null };
    await db.activityPartner.upsert({
      where: { activityId_agencyId: { activityId: id, agencyId: partner.agencyId } },
      create: { activityId: id, agencyId: partner.agencyId, ...partnerData },
      update: partnerData,
    });
  }
  return id;
}

export interface NeedInput {
  key: string;
  placeId: string;
  category: ActivityCategory;
  title: string;
  description?: string;
  requestedOn: string;
  datePrecision: DatePrecision;
  criterionId?: string;
  requestedOfId?: string;
  documentId?: string;
}

export async function upsertNeed(db: SeedClient, need: NeedInput): Promise<string> {
  const id = stableId('need', need.placeId, need.key);
  const data = {
    placeId: need.placeId,
    category: need.category,
    title: need.title,
    description: need.description ?? null,
    status: 'OPEN' as const,
    requestedOn: day(need.requestedOn),
    datePrecision: need.datePrecision,
    criterionId: need.criterionId ?? null,
    requestedOfId: need.requestedOfId ?? null,
    documentId: need.documentId ?? null,
  };
  await db.need.upsert({ where: { id }, create: { id, ...data }, update: data });
  return id;
}

export interface CampaignInput {
  kind: Prisma.CampaignUncheckedCreateInput['kind'];
  name: string;
  nameVi: string;
  placeId: string;
  documentId?: string;
  startsOn: string;
  endsOn?: string;
  note?: string;
}

export function campaignId(placeId: string, nameVi: string): string {
  return stableId('campaign', placeId, nameVi);
}

export async function upsertCampaign(db: SeedClient, campaign: CampaignInput): Promise<string> {
  const id = campaignId(campaign.placeId, campaign.nameVi);
  const data = {
    kind: campaign.kind,
    name: campaign.name,
    nameVi: campaign.nameVi,
    placeId: campaign.placeId,
    documentId: campaign.documentId ?? null,
    startsOn: day(campaign.startsOn),
    endsOn: campaign.endsOn ? day(campaign.endsOn) : null,
    note: campaign.note ?? null,
  };
  await db.campaign.upsert({ where: { id }, create: { id, ...data }, update: data });
  return id;
}

/** The report a group of figures comes from; every figure of a story shares it. */
export interface FigureSource {
  source: string;
  reportedOn?: string;
  campaignId?: string;
  documentId?: string;
}

export interface FigureInput {
  placeId: string;
  metric: string;
  label: string;
  labelVi?: string;
  kind?: FigureKind;
  value?: string;
  amountVnd?: bigint;
  unit: string;
  qualifier?: ValueQualifier;
  scope?: string;
  year?: number;
  periodStart?: string;
  periodEnd?: string;
}

export async function upsertFigure(db: SeedClient, from: FigureSource, figure: FigureInput): Promise<string> {
  const kind = figure.kind ?? 'ACTUAL';
  const when =
    figure.year === undefined ? `${figure.periodStart ?? ''}..${figure.periodEnd ?? ''}` : String(figure.year);
  const id = stableId('reported-figure', figure.placeId, figure.metric, kind, figure.scope ?? '', when);
  const data = {
    placeId: figure.placeId,
    metric: figure.metric,
    label: figure.label,
    labelVi: figure.labelVi ?? null,
    kind,
    value: figure.value ?? null,
    amountVnd: figure.amountVnd ?? null,
    unit: figure.unit,
    qualifier: figure.qualifier ?? 'EXACT',
    scope: figure.scope ?? null,
    periodStart: figure.periodStart ? day(figure.periodStart) : null,
    periodEnd: figure.periodEnd ? day(figure.periodEnd) : null,
    year: figure.year ?? null,
    campaignId: from.campaignId ?? null,
    documentId: from.documentId ?? null,
    source: from.source,
    reportedOn: from.reportedOn ? day(from.reportedOn) : null,
  };
  await db.reportedFigure.upsert({ where: { id }, create: { id, ...data }, update: data });
  return id;
}

export interface CommendationInput {
  key: string;
  placeId: string;
  recipientKind: RecipientKind;
  recipientCount: number;
  awardedBy: string;
  presentedBy?: string;
  awardedOn?: string;
  campaignId?: string;
  documentId?: string;
  occasion: string;
}

export async function upsertCommendation(db: SeedClient, commendation: CommendationInput): Promise<string> {
  const id = stableId('commendation', commendation.placeId, commendation.key);
  const data = {
    placeId: commendation.placeId,
    recipientKind: commendation.recipientKind,
    recipientCount: commendation.recipientCount,
    awardedBy: commendation.awardedBy,
    presentedBy: commendation.presentedBy ?? null,
    awardedOn: commendation.awardedOn ? day(commendation.awardedOn) : null,
    campaignId: commendation.campaignId ?? null,
    documentId: commendation.documentId ?? null,
    occasion: commendation.occasion,
  };
  await db.commendation.upsert({ where: { id }, create: { id, ...data }, update: data });
  return id;
}

export interface IndicatorObservationInput {
  placeId: string;
  indicatorCode: string;
  year: number;
  value: string;
  qualifier?: ValueQualifier;
  source: string;
}

export async function upsertIndicatorObservation(
  db: SeedClient,
  observation: IndicatorObservationInput,
): Promise<string> {
  const id = stableId(
    'indicator-observation',
    observation.placeId,
    observation.indicatorCode,
    String(observation.year),
  );
  const data = {
    placeId: observation.placeId,
    indicatorId: stableId('indicator', observation.indicatorCode),
    year: observation.year,
    value: observation.value,
    qualifier: observation.qualifier ?? 'EXACT',
    source: observation.source,
  };
  await db.indicatorObservation.upsert({ where: { id }, create: { id, ...data }, update: data });
  return id;
}
