import { encodeGlobalID } from '@pothos/plugin-relay';
import { formatCursor } from '../../events/feed-query.ts';
import { SIGNATURE_HEADER } from '../../events/webhooks/signature.ts';
import { WebhookDeliveryStatus, WebhookStatus } from '../../generated/prisma/enums.ts';
import { builder } from '../../schema/builder.ts';
import type { Context } from '../../schema/context.ts';
import { PlaceRef } from '../../schema/refs.ts';
import { deletedSince, IDEMPOTENCY_KEY_DESCRIPTION, payloadOf as payload } from '../../schema/write.ts';
import { runWrite, type WriteContext } from '../../write.ts';
import { ChangeTypeEnum } from '../change/type.ts';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  pauseWebhookEndpoint,
  resumeWebhookEndpoint,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from './service.ts';

const WebhookStatusEnum = builder.enumType(WebhookStatus, {
  name: 'WebhookStatus',
  description:
    'ACTIVE endpoints receive deliveries; PAUSED ones wait (paused by their owner, or after failing for hours).',
});
const WebhookDeliveryStatusEnum = builder.enumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING deliveries are being retried; nothing later is sent to the endpoint until they succeed.',
});

/** Only the key that registered an endpoint (or an admin) sees it, including through node(id). */
function ownedBy(context: Context): { ownerKeyId?: string } {
  if (context.viewer.role === 'ADMIN') return {};
  return { ownerKeyId: context.viewer.keyId ?? '00000000-0000-0000-0000-000000000000' };
}

export const WebhookEndpointRef = builder.prismaNode('WebhookEndpoint', {
  // node(id) of an endpoint the caller may not see answers null, as for a missing one.
  nullable: true,
  id: { field: 'id' },
  findUnique: (id, context) => ({ id, ...ownedBy(context) }),
  description: `A partner's endpoint. Each change matching its filter is POSTed to it as JSON, in feed order, signed in the \`${SIGNATURE_HEADER}\` header (see the README), and retried with backoff until it succeeds.`,
  fields: (t) => ({
    url: t.exposeString('url'),
    description: t.exposeString('description', { nullable: true }),
    types: t.field({
      type: [ChangeTypeEnum],
      description: 'The change types delivered; empty means all.',
      resolve: (endpoint) => endpoint.types,
    }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'Only changes concerning this place (and, with includeDescendants, the units below it).',
      resolve: (endpoint, _args, { db }) =>
        endpoint.placeId ? db.place.findUnique({ where: { id: endpoint.placeId } }) : null,
    }),
    includeDescendants: t.exposeBoolean('includeDescendants'),
    status: t.expose('status', { type: WebhookStatusEnum }),
    pausedReason: t.exposeString('pausedReason', { nullable: true }),
    pausedAt: t.expose('pausedAt', { type: 'DateTime', nullable: true }),
    failingSince: t.expose('failingSince', {
      type: 'DateTime',
      nullable: true,
      description: 'When the current run of failed deliveries began; null while deliveries succeed.',
    }),
    deliveredThrough: t.string({
      description: 'Feed cursor up to which every matching change has been delivered.',
      resolve: (endpoint) => formatCursor(endpoint.cursor),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deliveries: t.relatedConnection('deliveries', {
      cursor: 'id',
      description: 'The delivery log, newest first: status, attempts, last error, next try.',
      args: { status: t.arg({ type: WebhookDeliveryStatusEnum, required: false }) },
      query: (args) => ({
        where: args.status ? { status: args.status } : {},
        orderBy: [{ sequence: 'desc' }],
      }),
      totalCount: true,
    }),
  }),
});

builder.prismaObject('WebhookDelivery', {
  description: 'One change sent (or being sent) to an endpoint.',
  fields: (t) => ({
    id: t.exposeID('id'),
    cursor: t.string({ description: 'The change delivered.', resolve: (delivery) => formatCursor(delivery.sequence) }),
    type: t.field({ type: ChangeTypeEnum, resolve: (delivery) => delivery.type }),
    status: t.expose('status', { type: WebhookDeliveryStatusEnum }),
    attempts: t.exposeInt('attempts'),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
    nextAttemptAt: t.expose('nextAttemptAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the next attempt is due; null once delivered.',
    }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  webhookEndpoints: t.prismaConnection({
    type: 'WebhookEndpoint',
    cursor: 'id',
    authScopes: { viewer: true },
    description: 'The webhook endpoints this API key registered (an admin key sees all).',
    totalCount: (_connection, _args, context) => context.db.webhookEndpoint.count({ where: ownedBy(context) }),
    resolve: (query, _root, _args, context) =>
      context.db.webhookEndpoint.findMany({ ...query, where: ownedBy(context), orderBy: { id: 'asc' } }),
  }),
}));

const CreateWebhookEndpointInput = builder.inputType('CreateWebhookEndpointInput', {
  fields: (t) => ({
    url: t.string({
      required: true,
      description: 'Where to POST changes, e.g. https://portal.example.vn/hooks/twinning.',
    }),
    description: t.string({ required: false }),
    types: t.field({
      type: [ChangeTypeEnum],
      required: false,
      description: 'Only these change types; all when empty.',
    }),
    placeId: t.id({ required: false, description: 'Only changes concerning this place.' }),
    includeDescendants: t.boolean({
      required: false,
      description: 'With placeId: the units below it too (default true).',
    }),
    after: t.string({
      required: false,
      description:
        'Deliver the changes after this cursor ("0": all retained history). Default: only changes from now on.',
    }),
  }),
});

const UpdateWebhookEndpointInput = builder.inputType('UpdateWebhookEndpointInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    url: t.string({ required: false }),
    description: t.string({ required: false }),
    types: t.field({ type: [ChangeTypeEnum], required: false }),
    placeId: t.id({ required: false, description: 'null removes the place filter.' }),
    includeDescendants: t.boolean({ required: false }),
  }),
});

