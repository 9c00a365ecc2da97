import { builder } from '../../schema/builder.ts';
import { FundingSourceEnum } from '../../schema/enums.ts';
import { recordDates } from '../../schema/record-fields.ts';

builder.prismaNode('FundingAllocation', {
  // node(id) of a deleted or unknown record answers null, not an error.
  nullable: true,
  description:
    'Money allocated or mobilised for a place in a year, e.g. Hà Tĩnh’s 2023 sponsorship budget from organisations assigned to sponsor villages and communes.',
  id: { field: 'id' },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    place: t.relation('place', { description: 'The place the money is for.' }),
    year: t.exposeInt('year', { description: 'The budget year.' }),
    amountVnd: t.expose('amountVnd', { type: 'Money', description: 'Amount in VND.' }),
    source: t.expose('source', { type: FundingSourceEnum, description: 'Where the money comes from.' }),
    sourceAgency: t.relation('sourceAgency', { nullable: true, description: 'The agency that gave it, when one did.' }),
    purpose: t.exposeString('purpose', { description: 'What it is for.' }),
    campaign: t.relation('campaign', { nullable: true, description: 'The programme it belongs to.' }),
    document: t.relation('document', { nullable: true, description: 'The decision or report that records it.' }),
    createdAt: t.expose('createdAt', recordDates.createdAt),
  }),
});
