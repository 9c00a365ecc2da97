import { Prisma } from '../../generated/prisma/client.ts';

/** 1 January of the year the SQL expression evaluates to. */
export function yearStart(year: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`make_date(${year}, 1, 1)`;
}

/** 31 December of the year the SQL expression evaluates to. */
export function yearEnd(year: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`make_date(${year}, 12, 31)`;
}

/**
 * A twinning (table alias `t`) that ran at some point of the year. A planned twinning has not
 * started, whatever its dates say; an ended one still counts for the years it ran.
 */
export function twinningRanDuring(year: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`t.status <> 'PLANNED' AND t."startsOn" <= ${yearEnd(year)}
    AND (t."endsOn" IS NULL OR t."endsOn" >= ${yearStart(year)})`;
}

/**
 * A recognition (alias `r`) that was in force at the end of the year: decided for that year or
 * earlier and not revoked by then (Decision 18/2022/QĐ-TTg). A revocation without a date is
 * taken to have happened already.
 */
export function recognitionInForceAt(year: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`r.programme = 'NEW_RURAL_DEVELOPMENT' AND r.status <> 'APPLIED' AND r.year <= ${year}
    AND (r."revokedOn" IS NULL OR r."revokedOn" > ${yearEnd(year)})
    AND NOT (r.status = 'REVOKED' AND r."revokedOn" IS NULL)`;
}
