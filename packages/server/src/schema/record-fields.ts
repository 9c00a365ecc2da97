/** The options of the record-keeping date fields, exposed alike by every type that has them. */
export const recordDates = {
  archivedAt: { type: 'DateTime', nullable: true, description: 'When the record was retired.' },
  createdAt: { type: 'DateTime', description: 'When the record was created.' },
  updatedAt: { type: 'DateTime', description: 'When the record last changed.' },
} as const;
