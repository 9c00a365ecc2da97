import { builder } from '../../schema/builder.ts';
import { EthnicMinorityAreaEnum, PlaceKindEnum, PlaceLevelEnum, RegionEnum } from '../../schema/enums.ts';
import { defineWrite } from '../../schema/write.ts';
import { mergePlaces, splitPlace } from './reorganisation.ts';
import { archivePlace, createPlace, updatePlace } from './service.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The descriptive fields a unit's record has besides its place in the hierarchy. */
function placeAttributeFields(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) {
  return {
    fullName: t.string({
      required: false,
      description: 'Name with its kind; by default built from them, e.g. "Bản Huổi Múa".',
    }),
    code: t.string({
      required: false,
      description: 'Official code: 2 digits (province), 3 (district), 5 (commune); villages have none.',
    }),
    localKind: t.string({ required: false, description: 'For a village: thôn, bản, buôn, làng …' }),
    region: t.field({
      type: RegionEnum,
      required: false,
      description: 'A village takes its commune’s region when left out.',
    }),
    extremelyDisadvantaged: t.boolean({ required: false }),
    ethnicMinorityArea: t.field({ type: EthnicMinorityAreaEnum, required: false }),
    ethnicMinorityShare: t.float({ required: false, description: 'In percent, 0–100.' }),
    ethnicGroups: t.stringList({ required: false }),
    latitude: t.float({ required: false }),
    longitude: t.float({ required: false }),
    areaKm2: t.float({ required: false }),
    note: t.string({ required: false }),
  };
}

const CreatePlaceInput = builder.inputType('CreatePlaceInput', {
  description:
    'A new administrative unit — usually a village (thôn, bản, buôn), which the national catalogue does not list.',
  fields: (t) => ({
    level: t.field({ type: PlaceLevelEnum, required: true }),
    kind: t.field({
      type: PlaceKindEnum,
      required: true,
      description: 'Must belong to the level: a village is VILLAGE, a ward is COMMUNE-level …',
    }),
    name: t.string({ required: true, description: 'Short name with diacritics, e.g. "Huổi Múa".' }),
    parentId: t.id({
      required: false,
      description:
        'The unit it lies in, valid on validFrom (today when validFrom is left out): a commune for a village.',
    }),
    validFrom: t.field({ type: 'Date', required: false }),
    validTo: t.field({ type: 'Date', required: false }),
    ...placeAttributeFields(t),
  }),
});

const UpdatePlaceInput = builder.inputType('UpdatePlaceInput', {
  description:
    'Corrections to a unit: fields left out stay as they are; null clears an optional field. The level never changes here — mergers and splits are recorded with mergePlaces and splitPlace.',
  fields: (t) => ({
    id: t.id({ required: true }),
    kind: t.field({ type: PlaceKindEnum, required: false }),
    name: t.string({ required: false }),
    parentId: t.id({ required: false }),
    validFrom: t.field({ type: 'Date', required: false }),
    validTo: t.field({ type: 'Date', required: false }),
    ...placeAttributeFields(t),
  }),
});

const NewPlaceInput = builder.inputType('NewPlaceInput', {
  description: 'A unit created by a reorganisation; it begins on the day the change takes effect.',
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({
      type: PlaceKindEnum,
      required: true,
      description: 'Its level must be the reorganised units’ level.',
    }),
    code: t.string({
      required: false,
      description: 'May be a predecessor’s code: a merged unit keeps the code of the unit where its committee sits.',
    }),
    parentId: t.id({ required: true, description: 'The unit it lies in, valid on the day the change takes effect.' }),
    fullName: t.string({ required: false }),
    localKind: t.string({ required: false }),
  }),
});

const MergePlacesInput = builder.inputType('MergePlacesInput', {
  description: 'Several units of one level become one, e.g. under Decision 19/2025/QĐ-TTg.',
  fields: (t) => ({
    predecessorIds: t.idList({
      required: true,
      description: 'The units that end: each valid on effectiveOn, begun before it, and never merged or split before.',
    }),
    into: t.id({ required: false, description: 'An existing unit that continues and absorbs the predecessors…' }),
    newPlace: t.field({ type: NewPlaceInput, required: false, description: '…or the new unit they form.' }),
    effectiveOn: t.field({
      type: 'Date',
      required: true,
      description: 'First day of the new arrangement; the predecessors’ last day is the day before.',
    }),
    documentId: t.id({ required: false, description: 'The decision that ordered the change.' }),
    note: t.string({ required: false }),
  }),
});

const SplitSuccessorInput = builder.inputType('SplitSuccessorInput', {
  description: 'A unit that takes over part of a split unit.',
  fields: (t) => ({
    placeId: t.id({ required: false, description: 'An existing unit that continues and takes a part…' }),
    newPlace: t.field({ type: NewPlaceInput, required: false, description: '…or a new unit formed from it.' }),
    share: t.float({
      required: false,
      description: 'Share of the split unit that went to this successor (0–1), when known.',
    }),
    isDefault: t.boolean({
      required: true,
      description: 'Exactly one successor inherits the split unit’s history by default.',
    }),
  }),
});

const SplitPlaceInput = builder.inputType('SplitPlaceInput', {
  description: 'One unit divided among several.',
  fields: (t) => ({
    predecessorId: t.id({ required: true }),
    successors: t.field({
      type: [SplitSuccessorInput],
      required: true,
      description: 'At least two; exactly one default; shares add up to at most 1.',
    }),
    effectiveOn: t.field({ type: 'Date', required: true }),
    documentId: t.id({ required: false }),
    note: t.string({ required: false }),
  }),
});

const ArchivePlaceInput = builder.inputType('ArchivePlaceInput', {
  description: 'The unit entered by mistake.',
  fields: (t) => ({ id: t.id({ required: true }) }),
});

defineWrite('createPlace', {
  description: 'Add an administrative unit (admin only). Its name is also stored folded for diacritic-free search.',
  role: 'admin',
  guards: 'administrative units',
  input: CreatePlaceInput,
  returns: { node: 'Place', as: 'place' },
  write: createPlace,
});

defineWrite('updatePlace', {
  description: 'Correct an administrative unit’s record (admin only).',
  role: 'admin',
  guards: 'administrative units',
  input: UpdatePlaceInput,
  returns: { node: 'Place', as: 'place' },
  write: updatePlace,
});

defineWrite('archivePlace', {
  description:
    'Retire a unit entered by mistake (admin only). Refused while anything refers to it; a unit that ceased to exist is ended with mergePlaces or splitPlace instead.',
  role: 'admin',
  guards: 'administrative units',
  input: ArchivePlaceInput,
  returns: { node: 'Place', as: 'place' },
  write: archivePlace,
});

defineWrite('mergePlaces', {
  description:
    'Record a merger (admin only): the predecessors end the day before effectiveOn and their history passes to the successor — `supportTotal(includeHistory: true)` and `activities(includeHistory: true)` on it include theirs.',
  role: 'admin',
  guards: 'administrative units',
  input: MergePlacesInput,
  returns: { node: 'Place', as: 'successor' },
  write: mergePlaces,
});

defineWrite('splitPlace', {
  description:
    'Record a split (admin only): the unit ends the day before effectiveOn; `successors` on it lists the parts with their shares, and its history passes to the default successor.',
  role: 'admin',
  guards: 'administrative units',
  input: SplitPlaceInput,
  returns: { node: 'Place', as: 'predecessor' },
  write: splitPlace,
});
