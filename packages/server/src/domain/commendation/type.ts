import { builder } from '../../schema/builder.ts';
import { RecipientKindEnum } from '../../schema/enums.ts';
import { recordDates } from '../../schema/record-fields.ts';

builder.prismaNode('Commendation', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'Certificates of merit (bằng khen, giấy khen) to groups or individuals. A published count without names is one record with its count.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    recipientKind: t.expose('recipientKind', {
      type: RecipientKindEnum,
      description: 'Groups (tập thể) or individuals (cá nhân).',
    }),
    recipientCount: t.exposeInt('recipientCount', { description: 'How many groups or individuals the record covers.' }),
    recipientName: t.exposeString('recipientName', {
      nullable: true,
      description: 'The recipient, when the report names one.',
    }),
    recipientAgency: t.relation('recipientAgency', {
      nullable: true,
      description: 'The recipient as a recorded agency.',
    }),
    awardedBy: t.exposeString('awardedBy', {
      description: 'Who awards it, e.g. "Chairman of the Provincial People’s Committee".',
    }),
    presentedBy: t.exposeString('presentedBy', {
      nullable: true,
      description: 'Who handed it over, when different, e.g. the Department of Labour, Invalids and Social Affairs.',
    }),
    awardedOn: t.expose('awardedOn', { type: 'Date', nullable: true, description: 'Date of the award.' }),
    place: t.relation('place', { description: 'The province (or unit) whose programme it belongs to.' }),
    campaign: t.relation('campaign', {
      nullable: true,
      description: 'The programme or emulation movement it rewards.',
    }),
    document: t.relation('document', { nullable: true, description: 'The decision that awards it.' }),
    occasion: t.exposeString('occasion', { nullable: true, description: 'e.g. "2023 review conference".' }),
    createdAt: t.expose('createdAt', recordDates.createdAt),
  }),
});

interface CommendationTotals {
  groups: number;
  individuals: number;
}

export const CommendationTotalsRef = builder.objectRef<CommendationTotals>('CommendationTotals').implement({
  description: 'How many groups and individuals were commended, summed in the database.',
  fields: (t) => ({
    groups: t.exposeInt('groups', { description: 'Groups (tập thể) commended.' }),
    individuals: t.exposeInt('individuals', { description: 'Individuals (cá nhân) commended.' }),
  }),
});
