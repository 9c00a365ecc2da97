import { FindPlacesDocument, type GapKind, GapsDocument, PlaceByCodeDocument } from '@twinning/sdk';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Card, Empty, Kpi, PageHeader, Status } from '../components/ui.tsx';
import { formatCount, formatDateAt, formatVnd } from '../format.ts';
import { categoryLabels, gapKindLabels } from '../labels.ts';
import { href, navigate } from '../router.ts';
import { BEFORE_REFORM } from './ProvincePage.tsx';

const KINDS: GapKind[] = ['UNSPONSORED_UNMET_CRITERIA', 'UNPLEDGED_NEEDS'];

/** The gap view: places with unmet NTM criteria and no sponsor, and requests no agency has pledged. */
export function GapsPage({ provinceCode }: { provinceCode: string | undefined }) {
  const [kind, setKind] = useState<GapKind | 'ALL'>('ALL');
  const [provinces] = useQuery({
    query: FindPlacesDocument,
    variables: { level: 'PROVINCE', asOf: BEFORE_REFORM, first: 100 },
  });
  const [province] = useQuery({
    query: PlaceByCodeDocument,
    variables: { code: provinceCode ?? '', asOf: BEFORE_REFORM },
    pause: !provinceCode,
  });
  const provinceId = provinceCode ? province.data?.place?.id : undefined;
  const [gaps] = useQuery({
    query: GapsDocument,
    variables: { provinceId, kind: kind === 'ALL' ? KINDS : [kind], first: 20 },
    pause: Boolean(provinceCode) && !provinceId,
  });
  const nodes = gaps.data?.gaps.nodes ?? [];
  const unpledged = nodes.reduce((sum, gap) => sum + (gap.unpledgedNeedCount ?? 0), 0);
  return (
    <>
      <PageHeader eyebrow="Gap view · Khoảng trống hỗ trợ" title="Where support is missing">
        <label className="field">
          Province
          <select
            data-testid="gap-province"
            value={provinceCode ?? ''}
            onChange={(event) => navigate({ page: 'gaps', provinceCode: event.target.value || undefined })}
          >
            <option value="">All provinces</option>
            {(provinces.data?.places.nodes ?? []).map((place) => (
              <option key={place.id} value={place.code ?? ''}>
                {place.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Kind
          <select value={kind} onChange={(event) => setKind(event.target.value as GapKind | 'ALL')}>
            <option value="ALL">Both kinds</option>
            {KINDS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {gapKindLabels[candidate]}
              </option>
            ))}
          </select>
        </label>
      </PageHeader>
      <div className="grid">
        <div className="kpis wide">
          <Kpi testId="kpi-gaps" label="Places with a gap" value={formatCount(gaps.data?.gaps.totalCount)} />
          <Kpi
            testId="kpi-unmet"
            label="Places with unmet criteria, no sponsor"
            value={formatCount(nodes.filter((gap) => gap.kind === 'UNSPONSORED_UNMET_CRITERIA').length)}
          />
          <Kpi testId="kpi-unpledged" label="Requests no agency pledged" value={formatCount(unpledged)} />
        </div>
        <Card title="Largest gaps first" subtitle="Most unmet criteria, most unpledged requests" wide testId="gaps">
          <Status fetching={gaps.fetching} error={gaps.error} />
          {!gaps.fetching && nodes.length === 0 && (
            <Empty>No gap: every unmet criterion has a sponsor and every request a pledge.</Empty>
          )}
          {nodes.map((gap) => (
            <article key={`${gap.kind}-${gap.place.id}`} className="gap" data-testid="gap">
              <header>
                <span className={`tag ${gap.kind === 'UNPLEDGED_NEEDS' ? 'needs' : 'criteria'}`}>
                  {gapKindLabels[gap.kind]}
                </span>
                <h3>
                  {gap.place.level === 'COMMUNE' ? (
                    <a
                      href={href({ page: 'commune', code: gap.place.code ?? '', asOf: gap.place.validTo ?? undefined })}
                    >
                      {gap.place.fullName}
                    </a>
                  ) : (
                    gap.place.fullName
                  )}
                  <span className="gap-parent">{gap.place.parent?.name}</span>
                </h3>
                <strong className="gap-count">
                  {gap.kind === 'UNPLEDGED_NEEDS'
                    ? `${formatCount(gap.unpledgedNeedCount)} open requests`
                    : `${formatCount(gap.unmetCriterionCount)} criteria unmet${gap.year ? ` in ${gap.year}` : ''}`}
                </strong>
              </header>
              {gap.unmetCriteria.length > 0 && (
                <p className="criteria">
                  {gap.unmetCriteria.map((criterion) => (
                    <span key={criterion.id} className="chip">
                      {criterion.number}. {criterion.nameVi}
                    </span>
                  ))}
                </p>
              )}
              {gap.unpledgedNeeds.length > 0 && (
                <table className="table compact">
                  <thead>
                    <tr>
                      <th>Request</th>
                      <th>Category</th>
                      <th>Asked of</th>
                      <th>Requested</th>
                      <th className="num">Estimate</th>
                    </tr>
                  </thead>
                  <tbody>
                    {gap.unpledgedNeeds.map((need) => (
                      <tr key={need.id}>
                        <td>{need.title}</td>
                        <td>{categoryLabels[need.category]}</td>
                        <td>{need.requestedOf?.name ?? '—'}</td>
                        <td className="nowrap">{formatDateAt(need.requestedOn, need.datePrecision)}</td>
                        <td className="num">{need.estimatedValueVnd ? formatVnd(need.estimatedValueVnd) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </article>
          ))}
        </Card>
      </div>
    </>
  );
}
