import { z } from 'zod';
import { ActivityCategory, DatePrecision } from '../../generated/prisma/enums.ts';
import {
  activityId,
  agencyId,
  criterionId,
  documentId,
  money,
  needId,
  optionalText,
  placeId,
  requiredText,
  twinningId,
} from '../rules.ts';

export const newNeed = z.object({
  placeId,
  category: z.enum(ActivityCategory),
  title: requiredText(300),
  description: optionalText(5000),
  requestedOn: z.date(),
  datePrecision: z.enum(DatePrecision).nullish(),
  estimatedValueVnd: money.nullish(),
  criterionId: criterionId.nullish(),
  requestedOfId: agencyId.nullish(),
  twinningId: twinningId.nullish(),
  documentId: documentId.nullish(),
});

export const pledge = z.object({
  needId,
  agencyId,
  amountVnd: money.nullish(),
  note: optionalText(1000),
  pledgedOn: z.date().nullish(),
});

export const fulfilment = z.object({
  needId,
  activityIds: z.array(activityId).min(1, 'Name at least one activity that fulfilled the need.').max(1000),
  closedOn: z.date().nullish(),
});

export const cancellation = z.object({ needId, reason: requiredText(1000) });
