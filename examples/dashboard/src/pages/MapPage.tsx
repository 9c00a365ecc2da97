import {
  CommuneLocationsDocument,
  type CommuneLocationsQuery,
  SupportByCommuneDocument,
  type SupportByCommuneQuery,
} from '@twinning/sdk';
import { geoMercator } from 'd3-geo';
import { useEffect, useMemo, useState } from 'react';
import { type Client, useClient } from 'urql';
import { Card, Kpi, PageHeader } from '../components/ui.tsx';
import { formatCount, formatVnd, formatVndShort, maxVnd, vnd } from '../format.ts';
import { href } from '../router.ts';

type Commune = CommuneLocationsQuery['places']['nodes'][number];
type SupportGroup = SupportByCommuneQuery['supportSummary']['nodes'][number];

interface Received {
  valueVnd: bigint;
  activityCount: number;
  /** The communes (as recorded, before the reform) whose support this unit carries. */
  recordedOn: string[];
}

const WIDTH = 640;
const HEIGHT = 860;
const PAGE = 100;

/** Today's communes (the 2025 catalogue) as points, coloured by the support they received. */
export function MapPage() {
  const client = useClient();
  const [communes, setCommunes] = useState<Commune[]>([]);
  const [expected, setExpected] = useState<number | undefined>();
  const [groups, setGroups] = useState<SupportGroup[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let cancelled = false;
    const today = new Date().toISOString().slice(0, 10);
    (async () => {
      const support = await allSupportGroups(client);
      if (!cancelled) setGroups(support);
      let after: string | null | undefined;
      do {
        const result = await client.query(CommuneLocationsDocument, { asOf: today, first: PAGE, after }).toPromise();
        if (result.error || !result.data) throw result.error ?? new Error('no data');
        if (cancelled) return;
        const page = result.data.places;
        setExpected(page.totalCount);
        setCommunes((loaded) => [...loaded, ...page.nodes]);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      } while (after);
    })().catch((failure: unknown) => !cancelled && setError(String(failure)));
    return () => {
      cancelled = true;
    };
  }, [client]);

  const received = useMemo(() => receivedByCommune(groups ?? []), [groups]);
  const loading = expected === undefined || communes.length < expected;
  const located = useMemo(
    () => communes.filter((commune) => commune.latitude !== null && commune.longitude !== null),
    [communes],
  );
  // Drawn once every commune has arrived, so the map does not rescale page by page.
  const projection = useMemo(() => {
    if (loading || located.length === 0) return undefined;
    const points = located.map((commune) => [commune.longitude!, commune.latitude!]);
    return geoMercator().fitExtent(
      [
        [12, 12],
        [WIDTH - 12, HEIGHT - 12],
      ],
      { type: 'MultiPoint', coordinates: points },
    );
  }, [loading, located]);
  const largest = maxVnd([...received.values()].map((entry) => entry.valueVnd));
  const supported = located
    .filter((commune) => received.has(commune.id))
    .sort((a, b) => compareBig(received.get(b.id)!.valueVnd, received.get(a.id)!.valueVnd));
  const aboveCommune = (groups ?? []).filter((group) => !group.commune);

  return (
    <>
      <PageHeader eyebrow="Map · Bản đồ" title="Support received by commune">
        <span className="hint">
          Communes as they are today (2025 catalogue); support given before the reform counts for the commune that
          absorbed the unit it was given to.
        </span>
      </PageHeader>
      <div className="grid map-grid">
        <div className="kpis wide">
          <Kpi
            testId="kpi-communes"
            label="Communes on the map"
            value={formatCount(located.length)}
            detail={loading ? `loading… of ${formatCount(expected)}` : 'with coordinates'}
          />
          <Kpi testId="kpi-supported" label="Communes that received support" value={formatCount(supported.length)} />
          <Kpi
            testId="kpi-value"
            label="Value received by them"
            value={formatVndShort([...received.values()].reduce((sum, entry) => sum + entry.valueVnd, 0n))}
          />
        </div>
        <Card
          title="Map"
          subtitle={
            loading
              ? `Loading communes… ${formatCount(communes.length)} / ${formatCount(expected)}`
              : 'Each dot is a commune, ward or special zone'
          }
          testId="map"
        >
          {error && <p className="status error">Could not load: {error}</p>}
          <div className="map-frame">
            <svg
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              role="img"
              aria-label="Map of communes coloured by support received"
              data-testid="map-svg"
            >
              <rect width={WIDTH} height={HEIGHT} fill="#eef4f8" rx="8" />
              {projection &&
                located
                  .filter((commune) => !received.has(commune.id))
                  .map((commune) => {
                    const [x, y] = projection([commune.longitude!, commune.latitude!])!;
                    return (
                      <circle key={commune.id} cx={x} cy={y} r={1.6} fill="#9fb3c2">
                        <title>{`${commune.fullName}, ${commune.parent?.name ?? ''}`}</title>
                      </circle>
                    );
                  })}
              {projection &&
                supported.map((commune) => {
                  const [x, y] = projection([commune.longitude!, commune.latitude!])!;
                  const entry = received.get(commune.id)!;
                  return (
                    <a
                      key={commune.id}
                      href={href({ page: 'commune', code: commune.code ?? '', asOf: undefined })}
                      data-code={commune.code ?? undefined}
                    >
                      <title>{`${commune.fullName}, ${commune.parent?.name ?? ''}: ${formatVnd(entry.valueVnd)}`}</title>
                      <circle
                        cx={x}
                        cy={y}
                        r={7}
                        fill={colourFor(entry.valueVnd, largest)}
                        stroke="#fff"
                        strokeWidth={1.5}
                      />
                      <text x={x + 10} y={y + 4} className="map-label">
                        {commune.name}
                      </text>
                    </a>
                  );
                })}
            </svg>
          </div>
          <div className="map-legend">
            <span>
              <i style={{ background: '#9fb3c2' }} /> no support recorded
            </span>
            <span>
              <i style={{ background: colourFor(0n, largest) }} /> activities, value not stated
            </span>
            <span>
              <i className="ramp" /> value received (darker is more)
            </span>
          </div>
        </Card>
        <Card
          title="Communes that received support"
          subtitle="Largest value first, counting the units each replaced"
          testId="map-supported"
        >
          {supported.length === 0 && !loading && <p className="empty">No commune has support recorded.</p>}
          <table className="table">
            <thead>
              <tr>
                <th>Commune</th>
                <th className="num">Activities</th>
                <th className="num">Value</th>
              </tr>
            </thead>
            <tbody>
              {supported.map((commune) => {
                const entry = received.get(commune.id)!;
                return (
                  <tr key={commune.id}>
                    <td>
                      <a href={href({ page: 'commune', code: commune.code ?? '', asOf: undefined })}>
                        {commune.fullName}
                      </a>
                      <small>
                        {commune.parent?.name} · recorded on {entry.recordedOn.join(', ')}
                      </small>
                    </td>
                    <td className="num">{formatCount(entry.activityCount)}</td>
                    <td className="num nowrap">{formatVnd(entry.valueVnd)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {aboveCommune.length > 0 && (
            <p className="note" data-testid="above-commune">
              {formatCount(aboveCommune.reduce((sum, group) => sum + group.activityCount, 0))} activities (
              {formatVnd(aboveCommune.reduce((sum, group) => sum + vnd(group.valueVnd), 0n))}) were recorded on a
              district or province rather than a commune, so no point on the map carries them.
            </p>
          )}
        </Card>
      </div>
    </>
  );
}

async function allSupportGroups(client: Client): Promise<SupportGroup[]> {
  const groups: SupportGroup[] = [];
  let after: string | null | undefined;
  do {
    const result = await client.query(SupportByCommuneDocument, { first: PAGE, after }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('no data');
    groups.push(...result.data.supportSummary.nodes);
    after = result.data.supportSummary.pageInfo.hasNextPage ? result.data.supportSummary.pageInfo.endCursor : undefined;
  } while (after);
  return groups;
}

/** Support recorded on a commune counts for each unit it lives on in today (itself, if it still exists). */
function receivedByCommune(groups: SupportGroup[]): Map<string, Received> {
  const received = new Map<string, Received>();
  for (const group of groups) {
    for (const today of group.commune?.current ?? []) {
      const entry = received.get(today.id) ?? { valueVnd: 0n, activityCount: 0, recordedOn: [] };
      entry.valueVnd += vnd(group.valueVnd);
      entry.activityCount += group.activityCount;
      entry.recordedOn.push(`${group.commune!.fullName} (${group.commune!.parent?.name ?? '—'})`);
      received.set(today.id, entry);
    }
  }
  return received;
}

function compareBig(a: bigint, b: bigint): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

const LIGHT = [253, 208, 162];
const DARK = [166, 54, 3];

/** Orange to dark red on a logarithmic scale of the value; teal where activities carry no value. */
function colourFor(value: bigint, largest: bigint): string {
  if (value === 0n || largest === 0n) return '#2a9d8f';
  const share = largest === 1n ? 1 : Math.log10(Number(value)) / Math.log10(Number(largest));
  const channel = (index: number) =>
    Math.round(LIGHT[index]! + (DARK[index]! - LIGHT[index]!) * Math.min(1, Math.max(0, share)));
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}
