import {
  type AttainmentLevel,
  FindPlacesDocument,
  IndicatorSeriesDocument,
  PlaceByCodeDocument,
  PlaceProgressDocument,
  type PlaceProgressQuery,
  PlaceReportedFiguresDocument,
  type PlaceReportedFiguresQuery,
  PlaceSupportersDocument,
  type SupportGroup,
  SupportSummaryDocument,
} from '@twinning/sdk';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useQuery } from 'urql';
import { Card, Empty, Kpi, PageHeader, Status } from '../components/ui.tsx';
import {
  formatCount,
  formatDecimal,
  formatPercent,
  formatVnd,
  formatVndShort,
  maxVnd,
  millionsForChart,
  sumVnd,
  vnd,
} from '../format.ts';
import { levelColours, levelLabels, qualifierPrefix } from '../labels.ts';
import { supportersOf } from '../places.ts';
import { navigate } from '../router.ts';

/** The demo data describes the units before the 2025 reform: provinces are read as they stood then. */
export const BEFORE_REFORM = '2024-12-31';
const FROM_YEAR = 2016;
const TO_YEAR = 2024;
const LEVELS: AttainmentLevel[] = ['STANDARD', 'ADVANCED', 'MODEL'];
const PUBLISHED_LEVEL_METRIC: Record<AttainmentLevel, string> = {
  STANDARD: 'communes_recognised_ntm_standard',
  ADVANCED: 'communes_recognised_ntm_advanced',
  MODEL: 'communes_recognised_ntm_model',
};
const STARS = [3, 4, 5] as const;
const starColours = { 3: '#f4c542', 4: '#e8912d', 5: '#c8553d' } as const;

export function ProvincePage({ code }: { code: string }) {
  const [provinces] = useQuery({
    query: FindPlacesDocument,
    variables: { level: 'PROVINCE', asOf: BEFORE_REFORM, first: 100 },
  });
  const [placeResult] = useQuery({ query: PlaceByCodeDocument, variables: { code, asOf: BEFORE_REFORM } });
  const province = placeResult.data?.place;
  return (
    <>
      <PageHeader eyebrow="Province overview · Tổng quan tỉnh" title={province?.fullName ?? '…'}>
        <label className="field">
          Province
          <select
            data-testid="province-select"
            value={code}
            onChange={(event) => navigate({ page: 'province', code: event.target.value })}
          >
            {(provinces.data?.places.nodes ?? []).map((place) => (
              <option key={place.id} value={place.code ?? ''}>
                {place.name}
              </option>
            ))}
          </select>
        </label>
      </PageHeader>
      <Status fetching={placeResult.fetching} error={placeResult.error} />
      {placeResult.data && !province && <Empty>No province has code {code} on 31/12/2024.</Empty>}
      {province && <ProvinceOverview placeId={province.id} />}
    </>
  );
}

