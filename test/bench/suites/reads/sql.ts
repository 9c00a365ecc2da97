// The hand-written competitor: one SQL statement per read, each returning the response body as
// JSON built by PostgreSQL. Written as a developer who knows the schema would write them, using
// the indexes the migrations create; no tables or functions of their own.

/** A unit valid on the date $n (validity is an inclusive date interval). */
const validOn = (alias: string, parameter: number) =>
  `(${alias}."validFrom" IS NULL OR ${alias}."validFrom" <= $${parameter}::date) AND (${alias}."validTo" IS NULL OR ${alias}."validTo" >= $${parameter}::date) AND ${alias}."archivedAt" IS NULL`;

/**
 * Each place with the province, district and commune it lies in (itself when it is one), from the
 * parent chain: village → commune → district → province is at most four rows.
 */
const placeAncestry = `
  SELECT p0.id,
    CASE WHEN p0.level = 'PROVINCE' THEN p0.id WHEN p1.level = 'PROVINCE' THEN p1.id
      WHEN p2.level = 'PROVINCE' THEN p2.id WHEN p3.level = 'PROVINCE' THEN p3.id END AS province_id,
    CASE WHEN p0.level = 'COMMUNE' THEN p0.id WHEN p1.level = 'COMMUNE' THEN p1.id WHEN p2.level = 'COMMUNE' THEN p2.id END AS commune_id
  FROM "Place" p0
  LEFT JOIN "Place" p1 ON p1.id = p0."parentId"
  LEFT JOIN "Place" p2 ON p2.id = p1."parentId"
  LEFT JOIN "Place" p3 ON p3.id = p2."parentId"`;

const money = (expression: string) => `coalesce(${expression}, 0)::text`;

/** supportSummary grouped by one dimension: the top `limit` groups by value, with the number of groups. */
// Ties (e.g. categories with no value at all) break on the key as text, as the API orders them.
function summarySql(key: string, join: string, label: string): string {
  return `
    WITH places AS (${placeAncestry}),
    groups AS (
      SELECT ${key} AS key, sum(a."valueVnd") AS value, count(*) AS activities, count(*) OVER () AS total
      FROM "Activity" a JOIN places pl ON pl.id = a."placeId"
      GROUP BY 1
      ORDER BY coalesce(sum(a."valueVnd"), 0) DESC, ${key}::text
      LIMIT $1
    )
    SELECT json_build_object(
      'totalCount', coalesce(max(g.total), 0),
      'nodes', coalesce(json_agg(json_build_object(${label}, 'valueVnd', ${money('g.value')}, 'activityCount', g.activities)
        ORDER BY coalesce(g.value, 0) DESC, g.key::text), '[]'))::text
    FROM groups g ${join}`;
}

