import { builder } from '../../schema/builder.ts';
import { AttainmentLevelEnum, CriteriaProgrammeEnum, RecognitionStatusEnum } from '../../schema/enums.ts';
import { recordDates } from '../../schema/record-fields.ts';
import { RecognitionRef } from '../../schema/refs.ts';

builder.prismaObjectFields(RecognitionRef, (t) => ({
  place: t.relation('place', { description: 'The place recognised.' }),
  programme: t.expose('programme', {
    type: CriteriaProgrammeEnum,
    description: 'The programme the level belongs to.',
  }),
  level: t.expose('level', {
    type: AttainmentLevelEnum,
    description: 'Standard, advanced (nâng cao) or model (kiểu mẫu).',
  }),
  status: t.expose('status', { type: RecognitionStatusEnum, description: 'Applied for, recognised or revoked.' }),
  year: t.exposeInt('year', { description: 'The year the recognition counts for.' }),
  recognisedOn: t.expose('recognisedOn', { type: 'Date', nullable: true, description: 'Date of the decision.' }),
  decidedBy: t.exposeString('decidedBy', {
    nullable: true,
    description: 'Who decided, e.g. "Prime Minister", "Chairman of the Provincial People’s Committee".',
  }),
  decision: t.relation('decision', { nullable: true, description: 'The decision that recognised it.' }),
  revokedOn: t.expose('revokedOn', { type: 'Date', nullable: true, description: 'When it was revoked, if it was.' }),
  revocationDocument: t.relation('revocationDocument', {
    nullable: true,
    description: 'The decision that revoked it.',
  }),
  revocationReason: t.exposeString('revocationReason', { nullable: true, description: 'Why it was revoked.' }),
  note: t.exposeString('note', { nullable: true, description: 'Free-text remark from the record keeper.' }),
  createdAt: t.expose('createdAt', recordDates.createdAt),
  updatedAt: t.expose('updatedAt', recordDates.updatedAt),
}));