const WebhookEndpointIdInput = builder.inputType('WebhookEndpointIdInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const PauseWebhookEndpointInput = builder.inputType('PauseWebhookEndpointInput', {
  fields: (t) => ({ id: t.id({ required: true }), reason: t.string({ required: false }) }),
});

const SECRET_DESCRIPTION =
  'The signing secret, shown only here (at registration and rotation): store it to verify deliveries (HMAC-SHA256, see the README). A retry with the same idempotency key shows it again.';

builder.mutationFields((t) => ({
  createWebhookEndpoint: t.field({
    type: WebhookEndpointRef,
    description:
      'Register an endpoint for the change feed. Any API key may; deliveries show only what that key may read. The payload shows the signing secret once.',
    errors: {
      ...payload('createWebhookEndpoint', 'endpoint'),
      result: {
        name: 'CreateWebhookEndpointSuccess',
        fields: (success) => ({ secret: success.exposeString('secret', { description: SECRET_DESCRIPTION }) }),
      },
    },
    args: {
      input: t.arg({ type: CreateWebhookEndpointInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const id = await write('createWebhookEndpoint', createWebhookEndpoint, args, context);
      return endpointWritten(context, id);
    },
  }),
  updateWebhookEndpoint: t.field({
    type: WebhookEndpointRef,
    description: 'Change an endpoint’s URL or filter.',
    errors: payload('updateWebhookEndpoint', 'endpoint'),
    args: {
      input: t.arg({ type: UpdateWebhookEndpointInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const id = await write('updateWebhookEndpoint', updateWebhookEndpoint, args, context);
      return endpointWritten(context, id);
    },
  }),
  pauseWebhookEndpoint: t.field({
    type: WebhookEndpointRef,
    description: 'Stop deliveries until resumed; changes keep accumulating and are delivered after.',
    errors: payload('pauseWebhookEndpoint', 'endpoint'),
    args: {
      input: t.arg({ type: PauseWebhookEndpointInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const id = await write('pauseWebhookEndpoint', pauseWebhookEndpoint, args, context);
      return endpointWritten(context, id);
    },
  }),
  resumeWebhookEndpoint: t.field({
    type: WebhookEndpointRef,
    description: 'Resume a paused endpoint: the stuck delivery is retried at once, then the rest, in order.',
    errors: payload('resumeWebhookEndpoint', 'endpoint'),
    args: {
      input: t.arg({ type: WebhookEndpointIdInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const id = await write('resumeWebhookEndpoint', resumeWebhookEndpoint, args, context);
      return endpointWritten(context, id);
    },
  }),
  rotateWebhookSecret: t.field({
    type: WebhookEndpointRef,
    description: 'Replace an endpoint’s signing secret; the payload shows the new one once.',
    errors: {
      ...payload('rotateWebhookSecret', 'endpoint'),
      result: {
        name: 'RotateWebhookSecretSuccess',
        fields: (success) => ({ secret: success.exposeString('secret', { description: SECRET_DESCRIPTION }) }),
      },
    },
    args: {
      input: t.arg({ type: WebhookEndpointIdInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, args, context) => {
      const id = await write('rotateWebhookSecret', rotateWebhookSecret, args, context);
      return endpointWritten(context, id);
    },
  }),
  deleteWebhookEndpoint: t.field({
    type: 'ID',
    description: 'Remove an endpoint and its delivery log.',
    errors: payload('deleteWebhookEndpoint', 'deletedWebhookEndpointId'),
    args: {
      input: t.arg({ type: WebhookEndpointIdInput, required: true }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, args, context) =>
      encodeGlobalID('WebhookEndpoint', await write('deleteWebhookEndpoint', deleteWebhookEndpoint, args, context)),
  }),
}));

/**
 * Webhook writes record no change of their own, and two of them show a secret once, so they are
 * declared here rather than with defineWrite; they run through the same runWrite (transaction,
 * idempotency key claimed first).
 */
function write(
  operation: string,
  service: (context: WriteContext, input: unknown) => Promise<string>,
  args: { input: unknown; idempotencyKey?: string | null },
  context: Context,
): Promise<string> {
  return runWrite(context.db, context.viewer, {
    operation,
    idempotencyKey: args.idempotencyKey,
    input: args.input,
    write: (writeContext) => service(writeContext, args.input),
  });
}

/** The endpoint a write made or changed, as it is now. */
async function endpointWritten(context: Context, id: string) {
  const endpoint = await context.db.webhookEndpoint.findUnique({ where: { id } });
  if (!endpoint) throw deletedSince('WebhookEndpoint', id);
  return endpoint;
}
