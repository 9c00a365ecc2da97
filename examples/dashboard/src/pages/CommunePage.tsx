import {
  CommuneScorecardDocument,
  type CommuneScorecardQuery,
  FindPlacesDocument,
  IndicatorSeriesDocument,
  PlaceActivitiesDocument,
  PlaceByCodeDocument,
  PlaceSupportersDocument,
} from '@twinning/sdk';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Card, Empty, Kpi, PageHeader, Status } from '../components/ui.tsx';
import { formatCount, formatDate, formatDateAt, formatVnd, formatVndShort } from '../format.ts';
import { categoryLabels, levelLabels } from '../labels.ts';
import { activitiesOf, supportersOf } from '../places.ts';
import { href, navigate } from '../router.ts';
import { PovertyChart } from './ProvincePage.tsx';

const YEARS = [2021, 2022, 2023, 2024];
const DEFAULT_YEAR = 2023;

export function CommunePage({ code, asOf }: { code: string; asOf: string | undefined }) {
  const [placeResult] = useQuery({ query: PlaceByCodeDocument, variables: { code, asOf } });
  const commune = placeResult.data?.place;
  const [year, setYear] = useState(DEFAULT_YEAR);
  const today = commune?.current.filter((unit) => unit.id !== commune.id) ?? [];
  return (
    <>
      <PageHeader
        eyebrow="Commune · Xã"
        title={
          commune ? (
            <>
              {commune.fullName}
              <span className="title-detail">
                {[commune.parent?.name, commune.validTo ? `until ${formatDate(commune.validTo)}` : null]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </>
          ) : (
            '…'
          )
        }
      >
        <CommuneSearch />
        <label className="field">
          Year
          <select data-testid="year-select" value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {YEARS.map((candidate) => (
              <option key={candidate}>{candidate}</option>
            ))}
          </select>
        </label>
      </PageHeader>
      <Status fetching={placeResult.fetching} error={placeResult.error} />
      {placeResult.data && !commune && (
        <Empty>
          No unit has code {code}
          {asOf ? ` on ${formatDate(asOf)}` : ' today'}.
        </Empty>
      )}
      {today.length > 0 && (
        <p className="banner">
          Since the 2025 reform part of{' '}
          {today.map((unit, index) => (
            <span key={unit.id}>
              {index > 0 && ', '}
              <a href={href({ page: 'commune', code: unit.code ?? '', asOf: undefined })}>
                {unit.name} ({unit.parent?.name})
              </a>
            </span>
          ))}
          .
        </p>
      )}
      {commune && <CommuneDetails placeId={commune.id} year={year} />}
    </>
  );
}

/** Everything on the page counts the units the commune replaced (includeHistory). */
function CommuneDetails({ placeId, year }: { placeId: string; year: number }) {
  const [scorecard] = useQuery({ query: CommuneScorecardDocument, variables: { placeId, year, includeHistory: true } });
  const [supporters] = useQuery({
    query: PlaceSupportersDocument,
    variables: { placeId, includeHistory: true, first: 100 },
  });
  const [activities] = useQuery({
    query: PlaceActivitiesDocument,
    variables: { placeId, includeHistory: true, first: 100 },
  });
  const [poverty] = useQuery({
    query: IndicatorSeriesDocument,
    variables: { placeId, indicatorCode: 'POVERTY_RATE', includeHistory: true },
  });
  const [nearPoor] = useQuery({
    query: IndicatorSeriesDocument,
    variables: { placeId, indicatorCode: 'NEAR_POOR_RATE', includeHistory: true },
  });
  const card = scorecard.data?.communeScorecard;
  const supporterList = supportersOf(supporters.data);
  const recorded = activitiesOf(activities.data);
  const standard = card?.levels.find((level) => level.level === 'STANDARD');

  return (
    <div className="grid">
      <div className="kpis wide">
        <Kpi
          testId="kpi-support"
          label="Support received"
          value={formatVndShort(recorded?.total.valueVnd)}
          detail={formatVnd(recorded?.total.valueVnd)}
        />
        <Kpi
          testId="kpi-activities"
          label="Activities"
          value={formatCount(recorded?.total.activityCount)}
          detail="all years"
        />
        <Kpi testId="kpi-supporters" label="Agencies supporting" value={formatCount(supporterList.length)} />
        <Kpi
          testId="kpi-criteria"
          label={`NTM criteria met, ${year}`}
          value={standard ? `${standard.met}/${standard.total}` : '—'}
          detail={standard ? `${standard.notAssessed} not assessed` : 'no assessment'}
        />
        <Kpi
          testId="kpi-level"
          label="Recognised level"
          value={card?.recognisedLevel ? levelLabels[card.recognisedLevel] : 'none'}
          detail={`in ${year}`}
        />
      </div>

      <Card
        title={`NTM scorecard, ${year}`}
        subtitle="Criteria of the 2021–2025 commune set (Decision 318/QĐ-TTg)"
        wide
        testId="scorecard"
      >
        <Status fetching={scorecard.fetching} error={scorecard.error} />
        {card && <Scorecard card={card} />}
      </Card>

      <Card
        title="Agencies supporting"
        subtitle="Twinned with the commune or the units it replaced"
        testId="supporters"
      >
        <Status fetching={supporters.fetching} error={supporters.error} />
        {supporterList.length === 0 ? (
          !supporters.fetching && <Empty>No agency twinned here.</Empty>
        ) : (
          <ul className="list">
            {supporterList.map((agency) => (
              <li key={agency.id}>
                {agency.name}
                {agency.nameEn && <small>{agency.nameEn}</small>}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title="Poverty trend" subtitle="Poor and near-poor households, %" testId="poverty">
        <Status fetching={poverty.fetching} error={poverty.error} />
        <PovertyChart
          poverty={poverty.data?.indicatorSeries?.observations ?? []}
          nearPoor={nearPoor.data?.indicatorSeries?.observations ?? []}
        />
      </Card>

      <Card title="Activities" subtitle="Support delivered, newest first" wide testId="activities">
        <Status fetching={activities.fetching} error={activities.error} />
        {recorded && recorded.activities.length === 0 && <Empty>No activity recorded.</Empty>}
        {recorded && recorded.activities.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th>Date</th>
                <th>Activity</th>
                <th>Category</th>
                <th>Agency</th>
                <th className="num">Value</th>
              </tr>
            </thead>
            <tbody>
              {recorded.activities.map((activity) => (
                <tr key={activity.id}>
                  <td className="nowrap">{formatDateAt(activity.occurredOn, activity.datePrecision)}</td>
                  <td>
                    {activity.title}
                    {activity.items.length > 0 && (
                      <small>
                        {activity.items
                          .map((item) =>
                            [item.quantity === null ? null : formatCount(item.quantity), item.unit, item.description]
                              .filter(Boolean)
                              .join(' '),
                          )
                          .join('; ')}
                      </small>
                    )}
                  </td>
                  <td>{categoryLabels[activity.category]}</td>
                  <td>{activity.agency.name}</td>
                  <td className="num nowrap">{activity.valueVnd ? formatVnd(activity.valueVnd) : '—'}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={4}>Total, {formatCount(recorded.total.activityCount)} activities</td>
                <td className="num nowrap" data-testid="activities-total">
                  {formatVnd(recorded.total.valueVnd)}
                </td>
              </tr>
            </tfoot>
          </table>
        )}
      </Card>
    </div>
  );
}

type ScorecardData = NonNullable<CommuneScorecardQuery['communeScorecard']>;

function Scorecard({ card }: { card: ScorecardData }) {
  const standard = card.levels.find((level) => level.level === 'STANDARD');
  const unmet = new Map(standard?.unmetCriteria.map((entry) => [entry.criterion.id, entry]));
  const assessedUnmet = standard?.unmetCriteria.filter((entry) => entry.status !== null) ?? [];
  const assigned = [
    ...new Set(standard?.unmetCriteria.flatMap((entry) => entry.assignedAgencies.map((agency) => agency.name))),
  ];
  return (
    <>
      <div className="levels">
        {card.levels.map((level) => (
          <div key={level.level} className="level">
            <strong>{levelLabels[level.level]}</strong>
            <div className="stack" role="img" aria-label={`${level.met} met of ${level.total}`}>
              <span className="met" style={{ flex: level.met }} />
              <span className="basically" style={{ flex: level.basicallyMet }} />
              <span className="not-met" style={{ flex: level.notMet }} />
              <span className="not-assessed" style={{ flex: level.notAssessed }} />
            </div>
            <span className="legend">
              {level.met} met · {level.basicallyMet} basically met · {level.notMet} not met · {level.notAssessed} not
              assessed
            </span>
          </div>
        ))}
      </div>
      <ol className="criteria-grid" aria-label="Standard-level criteria">
        {(card.criteriaSet?.criteria ?? []).map((criterion) => {
          const entry = unmet.get(criterion.id);
          const status = entry ? (entry.status ?? 'NOT_ASSESSED') : 'MET';
          return (
            <li
              key={criterion.id}
              className={`criterion ${status.toLowerCase()}`}
              title={`${criterion.name}: ${statusLabels[status]}`}
            >
              <span className="criterion-number">{criterion.number}</span>
              <span>
                {criterion.nameVi}
                <small className="criterion-status">{statusLabels[status]}</small>
              </span>
            </li>
          );
        })}
      </ol>
      {assessedUnmet.length > 0 && (
        <table className="table compact">
          <thead>
            <tr>
              <th>#</th>
              <th>Criterion not met</th>
              <th>Status</th>
              <th>Agencies assigned</th>
            </tr>
          </thead>
          <tbody>
            {assessedUnmet.map((entry) => (
              <tr key={entry.criterion.id}>
                <td>{entry.criterion.number}</td>
                <td>
                  {entry.criterion.nameVi}
                  <small>{entry.criterion.name}</small>
                </td>
                <td>{statusLabels[entry.status ?? 'NOT_ASSESSED']}</td>
                <td>{entry.assignedAgencies.map((agency) => agency.name).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {assigned.length > 0 && (
        <p className="note">Agencies assigned to help with the criteria not met: {assigned.join(', ')}.</p>
      )}
      {card.openNeeds.length > 0 && (
        <p className="note">Open requests: {card.openNeeds.map((need) => need.title).join('; ')}.</p>
      )}
    </>
  );
}

const statusLabels = {
  MET: 'met',
  BASICALLY_MET: 'basically met',
  NOT_MET: 'not met',
  NOT_ASSESSED: 'not assessed',
} as const;

function CommuneSearch() {
  const [text, setText] = useState('');
  const [results] = useQuery({
    query: FindPlacesDocument,
    // Communes merged away in 2025 still carry the support recorded before the reform.
    variables: { search: text, level: 'COMMUNE', includeHistory: true, first: 8 },
    pause: text.trim().length < 2,
  });
  const found = text.trim().length >= 2 ? (results.data?.places.nodes ?? []) : [];
  return (
    <div className="search">
      <input
        type="search"
        placeholder="Find a commune (dong giang)…"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-label="Find a commune"
      />
      {found.length > 0 && (
        <ul className="search-results">
          {found.map((place) => (
            <li key={place.id}>
              <button
                type="button"
                onClick={() => {
                  setText('');
                  navigate({ page: 'commune', code: place.code ?? '', asOf: place.validTo ?? undefined });
                }}
              >
                {place.fullName}
                <small>
                  {place.parent?.name}
                  {place.validTo ? ` · until ${formatDate(place.validTo)}` : ''}
                </small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
