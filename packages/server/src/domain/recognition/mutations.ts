import { builder } from '../../schema/builder.ts';
import { AttainmentLevelEnum, CriteriaProgrammeEnum, RecognitionStatusEnum } from '../../schema/enums.ts';
import { defineWrite } from '../../schema/write.ts';
import { recordRecognition, revokeRecognition } from './service.ts';

const RecordRecognitionInput = builder.inputType('RecordRecognitionInput', {
  description: 'A place applied for, or was recognised at, a level.',
  fields: (t) => ({
    placeId: t.id({ required: true }),
    programme: t.field({ type: CriteriaProgrammeEnum, required: false, description: 'Default NEW_RURAL_DEVELOPMENT.' }),
    level: t.field({
      type: AttainmentLevelEnum,
      required: true,
      description: 'A level a criteria set of the programme recognises for places of this level in `year`.',
    }),
    status: t.field({
      type: RecognitionStatusEnum,
      required: true,
      description: 'APPLIED or RECOGNISED; recognising a place that applied completes its application.',
    }),
    year: t.int({ required: true, description: 'The year the recognition counts for.' }),
    recognisedOn: t.field({ type: 'Date', required: false, description: 'Default: the decision’s date.' }),
    decidedBy: t.string({ required: false, description: 'e.g. "Prime Minister".' }),
    decisionId: t.id({ required: false, description: 'The decision; required when RECOGNISED.' }),
    note: t.string({ required: false }),
  }),
});

const RevokeRecognitionInput = builder.inputType('RevokeRecognitionInput', {
  description: 'Revocation of a recognition under Decision 18/2022/QĐ-TTg.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The recognition.' }),
    revokedOn: t.field({ type: 'Date', required: true }),
    documentId: t.id({ required: true, description: 'The revocation decision (not the one that recognised it).' }),
    reason: t.string({ required: true }),
  }),
});

defineWrite('recordRecognition', {
  description:
    'Record an application for, or the recognition of, a level (e.g. a commune meeting NTM). Editors write within their provinces.',
  role: 'editor',
  input: RecordRecognitionInput,
  returns: { node: 'Recognition', as: 'recognition' },
  write: recordRecognition,
});

defineWrite('revokeRecognition', {
  description: 'Revoke a standing recognition by decision, with its reason; the record stays, marked REVOKED.',
  role: 'editor',
  input: RevokeRecognitionInput,
  returns: { node: 'Recognition', as: 'recognition' },
  write: revokeRecognition,
});
