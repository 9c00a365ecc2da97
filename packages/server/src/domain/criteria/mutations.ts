import { builder } from '../../schema/builder.ts';
import { AttainmentLevelEnum, CriteriaProgrammeEnum, PlaceLevelEnum } from '../../schema/enums.ts';
import { defineWrite } from '../../schema/write.ts';
import {
  archiveCriteriaSet,
  createCriteriaSet,
  createCriterion,
  updateCriteriaSet,
  updateCriterion,
} from './service.ts';

// ─── Mutations (admin only: criteria sets are national or provincial reference data) ────────

const CreateCriteriaSetInput = builder.inputType('CreateCriteriaSetInput', {
  description: 'A new versioned criteria set, e.g. a province’s model-village criteria.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'Unique, e.g. "NTM-VILLAGE-DIEN-BIEN-2022".' }),
    name: t.string({ required: true }),
    nameVi: t.string({ required: true }),
    programme: t.field({ type: CriteriaProgrammeEnum, required: true }),
    appliesTo: t.field({ type: PlaceLevelEnum, required: true }),
    levels: t.field({ type: [AttainmentLevelEnum], required: true }),
    legalBasisId: t.id({ required: false, description: 'The decision that issued it.' }),
    issuerPlaceId: t.id({ required: false, description: 'The issuing province; required for village criteria.' }),
    validFrom: t.field({ type: 'Date', required: true }),
    validTo: t.field({ type: 'Date', required: false }),
    supersedesId: t.id({ required: false, description: 'The set of the same programme and level it replaces.' }),
    note: t.string({ required: false }),
  }),
});

const UpdateCriteriaSetInput = builder.inputType('UpdateCriteriaSetInput', {
  description:
    'Changes to a criteria set; fields left out stay. Its years, levels and level of place cannot change so far that existing assessments fall outside them.',
  fields: (t) => ({
    id: t.id({ required: true }),
    code: t.string({ required: false }),
    name: t.string({ required: false }),
    nameVi: t.string({ required: false }),
    programme: t.field({ type: CriteriaProgrammeEnum, required: false }),
    appliesTo: t.field({ type: PlaceLevelEnum, required: false }),
    levels: t.field({ type: [AttainmentLevelEnum], required: false }),
    legalBasisId: t.id({ required: false }),
    issuerPlaceId: t.id({ required: false }),
    validFrom: t.field({ type: 'Date', required: false }),
    validTo: t.field({ type: 'Date', required: false }),
    supersedesId: t.id({ required: false }),
    note: t.string({ required: false }),
  }),
});

const NewCriterionIndicatorInput = builder.inputType('NewCriterionIndicatorInput', {
  description: 'A measurable indicator (chỉ tiêu) of a new criterion.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'e.g. "4.2".' }),
    name: t.string({ required: true }),
    nameVi: t.string({ required: true }),
    unit: t.string({ required: false }),
  }),
});

const CreateCriterionInput = builder.inputType('CreateCriterionInput', {
  description: 'A numbered criterion of a set, with its group and, optionally, its indicators.',
  fields: (t) => ({
    setId: t.id({ required: true }),
    number: t.int({ required: true, description: 'Unique within the set.' }),
    name: t.string({ required: true }),
    nameVi: t.string({ required: true }),
    groupNumber: t.int({ required: true }),
    groupName: t.string({ required: true, description: 'Must match the names other criteria of the group use.' }),
    groupNameVi: t.string({ required: true }),
    indicators: t.field({ type: [NewCriterionIndicatorInput], required: false }),
  }),
});

const UpdateCriterionInput = builder.inputType('UpdateCriterionInput', {
  description: 'Changes to a criterion; `archived: true` withdraws it from its set, `false` restores it.',
  fields: (t) => ({
    id: t.id({ required: true }),
    number: t.int({ required: false }),
    name: t.string({ required: false }),
    nameVi: t.string({ required: false }),
    groupNumber: t.int({ required: false }),
    groupName: t.string({ required: false }),
    groupNameVi: t.string({ required: false }),
    archived: t.boolean({ required: false }),
  }),
});

const ArchiveCriteriaSetInput = builder.inputType('ArchiveCriteriaSetInput', {
  description: 'The criteria set to withdraw.',
  fields: (t) => ({ id: t.id({ required: true }) }),
});

defineWrite('createCriteriaSet', {
  description: 'Add a criteria set (admin only).',
  role: 'admin',
  guards: 'criteria sets',
  input: CreateCriteriaSetInput,
  returns: { node: 'CriteriaSet', as: 'criteriaSet' },
  write: createCriteriaSet,
});

defineWrite('updateCriteriaSet', {
  description: 'Change a criteria set (admin only).',
  role: 'admin',
  guards: 'criteria sets',
  input: UpdateCriteriaSetInput,
  returns: { node: 'CriteriaSet', as: 'criteriaSet' },
  write: updateCriteriaSet,
});

defineWrite('archiveCriteriaSet', {
  description: 'Withdraw a criteria set (admin only); its assessments keep their history.',
  role: 'admin',
  guards: 'criteria sets',
  input: ArchiveCriteriaSetInput,
  returns: { node: 'CriteriaSet', as: 'criteriaSet' },
  write: archiveCriteriaSet,
});

defineWrite('createCriterion', {
  description: 'Add a criterion to a set (admin only).',
  role: 'admin',
  guards: 'criteria',
  input: CreateCriterionInput,
  returns: { node: 'Criterion', as: 'criterion' },
  write: createCriterion,
});

defineWrite('updateCriterion', {
  description: 'Change or withdraw a criterion (admin only).',
  role: 'admin',
  guards: 'criteria',
  input: UpdateCriterionInput,
  returns: { node: 'Criterion', as: 'criterion' },
  write: updateCriterion,
});
