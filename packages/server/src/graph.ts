import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './schema/builder.ts';
import './schema/scalars.ts';
import './schema/enums.ts';
import './schema/errors.ts';
import './schema/refs.ts';

// Each concept registers its type, root queries and mutations on import (domain/<concept>/index.ts).

// ── Places and reference data: places, agencies, documents, OCOP, commendations, campaigns,
//    funding, published figures, access
import './domain/place/index.ts';
import './domain/agency/index.ts';
import './domain/document/index.ts';
import './domain/ocop/index.ts';
import './domain/commendation/index.ts';
import './domain/campaign/index.ts';
import './domain/funding/index.ts';
import './domain/reported-figure/index.ts';

// ── Support: twinnings, activities, needs, indicators, assessments, recognitions
import './domain/twinning/index.ts';
import './domain/activity/index.ts';
import './domain/need/index.ts';
import './domain/indicator/index.ts';
import './domain/assessment/index.ts';
import './domain/recognition/index.ts';

// ── Criteria, the change feed, webhooks, API keys and analytics
import './domain/criteria/index.ts';
import './domain/change/index.ts';
import './domain/webhook/index.ts';
import './domain/api-key/index.ts';
import './analytics/support-summary/index.ts';
import './analytics/indicator-series/index.ts';
import './analytics/scorecard/index.ts';
import './analytics/progress/index.ts';
import './analytics/gaps/index.ts';

export const schema = builder.toSchema();

/** The committed `schema.graphql`: sorted, so a diff shows only real changes. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
