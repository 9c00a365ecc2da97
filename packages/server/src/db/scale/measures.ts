import type { Column, TextRow } from './connection.ts';
import { criterionId2016, dayOf, timestamp } from './days.ts';
import { Random, scaleIdFactory } from './random.ts';
import type { ScaleScope } from './scope.ts';
import type { TableWriter } from './table-writer.ts';

export interface MeasureInput {
  scope: ScaleScope;
  seed: number;
  years: readonly [from: number, to: number];
  disadvantaged: (communeId: string) => boolean;
}

/**
 * Yearly NTM criterion assessments, the recognitions they lead to, and indicator observations
 * (poverty, near-poor, electricity, clean water) for every commune in scope: legacy communes up
 * to 2024, the 2025 communes from 2025. Each commune follows its own trajectory: disadvantaged
 * ones start lower and poverty falls faster there, as the reports describe.
 */
export async function writeMeasures(writer: TableWriter, input: MeasureInput): Promise<void> {
  const { scope, seed, years } = input;
  const random = new Random(seed, 'measures');
  const assessmentId = scaleIdFactory(seed, 'assessment');
  const recognitionId = scaleIdFactory(seed, 'recognition');
  const observationId = scaleIdFactory(seed, 'indicator-observation');
  const indicators = ['POVERTY_RATE', 'NEAR_POOR_RATE', 'ELECTRICITY_ACCESS', 'CLEAN_WATER_ACCESS']
    .map((code) => [code, scope.indicators.get(code)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
  const units = [
    ...scope.communes.map((commune) => ({ id: commune.id, firstYear: years[0], lastYear: Math.min(years[1], 2024) })),
    ...scope.communes2025.map((commune) => ({
      id: commune.id,
      firstYear: Math.max(years[0], 2025),
      lastYear: years[1],
    })),
  ].filter((unit) => unit.firstYear <= unit.lastYear);
  const total = units.length;
  let assessments: TextRow[] = [];
  let recognitions: TextRow[] = [];
  let observations: TextRow[] = [];
  const counters = { assessments: 0, recognitions: 0, observations: 0 };
  const flush = async () => {
    await writer.write('CriterionAssessment', assessmentColumns, assessments);
    await writer.write('Recognition', recognitionColumns, recognitions);
    await writer.write('IndicatorObservation', observationColumns, observations);
    assessments = [];
    recognitions = [];
    observations = [];
  };
  writer.progress({ phase: 'assessments and indicators', done: 0, total });
  for (const [unitIndex, unit] of units.entries()) {
    const poor = input.disadvantaged(unit.id) || random.chance(0.1);
    // Criteria met in 2016 and gained per year; the easy criteria (electricity, defence) come first.
    const base = poor ? random.int(2, 9) : random.int(7, 15);
    const growth = poor ? 0.6 + random.next() : 0.8 + 1.2 * random.next();
    const order = criterionNumbers
      .map((number) => ({ number, rank: difficulty[number - 1]! + random.next() * 6 }))
      .sort((a, b) => a.rank - b.rank)
      .map((entry) => entry.number);
    const basicallyMet = random.int(0, 3);
    const advancedTrack = random.chance(0.35);
    let recognisedIn: number | null = null;
    let advancedIn: number | null = null;
    const poverty0 = poor ? 25 + 35 * random.next() : 3 + 17 * random.next();
    const povertyFall = poor ? 2.5 + 3.5 * random.next() : 0.8 + 1.7 * random.next();
    const electricity0 = 85 + 14 * random.next();
    const water0 = 55 + 40 * random.next();
    for (let year = unit.firstYear; year <= unit.lastYear; year += 1) {
      const met = Math.min(19, Math.floor(base + growth * (year - 2016)));
      const assessedOn = `${year}-12-15`;
      const stamp = timestamp(dayOf(assessedOn));
      const criterion = (number: number) => (year >= 2021 ? scope.criteria2021.get(number)! : criterionId2016(number));
      const addAssessment = (number: number, level: string, status: string) => {
        const criterionId = criterion(number);
        if (scope.existingAssessments.has(`${unit.id} ${criterionId} ${year} ${level}`)) return;
        assessments.push([
          assessmentId(counters.assessments++),
          unit.id,
          criterionId,
          String(year),
          level,
          status,
          assessedOn,
          stamp,
        ]);
      };
      order.forEach((number, position) => {
        const status = position < met ? 'MET' : position < met + basicallyMet ? 'BASICALLY_MET' : 'NOT_MET';
        addAssessment(number, 'STANDARD', status);
      });
      if (met === 19 && recognisedIn === null) {
        recognisedIn = year;
        recognitions.push(recognition(recognitionId(counters.recognitions++), unit.id, 'STANDARD', year));
      }
      if (year >= 2021 && recognisedIn !== null && advancedTrack) {
        const advancedMet = Math.min(19, 9 + 4 * (year - Math.max(recognisedIn, 2021)));
        for (const [position, number] of order.entries()) {
          addAssessment(number, 'ADVANCED', position < advancedMet ? 'MET' : 'NOT_MET');
        }
        if (advancedMet === 19 && advancedIn === null) {
          advancedIn = year;
          recognitions.push(recognition(recognitionId(counters.recognitions++), unit.id, 'ADVANCED', year));
        }
      }
      const elapsed = year - 2016;
      const poverty = Math.max(0.5, poverty0 - povertyFall * elapsed);
      const values: Record<string, number> = {
        POVERTY_RATE: poverty,
        NEAR_POOR_RATE: Math.max(0.8, poverty * 0.6 + 2 + random.next()),
        ELECTRICITY_ACCESS: Math.min(100, electricity0 + 1.5 * elapsed),
        CLEAN_WATER_ACCESS: Math.min(100, water0 + 2.5 * elapsed),
      };
      for (const [code, indicatorId] of indicators) {
        if (scope.existingObservations.has(`${unit.id} ${indicatorId} ${year}`)) continue;
        observations.push([
          observationId(counters.observations++),
          unit.id,
          indicatorId,
          String(year),
          values[code]!.toFixed(2),
          'EXACT',
          'Generated scale data',
          stamp,
        ]);
      }
    }
    if (assessments.length >= 20_000) {
      await flush();
      writer.progress({ phase: 'assessments and indicators', done: unitIndex + 1, total });
    }
  }
  await flush();
  writer.progress({ phase: 'assessments and indicators', done: total, total });
}

const criterionNumbers = Array.from({ length: 19 }, (_, index) => index + 1);

/** How late a criterion tends to be met (lower first): electricity and defence early; income, poverty, environment last. */
const difficulty = [2, 6, 5, 0, 6, 7, 5, 3, 6, 10, 11, 8, 10, 5, 4, 3, 11, 2, 0];

function recognition(id: string, placeId: string, level: string, year: number): TextRow {
  const recognisedOn = `${year}-12-28`;
  return [
    id,
    placeId,
    level,
    'RECOGNISED',
    String(year),
    recognisedOn,
    "Chairman of the Provincial People's Committee",
    timestamp(dayOf(recognisedOn)),
  ];
}

const assessmentColumns: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'placeId', type: 'uuid' },
  { name: 'criterionId', type: 'uuid' },
  { name: 'year', type: 'int' },
  { name: 'level', type: '"AttainmentLevel"' },
  { name: 'status', type: '"AssessmentStatus"' },
  { name: 'assessedOn', type: 'date' },
  { name: 'updatedAt', type: 'timestamp' },
];

const recognitionColumns: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'placeId', type: 'uuid' },
  { name: 'level', type: '"AttainmentLevel"' },
  { name: 'status', type: '"RecognitionStatus"' },
  { name: 'year', type: 'int' },
  { name: 'recognisedOn', type: 'date' },
  { name: 'decidedBy', type: 'text' },
  { name: 'updatedAt', type: 'timestamp' },
];

const observationColumns: Column[] = [
  { name: 'id', type: 'uuid' },
  { name: 'placeId', type: 'uuid' },
  { name: 'indicatorId', type: 'uuid' },
  { name: 'year', type: 'int' },
  { name: 'value', type: 'numeric' },
  { name: 'qualifier', type: '"ValueQualifier"' },
  { name: 'source', type: 'text' },
  { name: 'updatedAt', type: 'timestamp' },
];
