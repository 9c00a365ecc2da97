import { foldForSearch } from '../../text/fold.ts';
import { withRollupsRecomputedAfter } from '../rollups.ts';
import { stableId } from '../stable-id.ts';
import type { Column, ScaleConnection, TextRow } from './connection.ts';
import { criterionId2016, dayOf, iso, timestamp, today, yearOf } from './days.ts';
import { writeMeasures } from './measures.ts';
import {
  type CategoryShape,
  categoryShapes,
  enterpriseForms,
  enterpriseNames,
  enterpriseTrades,
  familyNames,
  givenNames,
  middleNames,
  needShapes,
  provincialBodies,
  villageEndings,
  villageSyllables,
} from './names.ts';
import { Random, scaleIdFactory, WeightedPicker } from './random.ts';
import {
  type CommuneUnit,
  NTM_2016_SET,
  readMarker,
  readScope,
  SCALE_GENERATOR_VERSION,
  SCALE_MARKER_ID,
  ScaleDataError,
  type ScaleScope,
} from './scope.ts';
import type { ScaleSize } from './sizes.ts';
import { type ScaleProgress, type ScaleTableSummary, TableWriter } from './table-writer.ts';

export { ScaleDataError };

export interface GenerateScaleOptions {
  size: ScaleSize;
  seed: number;
  onProgress?: (event: ScaleProgress) => void;
}

export interface ScaleSummary {
  size: string;
  seed: number;
  /** True when the database already held exactly this size and seed: nothing was written. */
  alreadyGenerated: boolean;
  tables: ScaleTableSummary[];
  millis: number;
}

/** Tables the generator writes, for ANALYZE after the load (the triggers fill `derivedTables`). */
export const scaleTables = [
  'Place',
  'Agency',
  'Document',
  'CriteriaSet',
  'Criterion',
  'Twinning',
  'Need',
  'Activity',
  'ActivityItem',
  'ActivityPartner',
  'ActivityCriterion',
  'CriterionAssessment',
  'Recognition',
  'IndicatorObservation',
] as const;

/**
 * Deterministic synthetic data at scale on top of the real administrative units: villages,
 * agencies of the kinds provinces assign, twinnings resting on dated decisions, activities that
 * follow the twinnings (an agency supports the places it is twinned with), needs, and years of
 * criterion assessments, recognitions and indicator observations. Same size and seed → same rows
 * and IDs. Run it inside one transaction: a database holds all of it or none.
 */
export async function generateScaleData(
  connection: ScaleConnection,
  options: GenerateScaleOptions,
): Promise<ScaleSummary> {
  const started = performance.now();
  const { size, seed } = options;
  const marker = await readMarker(connection);
  if (marker) {
    if (marker.size === size.name && marker.seed === seed && marker.version === SCALE_GENERATOR_VERSION) {
      return { size: size.name, seed, alreadyGenerated: true, tables: [], millis: 0 };
    }
    if (marker.version !== SCALE_GENERATOR_VERSION) {
      throw new ScaleDataError(
        `This database holds data from version ${marker.version} of the scale generator, which writes different rows than this version (${SCALE_GENERATOR_VERSION}). ` +
          'Generate into a fresh database (createdb, then DATABASE_URL=…) or empty this one with `pnpm db:reset --yes` first.',
      );
    }
    throw new ScaleDataError(
      `This database already holds generated data of size ${marker.size} with seed ${marker.seed}; sizes do not stack. ` +
        'Generate into a fresh database (createdb, then DATABASE_URL=…) or empty this one with `pnpm db:reset --yes` first.',
    );
  }
  const scope = await readScope(connection, size);
  const writer = new TableWriter(connection, options.onProgress ?? (() => {}));
  const generator = new ScaleGenerator(scope, size, seed, writer);
  await generator.run();
  await connection.load('Document', markerColumns, [
    [
      SCALE_MARKER_ID,
      'SCALE-DATA',
      'scale-data',
      'OTHER',
      'pnpm db:generate-scale',
      `Generated scale data: ${size.name} (seed ${seed})`,
      JSON.stringify({
        size: size.name,
        seed,
        version: SCALE_GENERATOR_VERSION,
        generatedAt: new Date().toISOString(),
        generationSeconds: Math.round((performance.now() - started) / 100) / 10,
        rows: Object.fromEntries(writer.counts()),
      }),
      timestamp(today()),
    ],
  ]);
  return {
    size: size.name,
    seed,
    alreadyGenerated: false,
    tables: writer.summaries(),
    millis: Math.round(performance.now() - started),
  };
}

const markerColumns: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'number', type: 'text' },
  { name: 'numberFolded', type: 'text' },
  { name: 'kind', type: '"DocumentKind"' },
  { name: 'issuer', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'note', type: 'text' },
  { name: 'updatedAt', type: 'timestamp' },
];

