import { builder } from '../../schema/builder.ts';
import { CampaignKindEnum } from '../../schema/enums.ts';
import { recordDates } from '../../schema/record-fields.ts';
import { CampaignRef } from '../../schema/refs.ts';

builder.prismaObjectFields(CampaignRef, (t) => ({
  kind: t.expose('kind', { type: CampaignKindEnum, description: 'Twinning programme, emulation movement, NTM …' }),
  name: t.exposeString('name', { description: 'English name.' }),
  nameVi: t.exposeString('nameVi', {
    description: 'Vietnamese name, e.g. "Vì người nghèo – không để ai bị bỏ lại phía sau".',
  }),
  place: t.relation('place', { description: 'The province (or unit) that runs it.' }),
  document: t.relation('document', { nullable: true, description: 'The document that launched it, e.g. 75-CV/TU.' }),
  startsOn: t.expose('startsOn', { type: 'Date', description: 'First day.' }),
  endsOn: t.expose('endsOn', { type: 'Date', nullable: true, description: 'Last day; null while it runs on.' }),
  note: t.exposeString('note', { nullable: true, description: 'Free-text remark from the record keeper.' }),
  createdAt: t.expose('createdAt', recordDates.createdAt),
  updatedAt: t.expose('updatedAt', recordDates.updatedAt),
  twinnings: t.relatedConnection('twinnings', {
    cursor: 'id',
    totalCount: true,
    description: 'Twinnings made under it, newest first.',
    query: { orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] },
  }),
  activities: t.relatedConnection('activities', {
    cursor: 'id',
    totalCount: true,
    description: 'Activities carried out under it, newest first.',
    query: { orderBy: [{ occurredOn: 'desc' }, { id: 'asc' }] },
  }),
  commendations: t.relatedConnection('commendations', {
    cursor: 'id',
    totalCount: true,
    description: 'Certificates of merit it awarded.',
    query: { orderBy: [{ id: 'asc' }] },
  }),
  fundingAllocations: t.relatedConnection('fundingAllocations', {
    cursor: 'id',
    totalCount: true,
    description: 'Money allocated or mobilised under it, newest year first.',
    query: { orderBy: [{ year: 'desc' }, { id: 'asc' }] },
  }),
  reportedFigures: t.relatedConnection('reportedFigures', {
    cursor: 'id',
    totalCount: true,
    description: 'Results it published (counts, rates, totals), by metric.',
    query: { orderBy: [{ metric: 'asc' }, { id: 'asc' }] },
  }),
}));