function ProvinceOverview({ placeId }: { placeId: string }) {
  const filter = { placeId };
  const [byYear] = useQuery({
    query: SupportSummaryDocument,
    variables: { filter, groupBy: ['YEAR'], orderBy: 'KEY_ASC', first: 100 },
  });
  const [byAgency] = useQuery({
    query: SupportSummaryDocument,
    variables: { filter, groupBy: ['AGENCY'], orderBy: 'VALUE_DESC', first: 10 },
  });
  const [progress] = useQuery({
    query: PlaceProgressDocument,
    variables: { placeId, fromYear: FROM_YEAR, toYear: TO_YEAR },
  });
  const [poverty] = useQuery({ query: IndicatorSeriesDocument, variables: { placeId, indicatorCode: 'POVERTY_RATE' } });
  const [nearPoor] = useQuery({
    query: IndicatorSeriesDocument,
    variables: { placeId, indicatorCode: 'NEAR_POOR_RATE' },
  });
  const [supporters] = useQuery({
    query: PlaceSupportersDocument,
    variables: { placeId, includeDescendants: true, first: 100 },
  });
  const [figures] = useQuery({
    query: PlaceReportedFiguresDocument,
    variables: { placeId, includeDescendants: true, first: 100 },
  });

  const years = byYear.data?.supportSummary.nodes ?? [];
  const totalValue = sumVnd(years.map((group) => group.valueVnd));
  const totalActivities = years.reduce((sum, group) => sum + group.activityCount, 0);
  const supporterList = supportersOf(supporters.data);
  const progressYears = progress.data?.progress?.years ?? [];
  const communeCount = progressYears.at(-1)?.communeCount;
  const povertySeries = poverty.data?.indicatorSeries;
  const latestPoverty = povertySeries?.observations.at(-1);

  return (
    <div className="grid">
      <div className="kpis wide">
        <Kpi
          testId="kpi-support"
          label="Support recorded"
          value={formatVndShort(totalValue)}
          detail={
            totalActivities === 0
              ? 'none recorded'
              : totalValue === 0n
                ? 'no value stated in the records'
                : formatVnd(totalValue)
          }
        />
        <Kpi
          testId="kpi-activities"
          label="Activities"
          value={formatCount(totalActivities)}
          detail={yearSpan(years.map((group) => group.year))}
        />
        <Kpi
          testId="kpi-supporters"
          label="Agencies supporting"
          value={formatCount(supporters.data ? supporterList.length : undefined)}
          detail="twinned with the province or its units"
        />
        <Kpi testId="kpi-communes" label="Communes" value={formatCount(communeCount)} detail={`in ${TO_YEAR}`} />
        <Kpi
          testId="kpi-poverty"
          label="Poverty rate"
          value={formatPercent(latestPoverty?.value)}
          detail={latestPoverty ? `end of ${latestPoverty.year}` : 'no observation'}
        />
      </div>

      <Card title="Support by year" subtitle="Activities recorded and their value (million ₫)" testId="support-by-year">
        <Status fetching={byYear.fetching} error={byYear.error} />
        {years.length === 0 && !byYear.fetching ? (
          <Empty>No activity recorded in this province.</Empty>
        ) : (
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={supportByYearRows(years)} barGap={2}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="year" />
              <YAxis yAxisId="count" allowDecimals={false} width={36} />
              <YAxis
                yAxisId="value"
                orientation="right"
                tickFormatter={(value: number) => formatDecimal(value)}
                width={56}
                label={{ value: 'million ₫', angle: 90, position: 'insideRight', fill: '#5b7083', fontSize: 11 }}
              />
              <Tooltip
                formatter={(value, name, item) =>
                  name === 'Value'
                    ? formatVnd((item.payload as { valueVnd: string }).valueVnd)
                    : formatCount(Number(value))
                }
              />
              <Legend />
              <Bar
                yAxisId="count"
                dataKey="activities"
                name="Activities"
                fill="#9ecae1"
                radius={[4, 4, 0, 0]}
                maxBarSize={36}
              />
              <Bar yAxisId="value" dataKey="value" name="Value" fill="#0b3d5c" radius={[4, 4, 0, 0]} maxBarSize={36} />
            </ComposedChart>
          </ResponsiveContainer>
        )}
      </Card>

      <Card title="Support by agency" subtitle="Top agencies by value recorded" testId="support-by-agency">
        <Status fetching={byAgency.fetching} error={byAgency.error} />
        {byAgency.data && <AgencyTable groups={byAgency.data.supportSummary.nodes} />}
      </Card>

      <NtmCard years={progressYears} fetching={progress.fetching} />
      <OcopCard years={progressYears} fetching={progress.fetching} />

      <Card title="Poverty trend" subtitle="Poor and near-poor households, % (hộ nghèo, hộ cận nghèo)" testId="poverty">
        <Status fetching={poverty.fetching} error={poverty.error} />
        {poverty.data && nearPoor.data && (
          <PovertyChart
            poverty={povertySeries?.observations ?? []}
            nearPoor={nearPoor.data.indicatorSeries?.observations ?? []}
          />
        )}
        {povertySeries?.averageYearlyChange !== null && povertySeries?.averageYearlyChange !== undefined && (
          <p className="note">
            Average change: {formatDecimal(povertySeries.averageYearlyChange)} percentage points a year.
          </p>
        )}
      </Card>

      <Card title="Agencies supporting" subtitle="Twinned with the province or a unit in it" testId="supporters">
        <Status fetching={supporters.fetching} error={supporters.error} />
        {supporterList.length === 0 ? (
          !supporters.fetching && <Empty>No agency twinned here.</Empty>
        ) : (
          <ol className="list">
            {supporterList.map((agency) => (
              <li key={agency.id}>
                {agency.name}
                {agency.nameEn && <small>{agency.nameEn}</small>}
              </li>
            ))}
          </ol>
        )}
      </Card>

      <Card
        title="Published figures"
        subtitle="Totals the province's reports give, kept as the aggregates they are"
        wide
        testId="figures"
      >
        <Status fetching={figures.fetching} error={figures.error} />
        {figures.data && <FiguresTable figures={figures.data.reportedFigures.nodes} />}
      </Card>
    </div>
  );
}