const FIRST_DAY = dayOf('2016-01-01');
const LAST_LEGACY_DAY = dayOf('2025-06-30');
const LAST_DAY = dayOf('2025-12-31');
/** Records are entered after the fact, never in the future of the data. */
const LAST_RECORDED_DAY = dayOf('2026-01-31');

// ─── The generator ────────────────────────────────────────────────────────────────────────────

interface Village {
  id: string;
  provinceIndex: number;
  disadvantaged: boolean;
}

interface GeneratedAgency {
  id: string;
  provinceIndex: number;
  kind: string;
}

type Scheme = 'help2016' | 'help2021' | 'party' | 'help2025';

interface GeneratedTwinning {
  id: string;
  agency: GeneratedAgency;
  placeId: string;
  firstDay: number;
  lastDay: number;
}

const PROVINCE_NORTHERN_MOUNTAINS = new Set(['02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '19', '20']);

class ScaleGenerator {
  private readonly communesByProvince: CommuneUnit[][];
  private readonly disadvantagedCommunes = new Set<string>();
  private villages: Village[] = [];
  private agencies: GeneratedAgency[] = [];
  private twinnings: GeneratedTwinning[] = [];
  private readonly documents = new Map<string, string>();

  constructor(
    private readonly scope: ScaleScope,
    private readonly size: ScaleSize,
    private readonly seed: number,
    private readonly writer: TableWriter,
  ) {
    const provinceIndex = new Map(scope.provinces.map((province, index) => [province.code, index]));
    this.communesByProvince = scope.provinces.map(() => []);
    for (const commune of scope.communes)
      this.communesByProvince[provinceIndex.get(commune.provinceCode)!]!.push(commune);
    const random = this.random('communes');
    // About a third of communes are extremely disadvantaged; they get more villages, twinnings and support.
    for (const commune of scope.communes) if (random.chance(0.35)) this.disadvantagedCommunes.add(commune.id);
  }

  private random(stream: string): Random {
    return new Random(this.seed, stream);
  }

  async run(): Promise<void> {
    await this.writeCriteria2016();
    await this.writeVillages();
    await this.writeAgencies();
    await this.writeDocuments();
    await this.writeTwinnings();
    const rebuildIndexes = await this.writer.deferIndexes(bulkTables);
    await this.writeNeeds();
    await withRollupsRecomputedAfter(
      (sql) => this.writer.execute('(rollups)', sql),
      () => this.writeActivities(),
      (phase) => this.writer.progress({ phase: 'rollups', done: phase === 'loaded' ? 0 : 1, total: 1 }),
    );
    await writeMeasures(this.writer, {
      scope: this.scope,
      seed: this.seed,
      years: this.size.measuredYears,
      disadvantaged: (communeId) => this.disadvantagedCommunes.has(communeId),
    });
    await rebuildIndexes();
  }

  /** The 2016–2020 commune NTM set (Decision 1980/QĐ-TTg), so ten years of assessments have criteria. */
  private async writeCriteria2016(): Promise<void> {
    if (this.scope.has2016Set) return;
    const setId = stableId('criteria-set', NTM_2016_SET);
    const issuer = 'Thủ tướng Chính phủ';
    const documentId = stableId('document', issuer, '1980/QĐ-TTg', '2016');
    await this.writer.write('Document', documentColumns, [
      [
        documentId,
        '1980/QĐ-TTg',
        foldForSearch('1980/QĐ-TTg'),
        'DECISION',
        issuer,
        null,
        '2016-10-17',
        'Ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020',
        null,
        timestamp(dayOf('2016-10-17')),
      ],
    ]);
    await this.writer.write(
      'CriteriaSet',
      [
        { name: 'id', type: 'uuid' },
        { name: 'code', type: 'text' },
        { name: 'name', type: 'text' },
        { name: 'nameVi', type: 'text' },
        { name: 'programme', type: '"CriteriaProgramme"' },
        { name: 'appliesTo', type: '"PlaceLevel"' },
        { name: 'levels', type: '"AttainmentLevel"[]' },
        { name: 'legalBasisId', type: 'uuid' },
        { name: 'validFrom', type: 'date' },
        { name: 'validTo', type: 'date' },
        { name: 'note', type: 'text' },
        { name: 'updatedAt', type: 'timestamp' },
      ],
      [
        [
          setId,
          NTM_2016_SET,
          'National criteria for New Rural Development communes, 2016–2020',
          'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020',
          'NEW_RURAL_DEVELOPMENT',
          'COMMUNE',
          '{STANDARD}',
          documentId,
          '2016-01-01',
          '2020-12-31',
          'Loaded by the scale generator (pnpm db:generate-scale) so that assessments before 2021 have criteria.',
          timestamp(dayOf('2016-10-17')),
        ],
      ],
    );
    const criteria = this.scope.criteria2021Rows;
    await this.writer.write(
      'Criterion',
      [
        { name: 'id', type: 'uuid' },
        { name: 'setId', type: 'uuid' },
        { name: 'number', type: 'int' },
        { name: 'name', type: 'text' },
        { name: 'nameVi', type: 'text' },
        { name: 'groupNumber', type: 'int' },
        { name: 'groupName', type: 'text' },
        { name: 'groupNameVi', type: 'text' },
      ],
      criteria.map((criterion) => [
        criterionId2016(criterion.number),
        setId,
        String(criterion.number),
        criterion.name,
        criterion.nameVi,
        String(criterion.groupNumber),
        criterion.groupName,
        criterion.groupNameVi,
      ]),
    );
  }

  private async writeVillages(): Promise<void> {
    const random = this.random('villages');
    const communes = this.scope.communes;
    const picker = new WeightedPicker(communes, (commune) => (this.disadvantagedCommunes.has(commune.id) ? 2.5 : 1));
    const perCommune = new Map<string, number>();
    for (let index = 0; index < this.size.villages; index += 1) {
      const commune = picker.pick(random);
      perCommune.set(commune.id, (perCommune.get(commune.id) ?? 0) + 1);
    }
    const id = scaleIdFactory(this.seed, 'village');
    const provinceIndex = new Map(this.scope.provinces.map((province, index) => [province.code, index]));
    const rows: TextRow[] = [];
    const created = timestamp(dayOf('2024-01-01'));
    for (const commune of communes) {
      const count = perCommune.get(commune.id) ?? 0;
      const localKind = villageWord(commune.provinceCode, random);
      const names = new Set<string>();
      for (let number = 1; number <= count; number += 1) {
        let name = namedVillages.has(localKind)
          ? `${capitalise(localKind)} ${random.pick(villageSyllables)} ${random.pick(villageEndings)}`
          : `${capitalise(localKind)} ${number}`;
        if (names.has(name)) name = `${name} ${number}`;
        names.add(name);
        const disadvantaged = this.disadvantagedCommunes.has(commune.id) ? random.chance(0.7) : random.chance(0.1);
        const village: Village = {
          id: id(this.villages.length),
          provinceIndex: provinceIndex.get(commune.provinceCode)!,
          disadvantaged,
        };
        this.villages.push(village);
        rows.push([
          village.id,
          'VILLAGE',
          'VILLAGE',
          name,
          name,
          foldForSearch(name),
          localKind,
          commune.id,
          disadvantaged ? 'true' : 'false',
          disadvantaged ? 'REGION_III' : null,
          created,
        ]);
      }
    }
    this.villagesByProvince = this.scope.provinces.map(() => []);
    for (const village of this.villages) this.villagesByProvince[village.provinceIndex]!.push(village);
    await this.writeInChunks('villages', 'Place', villageColumns, rows);
  }

  private villagesByProvince: Village[][] = [];

  private async writeAgencies(): Promise<void> {
    const random = this.random('agencies');
    const totalCommunes = this.scope.communes.length;
    const id = scaleIdFactory(this.seed, 'agency');
    const rows: TextRow[] = [];
    let remaining = this.size.agencies;
    const created = timestamp(dayOf('2015-06-01'));
    this.scope.provinces.forEach((province, provinceIndex) => {
      const isLast = provinceIndex === this.scope.provinces.length - 1;
      const share = Math.round((this.size.agencies * this.communesByProvince[provinceIndex]!.length) / totalCommunes);
      const count = isLast ? remaining : Math.min(remaining, share);
      remaining -= count;
      const names = new Set<string>();
      const add = (kind: string, name: string, nameEn: string | null) => {
        // The demo dataset's real agencies stand in for the generated body of the same name.
        if (this.scope.existingAgencyNames.has(name)) return;
        let unique = name;
        for (let suffix = 2; names.has(unique); suffix += 1) unique = `${name} (${suffix})`;
        names.add(unique);
        const agency: GeneratedAgency = { id: id(this.agencies.length), provinceIndex, kind };
        this.agencies.push(agency);
        rows.push([agency.id, kind, unique, nameEn, foldForSearch(unique), province.id, created]);
      };
      const districts = this.scope.districtsByProvince.get(province.id) ?? [];
      const communes = this.communesByProvince[provinceIndex]!;
      for (let index = 0; index < count; index += 1) {
        const body = provincialBodies[index];
        const district = districts[index - provincialBodies.length];
        if (body) {
          const [vi, en, kind] = body;
          // "Sở Công Thương tỉnh Đắk Lắk", but "Tỉnh đoàn Đắk Lắk", "Báo Đắk Lắk", "Cục Thuế tỉnh Đắk Lắk".
          const bare =
            /^(Sở|Cục Quản lý|Thanh tra|Ban Dân|Văn phòng|Kho bạc|Bảo hiểm|Ủy ban Mặt|Hội|Liên đoàn)/.test(vi) &&
            !vi.endsWith('tỉnh');
          add(kind, bare ? `${vi} tỉnh ${province.name}` : `${vi} ${province.name}`, en);
        } else if (district) {
          const fullName = district.fullName;
          add(
            'PEOPLES_COMMITTEE',
            `Ủy ban nhân dân ${fullName.charAt(0).toLowerCase()}${fullName.slice(1)}`,
            "District People's Committee",
          );
        } else {
          const draw = random.next();
          if (draw < 0.45) {
            add(
              'ENTERPRISE',
              `${random.pick(enterpriseForms)} ${random.pick(enterpriseTrades)} ${random.pick(enterpriseNames)} ${province.name}`,
              null,
            );
          } else if (draw < 0.7) {
            const commune = random.pick(communes);
            add(
              'RESIDENTIAL_COMMUNITY',
              `Khu dân cư số ${random.int(1, 12)}, ${commune.fullName}`,
              'Residential community',
            );
          } else if (draw < 0.9) {
            const title = random.chance(0.5) ? 'ông' : 'bà';
            add(
              'HOUSEHOLD',
              `Hộ ${title} ${random.pick(familyNames)} ${random.pick(middleNames)} ${random.pick(givenNames)}, ${random.pick(communes).fullName}`,
              'Household',
            );
          } else {
            add('OTHER', `Câu lạc bộ thiện nguyện ${random.pick(enterpriseNames)} ${province.name}`, 'Charity club');
          }
        }
      }
    });
    await this.writeInChunks('agencies', 'Agency', agencyColumns, rows);
  }

  private documentKey(provinceCode: string, scheme: Scheme): string {
    return `${provinceCode} ${scheme}`;
  }

  private async writeDocuments(): Promise<void> {
    const random = this.random('documents');
    const rows: TextRow[] = [];
    const add = (provinceCode: string, provinceId: string, provinceName: string, scheme: Scheme) => {
      const id = stableId('scale', String(this.seed), 'document', provinceCode, scheme);
      this.documents.set(this.documentKey(provinceCode, scheme), id);
      const [number, kind, issuer, issuedOn, title] = documentShape(scheme, provinceName, random);
      rows.push([
        id,
        number,
        foldForSearch(number),
        kind,
        issuer,
        provinceId,
        issuedOn,
        title,
        null,
        timestamp(dayOf(issuedOn)),
      ]);
    };
    for (const province of this.scope.provinces) {
      add(province.code, province.id, province.name, 'help2016');
      add(province.code, province.id, province.name, 'help2021');
      add(province.code, province.id, province.name, 'party');
    }
    for (const province of this.scope.provinces2025)
      add(`2025-${province.code}`, province.id, province.name, 'help2025');
    await this.writer.write('Document', documentColumns, rows);
  }

  private async writeTwinnings(): Promise<void> {
    const random = this.random('twinnings');
    const id = scaleIdFactory(this.seed, 'twinning');
    const provinces = this.scope.provinces.map((province, index) => ({ province, index }));
    const provincePicker = new WeightedPicker(provinces, ({ index }) => this.communesByProvince[index]!.length);
    const agencyPickers = this.scope.provinces.map((_, index) => {
      const agencies = this.agencies.filter((agency) => agency.provinceIndex === index);
      return agencies.length > 0 ? new WeightedPicker(agencies, (agency) => twinningWeight[agency.kind] ?? 1) : null;
    });
    const communePickers = this.communesByProvince.map((communes) =>
      communes.length > 0
        ? new WeightedPicker(communes, (commune) => (this.disadvantagedCommunes.has(commune.id) ? 3 : 1))
        : null,
    );
    const villagePickers = this.villagesByProvince.map((villages) =>
      villages.length > 0 ? new WeightedPicker(villages, (village) => (village.disadvantaged ? 3 : 1)) : null,
    );
    const successors = new Map<string, Array<{ id: string; provinceCode: string }>>();
    const province2025Code = new Map(this.scope.provinces2025.map((province) => [province.id, province.code]));
    for (const commune of this.scope.communes2025) {
      const list = successors.get(commune.issuerProvinceCode) ?? [];
      list.push({ id: commune.id, provinceCode: province2025Code.get(commune.provinceId)! });
      successors.set(commune.issuerProvinceCode, list);
    }
    const seen = new Set<string>();
    const rows: TextRow[] = [];
    let attempts = 0;
    while (this.twinnings.length < this.size.twinnings) {
      attempts += 1;
      if (attempts > this.size.twinnings * 20) break;
      const { province, index } = provincePicker.pick(random);
      const agency = agencyPickers[index]?.pick(random);
      if (!agency) continue;
      const draw = random.next();
      const scheme: Scheme = draw < 0.3 ? 'help2016' : draw < 0.75 ? 'help2021' : draw < 0.9 ? 'party' : 'help2025';
      let placeId: string;
      let documentId: string;
      if (scheme === 'help2025') {
        const candidates = successors.get(province.code);
        if (!candidates) continue;
        const successor = random.pick(candidates);
        placeId = successor.id;
        documentId = this.documents.get(this.documentKey(`2025-${successor.provinceCode}`, scheme))!;
      } else {
        const village = random.chance(0.55) ? villagePickers[index]?.pick(random) : undefined;
        placeId = village ? village.id : communePickers[index]!.pick(random).id;
        documentId = this.documents.get(this.documentKey(province.code, scheme))!;
      }
      const key = `${agency.id} ${placeId} ${documentId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const shape = twinningShape(scheme, agency.kind, random);
      const lastDay = Math.min(shape.endsOn ?? LAST_DAY, scheme === 'help2025' ? LAST_DAY : LAST_LEGACY_DAY);
      const twinning: GeneratedTwinning = {
        id: id(this.twinnings.length),
        agency,
        placeId,
        firstDay: Math.max(shape.startsOn, FIRST_DAY),
        lastDay,
      };
      this.twinnings.push(twinning);
      rows.push([
        twinning.id,
        agency.id,
        placeId,
        documentId,
        shape.relation,
        shape.status,
        iso(shape.startsOn),
        shape.precision,
        shape.endsOn === null ? null : iso(shape.endsOn),
        timestamp(shape.startsOn),
      ]);
    }
    await this.writeInChunks('twinnings', 'Twinning', twinningColumns, rows);
  }

  private async writeNeeds(): Promise<void> {
    const random = this.random('needs');
    const id = scaleIdFactory(this.seed, 'need');
    const twinningPicker = new WeightedPicker(this.twinnings, () => 1);
    const rows: TextRow[] = [];
    for (let index = 0; index < this.size.needs; index += 1) {
      const [category, title, criterionNumber] = random.pick(needShapes);
      const twinning = random.chance(0.85) ? twinningPicker.pick(random) : undefined;
      const placeId = twinning?.placeId ?? random.pick(this.scope.communes).id;
      const first = twinning?.firstDay ?? FIRST_DAY;
      const last = twinning?.lastDay ?? LAST_LEGACY_DAY;
      const requestedOn = random.int(first, last);
      const draw = random.next();
      const status = draw < 0.4 ? 'OPEN' : draw < 0.5 ? 'PLEDGED' : draw < 0.9 ? 'FULFILLED' : 'CANCELLED';
      const closedOn =
        status === 'FULFILLED' || status === 'CANCELLED'
          ? Math.min(requestedOn + random.int(30, 400), LAST_RECORDED_DAY)
          : null;
      const criterion =
        yearOf(requestedOn) >= 2021 ? this.scope.criteria2021.get(criterionNumber)! : criterionId2016(criterionNumber);
      rows.push([
        id(index),
        placeId,
        category,
        title,
        status,
        iso(requestedOn),
        String(Math.round(random.logNormal(300, 1)) * 1_000_000),
        criterion,
        twinning?.agency.id ?? null,
        twinning?.id ?? null,
        closedOn === null ? null : iso(closedOn),
        timestamp(requestedOn),
      ]);
    }
    await this.writeInChunks('needs', 'Need', needColumns, rows);
  }

  private async writeActivities(): Promise<void> {
    const random = this.random('activities');
    const id = scaleIdFactory(this.seed, 'activity');
    const itemId = scaleIdFactory(this.seed, 'activity-item');
    const weights = this.twinnings.map(
      (twinning) =>
        random.logNormal(1, 0.9) *
        Math.max(30, twinning.lastDay - twinning.firstDay) *
        (activityWeight[twinning.agency.kind] ?? 1),
    );
    const twinningPicker = new WeightedPicker(this.twinnings, (_, index) => weights[index]!);
    const shapePicker = new WeightedPicker(categoryShapes, (shape) => shape.share);
    const fundingPicker = new WeightedPicker(fundingSources, ([, share]) => share);
    const enterprises = this.scope.provinces.map((_, index) =>
      this.agencies.filter((agency) => agency.provinceIndex === index && agency.kind === 'ENTERPRISE'),
    );
    const total = this.size.activities;
    let items = 0;
    this.writer.progress({ phase: 'activities', done: 0, total });
    for (let start = 0; start < total; start += activityChunk) {
      const activities: TextRow[] = [];
      const itemRows: TextRow[] = [];
      const partnerRows: TextRow[] = [];
      const criterionRows: TextRow[] = [];
      const end = Math.min(total, start + activityChunk);
      for (let index = start; index < end; index += 1) {
        const twinning = twinningPicker.pick(random);
        const shape = shapePicker.pick(random);
        const occurredOn = activityDay(twinning, shape, random);
        const value = activityValue(shape, random);
        const [fundingSource] = fundingPicker.pick(random);
        const activityId = id(index);
        const month = Number(iso(occurredOn).slice(5, 7));
        const occasion =
          (shape.category === 'IN_KIND_GIFT' || shape.category === 'CASH_GIFT') && month <= 2
            ? 'Lunar New Year'
            : shape.category === 'FESTIVAL' && month === 9
              ? 'Mid-Autumn Festival'
              : null;
        const precisionDraw = random.next();
        const beneficiaries =
          shape.beneficiaries && random.chance(0.7)
            ? String(
                Math.round(
                  shape.beneficiaries[0] + (shape.beneficiaries[1] - shape.beneficiaries[0]) * random.next() ** 2,
                ),
              )
            : null;
        const visit = shape.category === 'VISIT' || shape.category === 'STAFF_SECONDMENT';
        const recordedAt = timestamp(Math.min(occurredOn + random.int(0, 45), LAST_RECORDED_DAY));
        activities.push([
          activityId,
          random.chance(0.9) ? twinning.id : null,
          twinning.agency.id,
          twinning.placeId,
          shape.category,
          random.pick(shape.titles),
          iso(occurredOn),
          precisionDraw < 0.85 ? 'DAY' : precisionDraw < 0.97 ? 'MONTH' : 'YEAR',
          value === null ? null : String(value),
          fundingSource,
          beneficiaries,
          visit ? String(random.int(2, 20)) : null,
          shape.category === 'VISIT' ? '1' : null,
          occasion,
          recordedAt,
          recordedAt,
        ]);
        if (shape.items && random.chance(0.6)) {
          const count = random.int(1, 3);
          let left = value;
          for (let position = 0; position < count; position += 1) {
            const [description, unit] =
              shape.items[(position + random.int(0, shape.items.length - 1)) % shape.items.length]!;
            const last = position === count - 1;
            const itemValue = left === null ? null : last ? left : (left * BigInt(random.int(20, 60))) / 100n;
            if (left !== null && itemValue !== null) left -= itemValue;
            itemRows.push([
              itemId(items),
              activityId,
              description,
              String(random.int(1, 500)),
              unit,
              itemValue === null ? null : String(itemValue),
              String(position),
            ]);
            items += 1;
          }
        }
        if (shape.criteria && random.chance(0.7)) {
          const number = random.pick(shape.criteria);
          criterionRows.push([
            activityId,
            yearOf(occurredOn) >= 2021 ? this.scope.criteria2021.get(number)! : criterionId2016(number),
          ]);
        }
        if (fundingSource === 'MOBILISED_ENTERPRISES' && value !== null && random.chance(0.3)) {
          const partner = random.pick(enterprises[twinning.agency.provinceIndex] ?? []);
          if (partner && partner.id !== twinning.agency.id) {
            partnerRows.push([activityId, partner.id, 'MOBILISED', String((value * 3n) / 10n)]);
          }
        }
      }
      await this.writer.write('Activity', activityColumns, activities);
      await this.writer.write('ActivityItem', itemColumns, itemRows);
      await this.writer.write('ActivityCriterion', activityCriterionColumns, criterionRows);
      await this.writer.write('ActivityPartner', partnerColumns, partnerRows);
      this.writer.progress({ phase: 'activities', done: end, total });
    }
  }

  private async writeInChunks(phase: string, table: string, columns: readonly Column[], rows: TextRow[]) {
    this.writer.progress({ phase, done: 0, total: rows.length });
    for (let start = 0; start < rows.length; start += activityChunk) {
      const chunk = rows.slice(start, start + activityChunk);
      await this.writer.write(table, columns, chunk);
      this.writer.progress({ phase, done: start + chunk.length, total: rows.length });
    }
  }
}

const activityChunk = 20_000;

/** The tables that take millions of rows at national size: their secondary indexes are built after the load. */
const bulkTables = [
  'Need',
  'Activity',
  'ActivityItem',
  'ActivityCriterion',
  'ActivityPartner',
  'CriterionAssessment',
  'Recognition',
  'IndicatorObservation',
];

const namedVillages = new Set(['bản', 'buôn', 'làng']);

function villageWord(provinceCode: string, random: Random): string {
  if (PROVINCE_NORTHERN_MOUNTAINS.has(provinceCode)) return 'bản';
  if (provinceCode === '66' || provinceCode === '67') return random.chance(0.6) ? 'buôn' : 'thôn';
  if (provinceCode === '62' || provinceCode === '64') return random.chance(0.6) ? 'làng' : 'thôn';
  return Number(provinceCode) >= 70 ? 'ấp' : 'thôn';
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** How often agencies of a kind are assigned places: departments and mass organisations most. */
const twinningWeight: Record<string, number> = {
  PROVINCIAL_DEPARTMENT: 5,
  MASS_ORGANISATION: 5,
  PARTY_BODY: 3,
  ARMED_FORCES: 5,
  PRESS: 2,
  EDUCATION_INSTITUTION: 2,
  PEOPLES_COMMITTEE: 3,
  ENTERPRISE: 1,
  RESIDENTIAL_COMMUNITY: 0.7,
  HOUSEHOLD: 0.4,
  OTHER: 0.8,
};

/** How active a twinning is, by the agency's kind. */
const activityWeight: Record<string, number> = {
  PROVINCIAL_DEPARTMENT: 1.5,
  MASS_ORGANISATION: 1.5,
  ARMED_FORCES: 1.3,
  ENTERPRISE: 1.2,
  HOUSEHOLD: 0.3,
  RESIDENTIAL_COMMUNITY: 0.5,
};

const fundingSources: ReadonlyArray<readonly [string, number]> = [
  ['AGENCY_OWN', 50],
  ['MOBILISED_ENTERPRISES', 20],
  ['MOBILISED_COMMUNITY', 10],
  ['STATE_BUDGET', 8],
  ['ASSIGNED_SPONSORS', 7],
  ['MIXED', 5],
];

function documentShape(
  scheme: Scheme,
  provinceName: string,
  random: Random,
): [number: string, kind: string, issuer: string, issuedOn: string, title: string] {
  const committee = `Ủy ban nhân dân tỉnh ${provinceName}`;
  const month = String(random.int(1, 12)).padStart(2, '0');
  const dayOfMonth = String(random.int(1, 28)).padStart(2, '0');
  switch (scheme) {
    case 'help2016':
      return [
        `${random.int(100, 3500)}/QĐ-UBND`,
        'DECISION',
        committee,
        `2016-${month}-${dayOfMonth}`,
        'Phân công các cơ quan, đơn vị giúp đỡ các xã, thôn, buôn đặc biệt khó khăn giai đoạn 2016–2020',
      ];
    case 'help2021':
      return [
        `${random.int(100, 3500)}/QĐ-UBND`,
        'DECISION',
        committee,
        `2021-${month}-${dayOfMonth}`,
        'Phân công các cơ quan, đơn vị giúp đỡ các xã, thôn, buôn đặc biệt khó khăn giai đoạn 2021–2025',
      ];
    case 'party':
      return [
        `${random.int(10, 200)}-CV/TU`,
        'PARTY_DOCUMENT',
        `Tỉnh ủy ${provinceName}`,
        `2015-${month}-${dayOfMonth}`,
        'Về việc kết nghĩa giữa các cơ quan, đơn vị với các thôn, buôn, bản đồng bào dân tộc thiểu số',
      ];
    case 'help2025':
      return [
        `${random.int(100, 1500)}/QĐ-UBND`,
        'DECISION',
        committee,
        `2025-07-${String(random.int(15, 31)).padStart(2, '0')}`,
        'Phân công các cơ quan, đơn vị giúp đỡ các xã sau sắp xếp đơn vị hành chính giai đoạn 2025–2030',
      ];
  }
}

interface TwinningShape {
  relation: string;
  status: string;
  startsOn: number;
  precision: string;
  endsOn: number | null;
}

function twinningShape(scheme: Scheme, agencyKind: string, random: Random): TwinningShape {
  const helper = agencyKind === 'ENTERPRISE' ? 'SPONSORSHIP' : 'HELP';
  switch (scheme) {
    case 'help2016':
      return {
        relation: helper,
        status: 'ENDED',
        startsOn: dayOf('2016-01-01'),
        precision: 'YEAR',
        endsOn: dayOf('2020-12-31'),
      };
    case 'help2021':
      return {
        relation: helper,
        status: 'ACTIVE',
        startsOn: dayOf('2021-01-01'),
        precision: 'YEAR',
        endsOn: dayOf('2025-12-31'),
      };
    case 'party':
      return {
        relation: 'TWINNING',
        status: 'ACTIVE',
        startsOn: dayOf(`${random.int(2016, 2022)}-${String(random.int(1, 12)).padStart(2, '0')}-01`),
        precision: 'MONTH',
        endsOn: null,
      };
    case 'help2025':
      return {
        relation: helper,
        status: 'ACTIVE',
        startsOn: dayOf('2025-08-01'),
        precision: 'DAY',
        endsOn: dayOf('2030-12-31'),
      };
  }
}

/** A day in the twinning's window, with gifts clustering before Lunar New Year and festivals at Mid-Autumn. */
function activityDay(twinning: GeneratedTwinning, shape: CategoryShape, random: Random): number {
  const { firstDay, lastDay } = twinning;
  const seasonal =
    (shape.category === 'IN_KIND_GIFT' || shape.category === 'CASH_GIFT') && random.chance(0.4)
      ? ([0, 40] as const)
      : shape.category === 'FESTIVAL' && random.chance(0.5)
        ? ([244, 273] as const)
        : null;
  if (seasonal) {
    const year = random.int(yearOf(firstDay), yearOf(lastDay));
    const day = dayOf(`${year}-01-01`) + random.int(seasonal[0], seasonal[1]);
    if (day >= firstDay && day <= lastDay) return day;
  }
  return random.int(firstDay, lastDay);
}

/** Value in VND rounded to thousands of đồng, with the long tail real support has (a school costs billions). */
function activityValue(shape: CategoryShape, random: Random): bigint | null {
  if (shape.medianVnd === null || random.chance(0.12)) return null;
  const value = Math.min(50_000_000_000, random.logNormal(shape.medianVnd, shape.sigma));
  return BigInt(Math.max(1, Math.round(value / 1000))) * 1000n;
}

// ─── Columns ──────────────────────────────────────────────────────────────────────────────────

const documentColumns: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'number', type: 'text' },
  { name: 'numberFolded', type: 'text' },
  { name: 'kind', type: '"DocumentKind"' },
  { name: 'issuer', type: 'text' },
  { name: 'issuerPlaceId', type: 'uuid' },
  { name: 'issuedOn', type: 'date' },
  { name: 'title', type: 'text' },
  { name: 'note', type: 'text' },
  { name: 'updatedAt', type: 'timestamp' },
];

const villageColumns: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'level', type: '"PlaceLevel"' },
  { name: 'kind', type: '"PlaceKind"' },
  { name: 'name', type: 'text' },
  { name: 'fullName', type: 'text' },
  { name: 'nameFolded', type: 'text' },
  { name: 'localKind', type: 'text' },
  { name: 'parentId', type: 'uuid' },
  { name: 'extremelyDisadvantaged', type: 'boolean' },
  { name: 'ethnicMinorityArea', type: '"EthnicMinorityArea"' },
  { name: 'updatedAt', type: 'timestamp' },
];

const agencyColumns: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'kind', type: '"AgencyKind"' },
  { name: 'name', type: 'text' },
  { name: 'nameEn', type: 'text' },
  { name: 'nameFolded', type: 'text' },
  { name: 'homeProvinceId', type: 'uuid' },
  { name: 'updatedAt', type: 'timestamp' },
];

const twinningColumns: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'agencyId', type: 'uuid' },
  { name: 'placeId', type: 'uuid' },
  { name: 'documentId', type: 'uuid' },
  { name: 'relation', type: '"TwinningRelation"' },
  { name: 'status', type: '"TwinningStatus"' },
  { name: 'startsOn', type: 'date' },
  { name: 'startPrecision', type: '"DatePrecision"' },
  { name: 'endsOn', type: 'date' },
  { name: 'updatedAt', type: 'timestamp' },
];

const needColumns: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'placeId', type: 'uuid' },
  { name: 'category', type: '"ActivityCategory"' },
  { name: 'title', type: 'text' },
  { name: 'status', type: '"NeedStatus"' },
  { name: 'requestedOn', type: 'date' },
  { name: 'estimatedValueVnd', type: 'bigint' },
  { name: 'criterionId', type: 'uuid' },
  { name: 'requestedOfId', type: 'uuid' },
  { name: 'twinningId', type: 'uuid' },
  { name: 'closedOn', type: 'date' },
  { name: 'updatedAt', type: 'timestamp' },
];

const activityColumns: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'twinningId', type: 'uuid' },
  { name: 'agencyId', type: 'uuid' },
  { name: 'placeId', type: 'uuid' },
  { name: 'category', type: '"ActivityCategory"' },
  { name: 'title', type: 'text' },
  { name: 'occurredOn', type: 'date' },
  { name: 'datePrecision', type: '"DatePrecision"' },
  { name: 'valueVnd', type: 'bigint' },
  { name: 'fundingSource', type: '"FundingSource"' },
  { name: 'beneficiaryCount', type: 'int' },
  { name: 'peopleSent', type: 'int' },
  { name: 'visitCount', type: 'int' },
  { name: 'occasion', type: 'text' },
  { name: 'createdAt', type: 'timestamp' },
  { name: 'updatedAt', type: 'timestamp' },
];

const itemColumns: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'activityId', type: 'uuid' },
  { name: 'description', type: 'text' },
  { name: 'quantity', type: 'numeric' },
  { name: 'unit', type: 'text' },
  { name: 'valueVnd', type: 'bigint' },
  { name: 'position', type: 'int' },
];

const activityCriterionColumns: Column[] = [
  { name: 'activityId', type: 'uuid' },
  { name: 'criterionId', type: 'uuid' },
];

const partnerColumns: Column[] = [
  { name: 'activityId', type: 'uuid' },
  { name: 'agencyId', type: 'uuid' },
  { name: 'role', type: '"PartnerRole"' },
  { name: 'contributionVnd', type: 'bigint' },
];
