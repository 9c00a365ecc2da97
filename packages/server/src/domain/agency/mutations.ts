import { builder } from '../../schema/builder.ts';
import { AgencyKindEnum } from '../../schema/enums.ts';
import { defineWrite } from '../../schema/write.ts';
import { archiveAgency, createAgency, updateAgency } from './service.ts';

const AgencyFields = {
  kind: 'What sort of body it is: department, mass organisation, enterprise, household …',
  name: 'Vietnamese name with diacritics, e.g. "Sở Công Thương"; search finds it typed without them.',
  homeProvinceId:
    'The province it belongs to; null for national bodies. An editor key may only name one of its provinces.',
} as const;

const CreateAgencyInput = builder.inputType('CreateAgencyInput', {
  description: 'A new agency, organisation, enterprise, community or household.',
  fields: (t) => ({
    kind: t.field({ type: AgencyKindEnum, required: true, description: AgencyFields.kind }),
    name: t.string({ required: true, description: AgencyFields.name }),
    nameEn: t.string({ required: false }),
    abbreviation: t.string({ required: false }),
    parentId: t.id({ required: false, description: 'The body it belongs to.' }),
    homeProvinceId: t.id({ required: false, description: AgencyFields.homeProvinceId }),
    validFrom: t.field({ type: 'Date', required: false }),
    validTo: t.field({ type: 'Date', required: false }),
    note: t.string({ required: false }),
  }),
});

const UpdateAgencyInput = builder.inputType('UpdateAgencyInput', {
  description: 'Changes to an agency: fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    kind: t.field({ type: AgencyKindEnum, required: false, description: AgencyFields.kind }),
    name: t.string({ required: false, description: AgencyFields.name }),
    nameEn: t.string({ required: false }),
    abbreviation: t.string({ required: false }),
    parentId: t.id({ required: false }),
    homeProvinceId: t.id({ required: false, description: AgencyFields.homeProvinceId }),
    validFrom: t.field({ type: 'Date', required: false }),
    validTo: t.field({ type: 'Date', required: false }),
    note: t.string({ required: false }),
  }),
});

const ArchiveAgencyInput = builder.inputType('ArchiveAgencyInput', {
  description: 'The agency to retire.',
  fields: (t) => ({ id: t.id({ required: true }) }),
});

defineWrite('createAgency', {
  description: 'Register an agency. Admins register any; an editor registers agencies of its own provinces.',
  role: 'editor',
  input: CreateAgencyInput,
  returns: { node: 'Agency', as: 'agency' },
  write: createAgency,
});

defineWrite('updateAgency', {
  description: 'Change an agency: admins any, an editor those of its provinces or its own agencies.',
  role: 'editor',
  input: UpdateAgencyInput,
  returns: { node: 'Agency', as: 'agency' },
  write: updateAgency,
});

defineWrite('archiveAgency', {
  description:
    'Retire an agency record. Refused while it has active or planned twinnings or member bodies; its history stays.',
  role: 'editor',
  input: ArchiveAgencyInput,
  returns: { node: 'Agency', as: 'agency' },
  write: archiveAgency,
});
