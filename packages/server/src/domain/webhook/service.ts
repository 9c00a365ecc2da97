import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.ts';
import { ChangeCursorError, feedHead, resumePosition } from '../../events/feed-query.ts';
import { newWebhookSecret } from '../../events/webhooks/signature.ts';
import type { WebhookEndpoint } from '../../generated/prisma/client.ts';
import { ChangeType } from '../../generated/prisma/enums.ts';
import type { WriteContext } from '../../write.ts';
import { nodeId, optionalText, placeId, validateInput } from '../rules.ts';

/** Enough for a partner's environments and filters; more is a sign of a loop creating them. */
export const MAX_ENDPOINTS_PER_KEY = 25;

const endpointId = nodeId(['WebhookEndpoint'], 'a webhook endpoint');

const url = z
  .string()
  .trim()
  .max(2_000, 'At most 2,000 characters.')
  .transform((value, context) => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      context.addIssue({
        code: 'custom',
        message: 'Not a URL: give the full address, e.g. https://portal.example.vn/hooks/twinning.',
      });
      return z.NEVER;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      context.addIssue({
        code: 'custom',
        message: 'Webhooks are delivered over https:// (or http:// inside your network).',
      });
    }
    if (parsed.username || parsed.password) {
      context.addIssue({
        code: 'custom',
        message: 'Put no credentials in the URL: verify deliveries with the signing secret instead.',
      });
    }
    if (parsed.hash) context.addIssue({ code: 'custom', message: 'A webhook URL has no #fragment.' });
    return parsed.toString();
  });

const types = z
  .array(z.enum(ChangeType))
  .max(100)
  .transform((list) => [...new Set(list)]);

const createSchema = z.object({
  url,
  description: optionalText(500),
  types: types.nullish(),
  placeId: placeId.nullish(),
  includeDescendants: z.boolean().nullish(),
  after: z.string().nullish(),
});

const updateSchema = z.object({
  id: endpointId,
  url: url.optional(),
  description: optionalText(500),
  types: types.nullish(),
  placeId: placeId.nullish(),
  includeDescendants: z.boolean().nullish(),
});

const idSchema = z.object({ id: endpointId });
const pauseSchema = z.object({ id: endpointId, reason: optionalText(500) });

/**
 * Registers a partner's endpoint for the changes matching its filter, from `after` (default: now).
 * Deliveries show only what the registering key may read. Returns the new endpoint's ID; its
 * secret is read from the row by the payload, once.
 */
export async function createWebhookEndpoint(context: WriteContext, raw: unknown): Promise<string> {
  const ownerKeyId = assertKey(context);
  const input = validateInput(createSchema, raw);
  let cursor: bigint;
  try {
    cursor = input.after ? await resumePosition(context.tx, input.after) : await feedHead(context.tx);
  } catch (error) {
    if (error instanceof ChangeCursorError)
      throw new ValidationError([{ path: ['input', 'after'], message: error.message }]);
    throw error;
  }
  const { tx } = context;
  if (input.placeId && !(await tx.place.findUnique({ where: { id: input.placeId }, select: { id: true } }))) {
    throw new ValidationError([{ path: ['input', 'placeId'], message: 'No place with this ID.' }]);
  }
  const registered = await tx.webhookEndpoint.count({ where: { ownerKeyId } });
  if (registered >= MAX_ENDPOINTS_PER_KEY) {
    throw new ConflictError(
      `This API key already has ${registered} webhook endpoints, the most one key may register. Delete unused ones (deleteWebhookEndpoint) or widen an existing filter.`,
    );
  }
  const endpoint = await tx.webhookEndpoint.create({
    data: {
      url: input.url,
      description: input.description ?? null,
      types: input.types ?? [],
      placeId: input.placeId ?? null,
      includeDescendants: input.includeDescendants ?? true,
      ownerKeyId,
      secret: newWebhookSecret(),
      cursor,
    },
  });
  return endpoint.id;
}

