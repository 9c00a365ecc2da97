import type { ChangeEntityType, ChangeType } from '../generated/prisma/enums.ts';

export type { ChangeEntityType, ChangeType };

/**
 * `upserted` is recorded as `created` when the write found nothing before it, else `updated`.
 * The audit trail's `action` column keeps the plain verbs it always had.
 */
type Action = 'created' | 'updated' | 'upserted' | 'archived' | 'deleted' | 'ended' | 'merged' | 'split';

interface ChangeTypeInfo {
  entity: ChangeEntityType;
  action: Action;
  description: string;
}

/** Every change type: the record it is about, its audit verb, and what it tells a partner. */
export const changeTypes = {
  ActivityRecorded: {
    entity: 'Activity',
    action: 'created',
    description: 'An activity (gift, works, training, visit …) was recorded.',
  },
  ActivityUpdated: {
    entity: 'Activity',
    action: 'updated',
    description: 'An activity was corrected, or linked to the need it met.',
  },
  ActivityDeleted: {
    entity: 'Activity',
    action: 'deleted',
    description: 'An activity was deleted; `before` holds what it was.',
  },
  AgencyCreated: { entity: 'Agency', action: 'created', description: 'An agency was registered.' },
  AgencyUpdated: { entity: 'Agency', action: 'updated', description: 'An agency’s details changed.' },
  AgencyArchived: { entity: 'Agency', action: 'archived', description: 'An agency was archived.' },
  DocumentCreated: {
    entity: 'Document',
    action: 'created',
    description: 'A decision or Party Committee document was registered.',
  },
  DocumentUpdated: { entity: 'Document', action: 'updated', description: 'A document’s details changed.' },
  DocumentArchived: { entity: 'Document', action: 'archived', description: 'A document was archived.' },
  TwinningAssigned: {
    entity: 'Twinning',
    action: 'created',
    description: 'An agency was assigned to twin with or help a place.',
  },
  TwinningEnded: { entity: 'Twinning', action: 'ended', description: 'A twinning ended.' },
  NeedOpened: { entity: 'Need', action: 'created', description: 'A place asked for something (a need was opened).' },
  NeedPledged: { entity: 'NeedPledge', action: 'created', description: 'An agency pledged to meet a need.' },
  NeedUpdated: { entity: 'Need', action: 'updated', description: 'A need’s status changed (e.g. to PLEDGED).' },
  NeedFulfilled: { entity: 'Need', action: 'updated', description: 'A need was met.' },
  NeedCancelled: { entity: 'Need', action: 'updated', description: 'A need was withdrawn.' },
  AssessmentSet: {
    entity: 'CriterionAssessment',
    action: 'upserted',
    description: 'A criterion assessment was recorded or changed.',
  },
  RecognitionRecorded: {
    entity: 'Recognition',
    action: 'created',
    description: 'A place was recognised as meeting a level.',
  },
  RecognitionUpdated: {
    entity: 'Recognition',
    action: 'updated',
    description: 'A standing recognition was recorded again with new details.',
  },
  RecognitionRevoked: { entity: 'Recognition', action: 'updated', description: 'A recognition was revoked.' },
  IndicatorObserved: {
    entity: 'IndicatorObservation',
    action: 'upserted',
    description: 'An indicator value (poverty rate, electricity …) was recorded or changed.',
  },
  PlaceCreated: { entity: 'Place', action: 'created', description: 'An administrative unit or village was created.' },
  PlaceUpdated: { entity: 'Place', action: 'updated', description: 'A unit’s details changed.' },
  PlaceArchived: { entity: 'Place', action: 'archived', description: 'A unit was archived.' },
  PlaceEnded: {
    entity: 'Place',
    action: 'ended',
    description: 'A unit ceased to exist in a merger or split (its validity ended).',
  },
  PlacesMerged: {
    entity: 'Place',
    action: 'merged',
    description: 'Units were merged; the entity is the successor, `after` lists the predecessors.',
  },
  PlaceSplit: {
    entity: 'Place',
    action: 'split',
    description: 'A unit was divided; the entity is the divided unit, `after` lists the successors.',
  },
  LineageRecorded: {
    entity: 'PlaceLineage',
    action: 'created',
    description: 'A lineage edge (merge, split) between two units was recorded.',
  },
  CriteriaSetCreated: { entity: 'CriteriaSet', action: 'created', description: 'A criteria set was created.' },
  CriteriaSetUpdated: { entity: 'CriteriaSet', action: 'updated', description: 'A criteria set changed.' },
  CriteriaSetArchived: { entity: 'CriteriaSet', action: 'archived', description: 'A criteria set was archived.' },
  CriterionCreated: { entity: 'Criterion', action: 'created', description: 'A criterion was added to a set.' },
  CriterionUpdated: { entity: 'Criterion', action: 'updated', description: 'A criterion changed.' },
  CriterionArchived: { entity: 'Criterion', action: 'archived', description: 'A criterion was archived.' },
  CriterionIndicatorCreated: {
    entity: 'CriterionIndicator',
    action: 'created',
    description: 'An indicator was added to a criterion.',
  },
  CriterionIndicatorUpdated: {
    entity: 'CriterionIndicator',
    action: 'updated',
    description: 'A criterion’s indicator changed.',
  },
} as const satisfies Record<ChangeType, ChangeTypeInfo>;

export const allChangeTypes = Object.keys(changeTypes) as ChangeType[];

/** The audit verb of one recorded change. */
export function actionOf(type: ChangeType, hadBefore: boolean): string {
  const { action } = changeTypes[type];
  if (action === 'upserted') return hadBefore ? 'updated' : 'created';
  return action;
}
