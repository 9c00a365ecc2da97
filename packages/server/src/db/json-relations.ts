import type {
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  Transaction,
} from '@prisma/driver-adapter-utils';

/**
 * Prisma builds a nested read (`relationJoins`) as one statement that assembles each related row
 * with JSONB_BUILD_OBJECT and each list with JSONB_AGG. Building jsonb costs PostgreSQL a binary
 * conversion per level and another to send it as text: for a province with its 20 districts and
 * 412 communes it is about half the statement's time (5.5 → 1.6 ms measured). The json functions
 * build the same text directly. Prisma parses json and jsonb columns alike, and the statements
 * never compare, group or sort by the built values (json has no equality), so the answer is the
 * same text. Only Prisma's relation statements are touched (they name their column
 * `__prisma_data__`); the project's own SQL is sent as written.
 */
export function rewriteRelationJson(sql: string): string {
  if (!sql.includes('"__prisma_data__"')) return sql;
  return sql.replaceAll('JSONB_BUILD_OBJECT(', 'JSON_BUILD_OBJECT(').replaceAll('JSONB_AGG(', 'JSON_AGG(');
}

/**
 * The adapter factory, with every statement of its connections and transactions passed through
 * `rewriteRelationJson`. A new object rather than a proxy of the factory: Prisma assigns to the
 * factory it is given, and through a proxy that would change the factory itself for every client.
 */
export function withJsonRelations(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => rewritingQueryable(await factory.connect()),
    connectToShadowDb: async () => rewritingQueryable(await factory.connectToShadowDb()),
  };
}

function rewritingQueryable<Queryable extends SqlQueryable>(queryable: Queryable): Queryable {
  return new Proxy(queryable, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      if (property === 'queryRaw' || property === 'executeRaw') {
        return (query: SqlQuery) => value.call(target, { ...query, sql: rewriteRelationJson(query.sql) });
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => rewritingQueryable((await value.apply(target, args)) as Transaction);
      }
      return value.bind(target);
    },
  });
}