/** Changes an endpoint's address or filter; deliveries already made or pending are kept. */
export async function updateWebhookEndpoint(context: WriteContext, raw: unknown): Promise<string> {
  assertKey(context);
  const input = validateInput(updateSchema, raw);
  const { tx } = context;
  await ownEndpoint(context, tx, input.id);
  if (input.placeId && !(await tx.place.findUnique({ where: { id: input.placeId }, select: { id: true } }))) {
    throw new ValidationError([{ path: ['input', 'placeId'], message: 'No place with this ID.' }]);
  }
  await tx.webhookEndpoint.update({
    where: { id: input.id },
    data: {
      url: input.url,
      description: input.description,
      types: input.types === undefined ? undefined : (input.types ?? []),
      placeId: input.placeId,
      includeDescendants: input.includeDescendants ?? undefined,
    },
  });
  return input.id;
}

/** Removes an endpoint with its delivery log; nothing more is sent to it. */
export async function deleteWebhookEndpoint(context: WriteContext, raw: unknown): Promise<string> {
  assertKey(context);
  const input = validateInput(idSchema, raw);
  const { tx } = context;
  await ownEndpoint(context, tx, input.id);
  await tx.webhookEndpoint.delete({ where: { id: input.id } });
  return input.id;
}

/** Stops deliveries until resumed; changes keep accumulating and are delivered after. */
export async function pauseWebhookEndpoint(context: WriteContext, raw: unknown): Promise<string> {
  assertKey(context);
  const input = validateInput(pauseSchema, raw);
  const { tx } = context;
  await ownEndpoint(context, tx, input.id);
  await tx.webhookEndpoint.update({
    where: { id: input.id },
    data: { status: 'PAUSED', pausedAt: new Date(), pausedReason: input.reason ?? 'Paused by its owner.' },
  });
  return input.id;
}

/**
 * Resumes a paused endpoint: the delivery it was stuck on is retried at once, then everything
 * after it, in order.
 */
export async function resumeWebhookEndpoint(context: WriteContext, raw: unknown): Promise<string> {
  assertKey(context);
  const input = validateInput(idSchema, raw);
  const { tx } = context;
  const endpoint = await ownEndpoint(context, tx, input.id);
  const owner = await tx.apiKey.findUniqueOrThrow({ where: { id: endpoint.ownerKeyId } });
  if (owner.revokedAt) {
    throw new ConflictError(
      `The API key "${owner.name}" that registered this endpoint was revoked; register the endpoint again with a valid key.`,
    );
  }
  await tx.webhookEndpoint.update({
    where: { id: input.id },
    data: { status: 'ACTIVE', pausedAt: null, pausedReason: null, failingSince: null },
  });
  await tx.webhookDelivery.updateMany({
    where: { endpointId: input.id, status: 'PENDING' },
    data: { nextAttemptAt: new Date() },
  });
  return input.id;
}

/** Replaces the signing secret; deliveries from now on are signed with the new one. */
export async function rotateWebhookSecret(context: WriteContext, raw: unknown): Promise<string> {
  assertKey(context);
  const input = validateInput(idSchema, raw);
  const { tx } = context;
  await ownEndpoint(context, tx, input.id);
  await tx.webhookEndpoint.update({ where: { id: input.id }, data: { secret: newWebhookSecret() } });
  return input.id;
}

/** Webhooks belong to a key: anonymous callers cannot register any. */
function assertKey(context: WriteContext): string {
  if (!context.viewer.keyId) {
    throw new ForbiddenError('Webhooks need an API key: send `Authorization: Bearer tg_…`.');
  }
  return context.viewer.keyId;
}

/** An endpoint its caller may manage (its own; any for an admin). Others' look absent. */
async function ownEndpoint(
  context: WriteContext,
  tx: Pick<WriteContext['tx'], 'webhookEndpoint'>,
  id: string,
): Promise<WebhookEndpoint> {
  const endpoint = await tx.webhookEndpoint.findUnique({ where: { id } });
  if (!endpoint || (context.viewer.role !== 'ADMIN' && endpoint.ownerKeyId !== context.viewer.keyId)) {
    throw new NotFoundError('WebhookEndpoint', encodeGlobalID('WebhookEndpoint', id));
  }
  return endpoint;
}
