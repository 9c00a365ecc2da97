import { type SeedClient, upsertDocument } from './support.ts';

/**
 * National legal texts the data is read against, other than the criteria sets: the poverty
 * standard and the classification of ethnic-minority areas. Their published figures are kept in
 * the notes: the model has no national place a reported figure could belong to.
 */
export async function seedReferenceDocuments(db: SeedClient): Promise<void> {
  await upsertDocument(db, {
    number: '07/2021/NĐ-CP',
    kind: 'DECREE',
    issuer: 'Chính phủ',
    year: 2021,
    title: 'Quy định chuẩn nghèo đa chiều giai đoạn 2021–2025',
    note:
      'For 2022–2025: income poverty line 1.5 million VND per person per month in rural areas and 2.0 million in ' +
      'urban areas; 12 deprivation indicators in 6 dimensions. Poor: at or below the line and deprived on at least ' +
      '3 indicators; near-poor: at or below the line and deprived on fewer than 3.',
  });
  await upsertDocument(db, {
    number: '861/QĐ-TTg',
    kind: 'DECISION',
    issuer: 'Thủ tướng Chính phủ',
    year: 2021,
    title:
      'Phê duyệt danh sách các xã khu vực III, khu vực II, khu vực I thuộc vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021–2025',
    note:
      'Classifies 3,434 communes of ethnic-minority and mountainous areas: Region I 1,673, Region II 210, ' +
      'Region III 1,551 (extremely disadvantaged).',
  });
  await upsertDocument(db, {
    number: '612/QĐ-UBDT',
    kind: 'DECISION',
    issuer: 'Ủy ban Dân tộc',
    title: 'Phê duyệt danh sách các thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi',
    note: 'Lists 13,222 extremely disadvantaged villages. Issue date not recorded in the reference source.',
  });
}
