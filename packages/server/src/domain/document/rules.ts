import { z } from 'zod';
import { todayInVietnam } from '../../dates.ts';
import { DocumentKind } from '../../generated/prisma/enums.ts';
import { documentId, optionalText, placeId, requiredText } from '../rules.ts';

const url = z
  .string()
  .trim()
  .max(2000, 'At most 2000 characters.')
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'A web address starting with http:// or https://.')
  .nullish();

const issuedOn = z
  .date()
  .refine((value) => value <= todayInVietnam(), 'A document cannot be issued in the future.')
  .nullish();

export const newDocument = z.object({
  number: requiredText(100),
  kind: z.enum(DocumentKind),
  issuer: requiredText(300),
  issuerPlaceId: placeId.nullish(),
  issuedOn,
  title: requiredText(1000),
  url,
  note: optionalText(2000),
});

export const documentChanges = z.object({
  id: documentId,
  number: requiredText(100).optional(),
  kind: z.enum(DocumentKind).optional(),
  issuer: requiredText(300).optional(),
  issuerPlaceId: placeId.nullish(),
  issuedOn,
  title: requiredText(1000).optional(),
  url,
  note: optionalText(2000),
});

export const documentReference = z.object({ id: documentId });
