import type { InputObjectRef } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '../db/database.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import type PrismaTypes from '../generated/pothos-prisma-types.ts';
import type { Viewer } from '../viewer.ts';
import { runWrite, type WriteContext, type WriteResult } from '../write.ts';
import { builder, type SchemaTypes } from './builder.ts';
import type { Context } from './context.ts';
import { mutationErrors } from './errors.ts';

/** The least role a mutation needs; anonymous callers never write. */
export type WriteRole = 'viewer' | 'editor' | 'admin';

type Model = keyof PrismaTypes & string;

/** What the success member of the payload holds: the record written, the records, or a deleted record's ID. */
export type WriteReturns = { node: Model; as: string } | { nodes: Model; as: string } | { deleted: string; as: string };

export interface WriteDefinition<Input, Result extends WriteResult> {
  description: string;
  role: WriteRole;
  /** What the role check says it guards, e.g. "administrative units" (admin-only writes). */
  guards?: string;
  /** The `input` argument's type, named `<Mutation>Input`. */
  input: InputObjectRef<SchemaTypes, Input>;
  returns: WriteReturns;
  /** The service: decoded input in, IDs of what it wrote out. */
  write(context: WriteContext, input: Input): Promise<Result>;
}

export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Any unique string (e.g. a UUID). A retry with the same key and the same input returns the first result and writes nothing again; the same key with a different input is a ConflictError.';

/**
 * Declares a mutation the one way every mutation is declared: `name(input: <Name>Input!,
 * idempotencyKey: String)` returning the union `<Name>Payload` of `<Name>Success` and the typed
 * errors; the role checked before anything runs (refused as a ForbiddenError member); the service
 * run in one transaction with its changes recorded for the audit trail and change feed
 * (runWrite, src/write.ts); and what it wrote loaded again with the client's selection.
 */
export function defineWrite<Input, Result extends WriteResult>(
  name: string,
  definition: WriteDefinition<Input, Result>,
): void {
  const { returns, role } = definition;
  builder.mutationField(name, (t) => {
    const args = {
      input: t.arg({ type: definition.input, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    };
    const common = {
      description: definition.description,
      authScopes: { [role]: true },
      unauthorizedError: (_parent: unknown, _args: unknown, context: Context) =>
        new ForbiddenError(refusal(role, context.viewer, definition.guards)),
      errors: payloadOf(name, returns.as),
      args,
    };
    const run = (context: Context, input: Input, idempotencyKey: string | null | undefined) =>
      runWrite(context.db, context.viewer, {
        operation: name,
        idempotencyKey,
        input,
        write: (writeContext) => definition.write(writeContext, input),
      });
    if ('deleted' in returns) {
      return t.field({
        ...common,
        type: 'ID',
        resolve: async (_root: unknown, { input, idempotencyKey }: WriteArgs<Input>, context: Context) =>
          encodeGlobalID(returns.deleted, String(await run(context, input, idempotencyKey))),
      } as never);
    }
    const model = 'node' in returns ? returns.node : returns.nodes;
    return t.prismaField({
      ...common,
      type: ('nodes' in returns ? [model] : model) as never,
      resolve: async (query: object, _root: unknown, { input, idempotencyKey }: WriteArgs<Input>, context: Context) => {
        const result = await run(context, input, idempotencyKey);
        return reload(context.db, model, query, result);
      },
    } as never);
  });
}

interface WriteArgs<Input> {
  input: Input;
  idempotencyKey?: string | null;
}

/** The payload union of a mutation: `<Name>Payload` = `<Name>Success { <field> }` | the typed errors. */
export function payloadOf(name: string, field: string) {
  const type = name.charAt(0).toUpperCase() + name.slice(1);
  return {
    types: mutationErrors,
    union: { name: `${type}Payload` },
    result: { name: `${type}Success` },
    dataField: { name: field },
  };
}

/**
 * The records a write made, with the client's selection, in the order written. A payload whose
 * record was not selected (only `__typename`) gets an empty selection, which Prisma refuses, so
 * the ID is always selected.
 */
async function reload(db: PrismaClient, model: Model, query: object, result: WriteResult): Promise<unknown> {
  const delegate = (db as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!;
  const selection =
    'select' in query && query.select ? { ...query, select: { id: true, ...(query.select as object) } } : query;
  const ids = typeof result === 'string' ? [result] : result;
  const rows = await delegate.findMany({ ...selection, where: { id: { in: [...ids] } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const gone = ids.find((id) => !byId.has(id));
  if (gone) throw deletedSince(model, gone);
  return typeof result === 'string' ? byId.get(result) : result.map((id) => byId.get(id));
}

interface Delegate {
  findMany(args: object): Promise<Array<{ id: string }>>;
}

/**
 * What a write made was deleted before it could be shown: by another request in between, or, for
 * a retry with an idempotency key, at any time since the first request (the retry replays its IDs).
 */
export function deletedSince(model: string, id: string): NotFoundError {
  const globalId = encodeGlobalID(model, id);
  return new NotFoundError(
    model,
    globalId,
    `The ${model} this write made or changed (${globalId}) has since been deleted, so it cannot be shown. To write again, use a new idempotency key.`,
  );
}

function refusal(role: WriteRole, viewer: Viewer, guards: string | undefined): string {
  if (viewer.role === 'ANONYMOUS') return 'Writing needs an API key: send `Authorization: Bearer tg_…`.';
  if (role === 'admin') return `Only an admin key may change ${guards ?? 'this'}; this key is ${article(viewer.role)}.`;
  return 'This API key may only read; writing needs an editor or admin key.';
}

function article(role: Viewer['role']): string {
  return role === 'EDITOR' ? "an editor's" : "a viewer's";
}
