import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.ts';
import { type App, createApp } from '../packages/server/src/http/app.ts';
import { graphql } from './generated/index.ts';
import { createTestDatabase } from './support/database.ts';
import { query } from './support/graphql.ts';

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = createApp({ database });
});
afterAll(() => database.close());

async function placeId(code: string, asOf = '2024-01-01'): Promise<string> {
  const data = await query(
    app,
    graphql(`query GraphMeasuresPlace($code: String!, $asOf: Date) { place(code: $code, asOf: $asOf) { id } }`),
    { code, asOf },
  );
  return data.place!.id;
}

interface Figure {
  metric: string;
  kind: string;
  value: number | null;
  amountVnd: string | null;
  qualifier: string;
  year: number | null;
}

const figureFields = 'metric kind value amountVnd qualifier year';

describe('criteria, indicators, reported figures and commendations', () => {
  it('finds the commune New Rural Development set in force in 2023: 19 criteria in 5 groups, 4 being electricity', async () => {
    const data = await query(
      app,
      graphql(`query GraphMeasuresCriteriaSets { criteriaSets(appliesTo: COMMUNE, programme: NEW_RURAL_DEVELOPMENT, validOn: "2023-06-01") { nodes {
          code legalBasis { number } criterionCount criteria { number }
          groups { number name criteria { number } }
          criterion(number: 4) { nameVi name groupName } } } }`),
    );
    const set = data.criteriaSets.nodes.find((node) => node.code === 'NTM-COMMUNE-2021-2025');
    expect(set?.legalBasis?.number).toMatch(/^318\//);
    expect(set?.criterionCount).toBe(19);
    expect(set?.criteria.map((criterion) => criterion.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(set?.groups.map((group) => group.criteria.map((criterion) => criterion.number))).toEqual([
      [1],
      [2, 3, 4, 5, 6, 7, 8, 9],
      [10, 11, 12, 13],
      [14, 15, 16, 17],
      [18, 19],
    ]);
    expect(set?.criterion).toEqual({ nameVi: 'Điện', name: 'Electricity', groupName: 'Socio-economic infrastructure' });
  });

  it('names the groups of a set when only the groups are asked for, and finds a criterion by number whatever is selected', async () => {
    const data = await query(
      app,
      graphql(`query GraphMeasuresCriteriaSet { criteriaSet(code: "NTM-COMMUNE-2021-2025") {
          groups { name } criterion(number: 4) { name } plain: criterion(number: 19) { id } } }`),
    );
    expect(data.criteriaSet!.groups.map((group) => group.name)).toEqual([
      'Planning',
      'Socio-economic infrastructure',
      'Economy and production',
      'Culture, society, environment',
      'Political system',
    ]);
    expect(data.criteriaSet!.criterion).toEqual({ name: 'Electricity' });
    expect(data.criteriaSet!.plain!.id).toBeTruthy();
  });

  it('shows Đông Giang meeting criterion 4 (electricity) in 2023 with 100% of households supplied', async () => {
    const dongGiang = await placeId('23074');
    const data = await query(
      app,
      graphql(
        `query GraphMeasuresAssessments($place: ID) { assessments(placeId: $place, year: 2023) { nodes { status criterion { number } values { value met } } } }`,
      ),
      { place: dongGiang },
    );
    expect(data.assessments.nodes).toEqual([
      { status: 'MET', criterion: { number: 4 }, values: [{ value: 100, met: true }] },
    ]);
  });

  it('gives Ninh Thuận’s poverty (4.21%) and near-poor (4.61%) rates at the end of 2023', async () => {
    const ninhThuan = await placeId('58');
    const data = await query(
      app,
      graphql(`query GraphMeasuresIndicatorObservations($place: ID) { indicatorObservations(placeId: $place, year: 2023, indicatorCode: ["POVERTY_RATE", "NEAR_POOR_RATE"]) {
          nodes { indicator { code lowerIsBetter } value year } } }`),
      { place: ninhThuan },
    );
    const byCode = Object.fromEntries(data.indicatorObservations.nodes.map((node) => [node.indicator.code, node]));
    expect(byCode.POVERTY_RATE).toEqual({
      indicator: { code: 'POVERTY_RATE', lowerIsBetter: true },
      value: 4.21,
      year: 2023,
    });
    expect(byCode.NEAR_POOR_RATE).toMatchObject({ value: 4.61, year: 2023 });
  });

  it('reports Hà Tĩnh’s 2023 results and counts its commended groups and individuals', async () => {
    const haTinh = await placeId('42');
    const data = await query<{
      reportedFigures: { totalCount: number; nodes: Figure[] };
      commendations: {
        totalCount: number;
        nodes: Array<{ recipientKind: string; recipientCount: number; awardedOn: string }>;
      };
      commendationTotals: { groups: number; individuals: number };
      fundingAllocations: { nodes: Array<{ amountVnd: string; source: string; year: number }> };
    }>(
      app,
      `query($place: ID) {
        reportedFigures(placeId: $place, year: 2023, kind: ACTUAL, first: 50) { totalCount nodes { ${figureFields} } }
        commendations(placeId: $place) { totalCount nodes { recipientKind recipientCount awardedOn } }
        commendationTotals(placeId: $place) { groups individuals }
        fundingAllocations(placeId: $place, year: 2023) { nodes { amountVnd source year } } }`,
      { place: haTinh },
    );
    const figure = (metric: string) => data.reportedFigures.nodes.find((node) => node.metric === metric);
    expect(figure('communes_recognised_ntm_standard')?.value).toBe(4);
    expect(figure('communes_recognised_ntm_advanced')?.value).toBe(10);
    expect(figure('communes_recognised_ntm_model')?.value).toBe(8);
    expect(figure('ocop_products_3_star')?.value).toBe(128);
    expect(figure('ocop_products_total')?.value).toBe(337);
    expect(figure('ocop_products_exported')?.value).toBe(6);
    expect(figure('sponsorship_budget')).toMatchObject({ amountVnd: '95539000000', value: null });
    expect(data.commendations.totalCount).toBe(4);
    expect(data.commendations.nodes.every((node) => node.awardedOn === '2024-02-21')).toBe(true);
    expect(data.commendationTotals).toEqual({ groups: 26 + 7, individuals: 35 + 11 });
    expect(data.fundingAllocations.nodes.map((node) => node.amountVnd).sort()).toEqual(['15739000000', '79800000000']);
  });

  it('gives Đắk Lắk’s published twenty-year totals of twinning with ethnic-minority villages', async () => {
    const dakLak = await placeId('66');
    const data = await query<{
      reportedFigures: { nodes: Array<Figure & { campaign: { nameVi: string; document: { number: string } } }> };
      campaigns: { nodes: Array<{ name: string; commendations: { totalCount: number } }> };
      commendationTotals: { groups: number; individuals: number };
    }>(
      app,
      `query($place: ID) {
        reportedFigures(placeId: $place, first: 50) { nodes { ${figureFields} campaign { nameVi document { number } } } }
        campaigns(placeId: $place) { nodes { name commendations { totalCount } } }
        commendationTotals(placeId: $place) { groups individuals } }`,
      { place: dakLak },
    );
    const values = Object.fromEntries(
      data.reportedFigures.nodes.map((node) => [node.metric, node.value ?? node.amountVnd]),
    );
    expect(values).toMatchObject({
      twinned_agencies: 1780,
      villages_twinned_with_agencies: 556,
      twinned_residential_communities: 741,
      villages_twinned_with_communities: 544,
      twinned_organisations: 1182,
      counterpart_organisations: 835,
      twinned_kinh_households: 1323,
      visits_to_twinned_villages: 3475,
      officials_sent: 31944,
      twinning_spending: '261800000000',
    });
    const spending = data.reportedFigures.nodes.find((node) => node.metric === 'twinning_spending');
    expect(spending).toMatchObject({ qualifier: 'MORE_THAN', campaign: { document: { number: '75-CV/TU' } } });
    expect(data.campaigns.nodes).toEqual([
      { name: 'Twinning with ethnic-minority villages', commendations: { totalCount: 2 } },
    ]);
    expect(data.commendationTotals).toEqual({ groups: 25 + 28, individuals: 0 });
  });

  it('lists what Điện Biên Đông’s communes asked for next, each tied to the criterion it helps meet', async () => {
    const district = await placeId('101');
    const data = await query(
      app,
      graphql(
        `query GraphMeasuresNeeds($place: ID) { needs(placeId: $place, status: [OPEN]) { totalCount nodes { title status pledgedVnd criterion { number } } } }`,
      ),
      { place: district },
    );
    expect(data.needs.totalCount).toBe(7);
    expect(data.needs.nodes.find((need) => need.title === 'Rural road lighting')).toEqual({
      title: 'Rural road lighting',
      status: 'OPEN',
      pledgedVnd: '0',
      criterion: { number: 4 },
    });
  });
});