function AgencyTable({ groups }: { groups: SupportGroup[] }) {
  if (groups.length === 0) return <Empty>No activity recorded in this province.</Empty>;
  const largest = maxVnd(groups.map((group) => group.valueVnd));
  return (
    <table className="table">
      <thead>
        <tr>
          <th>Agency</th>
          <th className="num">Activities</th>
          <th className="num">Value</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.agency?.id ?? 'none'}>
            <td>
              {group.agency?.name ?? '—'}
              <span
                className="bar"
                style={{ width: `${largest > 0n ? Number((vnd(group.valueVnd) * 1000n) / largest) / 10 : 0}%` }}
              />
            </td>
            <td className="num">{formatCount(group.activityCount)}</td>
            <td className="num">{formatVnd(group.valueVnd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every year of the period, so a lone year of activity shows where it falls. */
function supportByYearRows(groups: SupportGroup[]) {
  const byYear = new Map(groups.map((group) => [group.year, group]));
  const first = Math.min(FROM_YEAR, ...groups.map((group) => group.year ?? TO_YEAR));
  return Array.from({ length: TO_YEAR - first + 1 }, (_, index) => {
    const group = byYear.get(first + index);
    return {
      year: first + index,
      value: millionsForChart(group?.valueVnd),
      valueVnd: group?.valueVnd ?? '0',
      activities: group?.activityCount ?? 0,
    };
  });
}

function yearSpan(years: Array<number | null | undefined>): string {
  const known = years.filter((year): year is number => typeof year === 'number');
  if (known.length === 0) return 'none recorded';
  const [first, last] = [Math.min(...known), Math.max(...known)];
  return first === last ? `in ${first}` : `${first}–${last}`;
}

type ProgressYear = NonNullable<PlaceProgressQuery['progress']>['years'][number];

/**
 * Communes newly recognised per level and year: from the recognitions recorded where there are
 * any, otherwise from the totals the province published for that year (marked as such).
 */
function NtmCard({ years, fetching }: { years: ProgressYear[]; fetching: boolean }) {
  const rows = years
    .map((year) => {
      const recorded = Object.fromEntries(
        year.newlyRecognisedCommunes.map((level) => [level.level, level.communeCount]),
      );
      const anyRecorded = LEVELS.some((level) => (recorded[level] ?? 0) > 0);
      const published = Object.fromEntries(
        LEVELS.map((level) => [
          level,
          year.reportedFigures.find(
            (figure) => figure.kind === 'ACTUAL' && figure.metric === PUBLISHED_LEVEL_METRIC[level],
          )?.value ?? 0,
        ]),
      );
      const source = anyRecorded ? recorded : published;
      return {
        year: year.year,
        source: anyRecorded ? 'recorded' : 'published',
        ...Object.fromEntries(LEVELS.map((level) => [level, source[level] ?? 0])),
      };
    })
    .filter((row) => LEVELS.some((level) => (row as unknown as Record<string, number>)[level]! > 0));
  const recognitions = years.flatMap((year) =>
    year.recognitions.map((recognition) => ({ ...recognition, year: year.year })),
  );
  return (
    <Card title="NTM recognitions by year" subtitle="Communes newly recognised per level (nông thôn mới)" testId="ntm">
      {fetching && <p className="status">Loading…</p>}
      {rows.length === 0 ? (
        !fetching && (
          <Empty>
            No commune recognised in {FROM_YEAR}–{TO_YEAR}.
          </Empty>
        )
      ) : (
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" />
            <YAxis allowDecimals={false} width={36} />
            <Tooltip />
            <Legend itemSorter={(item) => LEVELS.indexOf(item.dataKey as AttainmentLevel)} />
            {LEVELS.map((level) => (
              <Bar
                key={level}
                dataKey={level}
                name={levelLabels[level]}
                fill={levelColours[level]}
                radius={[3, 3, 0, 0]}
                maxBarSize={56}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
      {rows.some((row) => row.source === 'published') && (
        <p className="note">
          {rows
            .filter((row) => row.source === 'published')
            .map((row) => row.year)
            .join(', ')}
          : as published in the province's reports.
        </p>
      )}
      {recognitions.length > 0 && (
        <ul className="list compact">
          {recognitions.map((recognition) => (
            <li key={recognition.id}>
              {recognition.place.name} — {levelLabels[recognition.level]}, {recognition.year} (
              {recognition.status.toLowerCase()}){recognition.decision && <small>{recognition.decision.number}</small>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function OcopCard({ years, fetching }: { years: ProgressYear[]; fetching: boolean }) {
  const rows = years
    .map((year) => {
      const recorded = Object.fromEntries(year.ocopProductsByStars.map((group) => [group.stars, group.productCount]));
      const anyRecorded = STARS.some((stars) => (recorded[stars] ?? 0) > 0);
      const published = Object.fromEntries(
        STARS.map((stars) => [
          stars,
          year.reportedFigures.find(
            (figure) => figure.kind === 'ACTUAL' && figure.metric === `ocop_products_${stars}_star`,
          )?.value ?? 0,
        ]),
      );
      const source = anyRecorded ? recorded : published;
      return {
        year: year.year,
        source: anyRecorded ? 'recorded' : 'published',
        ...Object.fromEntries(STARS.map((stars) => [`s${stars}`, source[stars] ?? 0])),
      };
    })
    .filter((row) => STARS.some((stars) => (row as unknown as Record<string, number>)[`s${stars}`]! > 0));
  return (
    <Card title="OCOP products by stars" subtitle="Products rated per year (mỗi xã một sản phẩm)" testId="ocop">
      {fetching && <p className="status">Loading…</p>}
      {rows.length === 0 ? (
        !fetching && (
          <Empty>
            No OCOP rating in {FROM_YEAR}–{TO_YEAR}.
          </Empty>
        )
      ) : (
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={rows}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" />
            <YAxis allowDecimals={false} width={40} />
            <Tooltip />
            <Legend itemSorter={(item) => String(item.dataKey)} />
            {STARS.map((stars) => (
              <Bar
                key={stars}
                dataKey={`s${stars}`}
                name={`${stars}★`}
                stackId="stars"
                maxBarSize={72}
                fill={starColours[stars]}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
      {rows.some((row) => row.source === 'published') && (
        <p className="note">
          {rows
            .filter((row) => row.source === 'published')
            .map((row) => row.year)
            .join(', ')}
          : as published in the province's reports.
        </p>
      )}
    </Card>
  );
}

export function PovertyChart({
  poverty,
  nearPoor,
}: {
  poverty: Array<{ year: number; value: number }>;
  nearPoor: Array<{ year: number; value: number }>;
}) {
  if (poverty.length === 0 && nearPoor.length === 0) return <Empty>No poverty-rate observation.</Empty>;
  const byYear = new Map<number, { year: number; poverty?: number; nearPoor?: number }>();
  for (const observation of poverty)
    byYear.set(observation.year, {
      ...byYear.get(observation.year),
      year: observation.year,
      poverty: observation.value,
    });
  for (const observation of nearPoor)
    byYear.set(observation.year, {
      ...byYear.get(observation.year),
      year: observation.year,
      nearPoor: observation.value,
    });
  const rows = [...byYear.values()].sort((a, b) => a.year - b.year);
  return (
    <>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" padding={{ left: 30, right: 30 }} />
          <YAxis unit="%" width={48} tickFormatter={(value: number) => formatDecimal(value)} />
          <Tooltip formatter={(value) => formatPercent(Number(value))} />
          <Legend />
          <Line dataKey="poverty" name="Poor households" stroke="#c8553d" strokeWidth={2} dot={{ r: 5 }} />
          <Line dataKey="nearPoor" name="Near-poor households" stroke="#e8912d" strokeWidth={2} dot={{ r: 5 }} />
        </LineChart>
      </ResponsiveContainer>
      <table className="table compact" data-testid="poverty-table">
        <thead>
          <tr>
            <th>Year</th>
            <th className="num">Poor</th>
            <th className="num">Near-poor</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <td>{row.year}</td>
              <td className="num">{formatPercent(row.poverty)}</td>
              <td className="num">{formatPercent(row.nearPoor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

type Figure = PlaceReportedFiguresQuery['reportedFigures']['nodes'][number];

function FiguresTable({ figures }: { figures: Figure[] }) {
  if (figures.length === 0) return <Empty>No published figure.</Empty>;
  const sorted = [...figures].sort((a, b) =>
    a.kind === b.kind ? (a.year ?? 0) - (b.year ?? 0) : a.kind === 'ACTUAL' ? -1 : 1,
  );
  return (
    <table className="table">
      <thead>
        <tr>
          <th>Year</th>
          <th>Figure</th>
          <th>Place</th>
          <th className="num">Value</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((figure) => (
          <tr key={figure.id} className={figure.kind === 'TARGET' ? 'target' : undefined}>
            <td>{figure.year ?? '—'}</td>
            <td>
              {figure.kind === 'TARGET' && <span className="tag">target</span>}
              {figure.label}
              {figure.scope && <small> — {figure.scope}</small>}
            </td>
            <td className="nowrap">{figure.place.name}</td>
            <td className="num nowrap">
              {qualifierPrefix[figure.qualifier]}
              {figure.amountVnd ? formatVnd(figure.amountVnd) : `${formatDecimal(figure.value)} ${figure.unit ?? ''}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