export const rawSql = {
  provinceTree: `
    SELECT json_build_object('name', p.name, 'code', p.code, 'districts', (
      SELECT coalesce(json_agg(json_build_object('name', d.name, 'code', d.code, 'communes', (
        SELECT coalesce(json_agg(json_build_object('name', c.name, 'code', c.code) ORDER BY c.name, c.id), '[]')
        FROM "Place" c WHERE c."parentId" = d.id AND c."archivedAt" IS NULL
      )) ORDER BY d.name, d.id), '[]')
      FROM "Place" d WHERE d."parentId" = p.id AND d.level = 'DISTRICT' AND d."archivedAt" IS NULL
    ))::text
    FROM "Place" p WHERE p.level = 'PROVINCE' AND p.code = $1 AND ${validOn('p', 2)}
    LIMIT 1`,

  placeWithParents: `
    SELECT json_build_object('name', c.name, 'code', c.code, 'parent',
      CASE WHEN d.id IS NOT NULL THEN json_build_object('name', d.name, 'code', d.code, 'parent',
        CASE WHEN p.id IS NOT NULL THEN json_build_object('name', p.name, 'code', p.code) END) END)::text
    FROM "Place" c
    LEFT JOIN "Place" d ON d.id = c."parentId"
    LEFT JOIN "Place" p ON p.id = d."parentId"
    WHERE c.code = $1 AND ${validOn('c', 2)}
    LIMIT 1`,

  latestActivities: `
    SELECT coalesce(json_agg(json_build_object(
      'title', a.title, 'occurredOn', a."occurredOn", 'valueVnd', a."valueVnd"::text,
      'agency', json_build_object('name', ag.name), 'place', json_build_object('name', pl.name))
      ORDER BY a."occurredOn" DESC, a.id), '[]')::text
    FROM (SELECT * FROM "Activity" ORDER BY "occurredOn" DESC, id LIMIT $1) a
    JOIN "Agency" ag ON ag.id = a."agencyId"
    JOIN "Place" pl ON pl.id = a."placeId"`,

  scorecard: `
    WITH area AS (SELECT $1::uuid AS id UNION ALL SELECT id FROM "Place" WHERE "parentId" = $1::uuid),
    criteria_set AS (
      SELECT s.id FROM "CriteriaSet" s
      WHERE s."appliesTo" = 'COMMUNE' AND s.programme = 'NEW_RURAL_DEVELOPMENT' AND s."issuerPlaceId" IS NULL
        AND s."validFrom" <= make_date($2, 12, 31) AND (s."validTo" IS NULL OR s."validTo" >= make_date($2, 1, 1))
        AND 'STANDARD' = ANY(s.levels)
      ORDER BY s."validFrom" DESC LIMIT 1
    ),
    above AS (
      SELECT c.id FROM "Place" c WHERE c.id = $1::uuid
      UNION ALL SELECT c."parentId" FROM "Place" c WHERE c.id = $1::uuid AND c."parentId" IS NOT NULL
      UNION ALL SELECT d."parentId" FROM "Place" c JOIN "Place" d ON d.id = c."parentId" WHERE c.id = $1::uuid AND d."parentId" IS NOT NULL
    )
    SELECT json_build_object(
      'commune', (SELECT json_build_object('name', name, 'code', code) FROM "Place" WHERE id = $1::uuid),
      'levels', (
        SELECT coalesce(json_agg(json_build_object('level', l.level, 'met', l.met, 'basicallyMet', l.basically, 'notMet', l.not_met) ORDER BY l.level), '[]')
        FROM (
          SELECT a.level, count(*) FILTER (WHERE a.status = 'MET') AS met,
            count(*) FILTER (WHERE a.status = 'BASICALLY_MET') AS basically, count(*) FILTER (WHERE a.status = 'NOT_MET') AS not_met
          FROM "CriterionAssessment" a JOIN "Criterion" cr ON cr.id = a."criterionId"
          WHERE a."placeId" = $1::uuid AND a.year = $2 AND cr."setId" = (SELECT id FROM criteria_set)
          GROUP BY a.level
        ) l),
      'openNeeds', (
        SELECT coalesce(json_agg(json_build_object('title', n.title, 'status', n.status) ORDER BY n."requestedOn", n.id), '[]')
        FROM "Need" n WHERE n."placeId" IN (SELECT id FROM area) AND n.status IN ('OPEN', 'PLEDGED')),
      'assignedTwinnings', (
        SELECT coalesce(json_agg(json_build_object('agency', json_build_object('name', ag.name), 'startsOn', t."startsOn", 'endsOn', t."endsOn") ORDER BY ag.name, t.id), '[]')
        FROM "Twinning" t JOIN "Agency" ag ON ag.id = t."agencyId"
        WHERE t."placeId" IN (SELECT id FROM above) AND t."startsOn" <= make_date($2, 12, 31)
          AND (t."endsOn" IS NULL OR t."endsOn" >= make_date($2, 1, 1))),
      'povertyTrend', (
        SELECT coalesce(json_agg(json_build_object('year', o.year, 'value', o.value) ORDER BY o.year), '[]')
        FROM "IndicatorObservation" o JOIN "Indicator" i ON i.id = o."indicatorId"
        WHERE i.code = 'POVERTY_RATE' AND o."placeId" = $1::uuid AND o.year <= $2),
      'supportInYear', (
        SELECT json_build_object('valueVnd', ${money('sum(a."valueVnd")')}, 'activityCount', count(*))
        FROM "Activity" a WHERE a."placeId" IN (SELECT id FROM area)
          AND a."occurredOn" >= make_date($2, 1, 1) AND a."occurredOn" <= make_date($2, 12, 31)),
      'supportAllTime', (
        SELECT json_build_object('valueVnd', ${money('sum(a."valueVnd")')}, 'activityCount', count(*))
        FROM "Activity" a WHERE a."placeId" IN (SELECT id FROM area))
    )::text`,

  summaryByProvince: summarySql(
    'pl.province_id',
    'LEFT JOIN "Place" k ON k.id = g.key',
    `'province', CASE WHEN k.id IS NOT NULL THEN json_build_object('code', k.code, 'name', k.name) END`,
  ),
  summaryByCommune: summarySql(
    'pl.commune_id',
    'LEFT JOIN "Place" k ON k.id = g.key',
    `'commune', CASE WHEN k.id IS NOT NULL THEN json_build_object('code', k.code, 'name', k.name) END`,
  ),
  summaryByAgency: summarySql(
    'a."agencyId"',
    'JOIN "Agency" k ON k.id = g.key',
    `'agency', json_build_object('name', k.name)`,
  ),
  summaryByYear: summarySql(`extract(year FROM a."occurredOn")::int`, '', `'year', g.key`),
  summaryByCategory: summarySql('a.category', '', `'category', g.key`),
  summaryByFundingSource: summarySql('a."fundingSource"', '', `'fundingSource', g.key`),

  provinceTotalWithHistory: `
    WITH RECURSIVE scope(id) AS (
      SELECT id FROM "Place" p WHERE p.level = 'PROVINCE' AND p.code = $1 AND ${validOn('p', 2)}
      UNION
      SELECT below.id FROM scope CROSS JOIN LATERAL (
        SELECT c.id FROM "Place" c WHERE c."parentId" = scope.id
        UNION ALL
        SELECT l."predecessorId" FROM "PlaceLineage" l WHERE l."successorId" = scope.id AND l."isDefaultSuccessor"
      ) below
    )
    SELECT json_build_object('valueVnd', ${money('sum(a."valueVnd")')}, 'activityCount', count(*))::text
    FROM "Activity" a WHERE a."placeId" IN (SELECT id FROM scope)`,

  provinceTotals: `
    WITH provinces AS (SELECT p.id, p.code FROM "Place" p WHERE p.level = 'PROVINCE' AND ${validOn('p', 1)}),
    places AS (${placeAncestry}),
    totals AS (
      SELECT pl.province_id, sum(a."valueVnd") AS value, count(*) AS activities
      FROM "Activity" a JOIN places pl ON pl.id = a."placeId"
      WHERE pl.province_id IN (SELECT id FROM provinces)
      GROUP BY 1
    )
    SELECT coalesce(json_agg(json_build_object('code', pr.code, 'supportTotal',
      json_build_object('valueVnd', ${money('t.value')}, 'activityCount', coalesce(t.activities, 0))) ORDER BY pr.code), '[]')::text
    FROM provinces pr LEFT JOIN totals t ON t.province_id = pr.id`,
} as const;

export type RawRead = keyof typeof rawSql;
