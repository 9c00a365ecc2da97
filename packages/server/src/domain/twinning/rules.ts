import { z } from 'zod';
import { DatePrecision, TwinningRelation } from '../../generated/prisma/enums.ts';
import { agencyId, campaignId, documentId, optionalText, placeId, twinningId } from '../rules.ts';

export const newTwinning = z.object({
  agencyId,
  placeId,
  documentId: documentId.nullish(),
  campaignId: campaignId.nullish(),
  relation: z.enum(TwinningRelation),
  startsOn: z.date(),
  startPrecision: z.enum(DatePrecision).nullish(),
  endsOn: z.date().nullish(),
  note: optionalText(2000),
});

export const twinningEnding = z.object({ id: twinningId, endsOn: z.date(), reason: optionalText(1000) });
