import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../db/database.ts';
import type { ApiKey, WebhookDelivery, WebhookEndpoint } from '../../generated/prisma/client.ts';
import type { Logger } from '../../logger.ts';
import { placeScopeIds } from '../../sql/place-scope.ts';
import type { Viewer } from '../../viewer.ts';
import { type ChangeFilter, readChanges, withRecords } from '../feed-query.ts';
import type { Wakeups } from '../wakeups.ts';
import { webhookEvent } from './payload.ts';
import { SIGNATURE_HEADER, signPayload } from './signature.ts';

export interface WebhookDispatcherOptions {
  db: PrismaClient;
  /** Whether this instance delivers (config); a disabled dispatcher is never constructed. */
  enabled?: boolean;
  wakeups: Wakeups;
  logger?: Logger;
  /** Give up on one attempt after this long. */
  timeoutMs: number;
  /** First retry delay; it doubles with each failure (with jitter) up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Pause an endpoint whose deliveries have failed for this long. */
  pauseAfterMs: number;
  /** How often to look for due retries when nothing wakes the dispatcher. */
  tickMs?: number;
  /** A lease lasts this long unless renewed; another instance may take over after it. */
  leaseMs?: number;
}

const LEASE = 'webhook-dispatcher';
/** Deliveries to one endpoint per round, so one busy endpoint cannot starve the others. */
const ROUND = 50;
/** Endpoints served at once. */
const PARALLEL = 16;

type Endpoint = WebhookEndpoint & { ownerKey: ApiKey };

/**
 * Delivers the change feed to partners' endpoints: each endpoint gets the changes matching its
 * filter that its owner's key may read, one at a time and in feed order, signed; a failed
 * delivery is retried with exponential backoff and jitter, and nothing later is sent to that
 * endpoint until it succeeds. An endpoint failing for longer than `pauseAfterMs` is paused.
 * Everything lives in the database (cursor, deliveries, attempts), so a restart resumes where it
 * stopped; delivery is at least once, and receivers deduplicate by the event `id`. Several
 * instances may run a dispatcher: a lease in the database lets one deliver at a time.
 */
export class WebhookDispatcher {
  readonly #options: Required<Omit<WebhookDispatcherOptions, 'logger' | 'enabled'>>;
  readonly #logger: Logger | undefined;
  readonly #instance = randomUUID();
  #leaseHeld = false;
  #running: Promise<void> | null = null;
  #runAgain = false;
  #timers: NodeJS.Timeout[] = [];
  #unsubscribe: (() => void) | null = null;

  constructor(options: WebhookDispatcherOptions) {
    const { logger, enabled: _enabled, ...rest } = options;
    this.#options = { tickMs: 1_000, leaseMs: 15_000, ...rest };
    this.#logger = logger;
  }

  /** Whether this instance currently holds the delivery lease (for tests and logs). */
  get leaseHeld(): boolean {
    return this.#leaseHeld;
  }

  start(): void {
    if (this.#unsubscribe) return;
    this.#unsubscribe = this.#options.wakeups.subscribe(() => this.#wake());
    this.#timers = [
      setInterval(() => this.#wake(), this.#options.tickMs),
      setInterval(() => void this.#renewLease(), Math.max(50, Math.floor(this.#options.leaseMs / 3))),
    ];
    for (const timer of this.#timers) timer.unref();
    void this.#renewLease().then(() => this.#wake());
  }

  /** Stops delivering, waits for the round in flight, and gives the lease up for another instance. */
  async stop(): Promise<void> {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    for (const timer of this.#timers) clearInterval(timer);
    this.#timers = [];
    await this.#running;
    if (this.#leaseHeld) {
      this.#leaseHeld = false;
      await this.#options.db.workerLease
        .deleteMany({ where: { name: LEASE, holder: this.#instance } })
        .catch(() => undefined);
    }
  }

  #wake(): void {
    if (!this.#unsubscribe) return;
    if (this.#running) {
      this.#runAgain = true;
      return;
    }
    this.#running = this.#round()
      .catch((error: unknown) => this.#log('warn', `Webhooks: a delivery round failed (${describe(error)}).`))
      .finally(() => {
        this.#running = null;
        if (this.#runAgain) {
          this.#runAgain = false;
          this.#wake();
        }
      });
  }

  /** Takes or renews the lease; true while this instance may deliver. */
  async #renewLease(): Promise<void> {
    try {
      const seconds = this.#options.leaseMs / 1000;
      const rows = await this.#options.db.$queryRaw<Array<{ holder: string }>>`
        INSERT INTO "WorkerLease" (name, holder, "expiresAt")
        VALUES (${LEASE}, ${this.#instance}, now() + make_interval(secs => ${seconds}))
        ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, "expiresAt" = EXCLUDED."expiresAt"
          WHERE "WorkerLease".holder = EXCLUDED.holder OR "WorkerLease"."expiresAt" < now()
        RETURNING holder`;
      const held = rows.length > 0;
      if (held && !this.#leaseHeld) this.#log('info', 'Webhooks: this instance delivers (it holds the lease).');
      this.#leaseHeld = held;
    } catch (error) {
      this.#leaseHeld = false;
      this.#log('warn', `Webhooks: could not renew the delivery lease (${describe(error)}).`);
    }
  }

  async #round(): Promise<void> {
    if (!this.#leaseHeld) return;
    const { db } = this.#options;
    const newest = await db.changeEvent.findFirst({ orderBy: { sequence: 'desc' }, select: { sequence: true } });
    const endpoints = await db.webhookEndpoint.findMany({
      where: {
        status: 'ACTIVE',
        OR: [{ cursor: { lt: newest?.sequence ?? 0n } }, { deliveries: { some: { status: 'PENDING' } } }],
      },
      include: { ownerKey: true },
    });
    for (let start = 0; start < endpoints.length; start += PARALLEL) {
      await Promise.all(endpoints.slice(start, start + PARALLEL).map((endpoint) => this.#serve(endpoint)));
    }
  }

  async #serve(endpoint: Endpoint): Promise<void> {
    const { db } = this.#options;
    if (endpoint.ownerKey.revokedAt) {
      await this.#pause(endpoint, `The API key "${endpoint.ownerKey.name}" that registered this endpoint was revoked.`);
      return;
    }
    const viewer = ownerViewer(endpoint.ownerKey);
    let filter: ChangeFilter | null = null;
    let cursor = endpoint.cursor;
    for (let sent = 0; sent < ROUND; sent++) {
      if (!this.#leaseHeld) return;
      let delivery = await db.webhookDelivery.findFirst({
        where: { endpointId: endpoint.id, status: 'PENDING' },
        orderBy: { sequence: 'asc' },
      });
      if (!delivery) {
        filter ??= await endpointFilter(db, endpoint);
        const page = await readChanges(db, { after: cursor, limit: 1, filter, viewer });
        const change = page.changes[0];
        if (!change) {
          if (page.scannedTo > cursor) {
            await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { cursor: page.scannedTo } });
          }
          return;
        }
        delivery = await db.webhookDelivery.upsert({
          where: { endpointId_sequence: { endpointId: endpoint.id, sequence: change.sequence } },
          create: { endpointId: endpoint.id, sequence: change.sequence, type: change.type, nextAttemptAt: new Date() },
          update: {},
        });
      }
      if (delivery.nextAttemptAt && delivery.nextAttemptAt.getTime() > Date.now()) return;
      const delivered = await this.#attempt(endpoint, delivery);
      if (!delivered) return;
      cursor = delivery.sequence;
    }
    this.#runAgain = true;
  }

  /** One HTTP attempt; records its outcome. True when the endpoint accepted the event. */
  async #attempt(endpoint: Endpoint, delivery: WebhookDelivery): Promise<boolean> {
    const { db, timeoutMs } = this.#options;
    const row = await db.changeEvent.findUnique({ where: { sequence: delivery.sequence } });
    if (!row) {
      // Pruned from the feed before it could be delivered: nothing left to send.
      await this.#succeeded(endpoint, delivery, null, 'The change was pruned before delivery.');
      return true;
    }
    const [change] = await withRecords(db, [row]);
    const body = JSON.stringify(webhookEvent(change!));
    const attempt = delivery.attempts + 1;
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'TwinningGraph-Webhooks/1',
      [SIGNATURE_HEADER]: signPayload(endpoint.secret, body, Math.floor(Date.now() / 1000)),
      'Twinning-Event-Id': delivery.sequence.toString(),
      'Twinning-Event-Type': delivery.type,
      'Twinning-Delivery-Id': delivery.id,
      'Twinning-Delivery-Attempt': String(attempt),
    };
    let status: number | null = null;
    let failure: string;
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      if (status >= 200 && status < 300) {
        await response.body?.cancel();
        await this.#succeeded(endpoint, delivery, status, null);
        return true;
      }
      const excerpt = await readExcerpt(response);
      failure =
        status >= 300 && status < 400
          ? `HTTP ${status}: redirects are not followed; register the final URL.`
          : `HTTP ${status}${excerpt ? `: ${excerpt}` : ''}`;
    } catch (error) {
      failure =
        error instanceof Error && error.name === 'TimeoutError'
          ? `No answer within ${timeoutMs} ms.`
          : `Could not deliver: ${describe(error)}`;
    }
    await this.#failed(endpoint, delivery, attempt, status, failure);
    return false;
  }

  async #succeeded(endpoint: Endpoint, delivery: WebhookDelivery, status: number | null, note: string | null) {
    const now = new Date();
    await this.#options.db.$transaction([
      this.#options.db.webhookDelivery.update({
        where: { id: delivery.id },
        data: {
          status: 'SUCCEEDED',
          attempts: status === null ? delivery.attempts : delivery.attempts + 1,
          lastAttemptAt: status === null ? delivery.lastAttemptAt : now,
          lastStatusCode: status,
          lastError: note,
          nextAttemptAt: null,
          deliveredAt: now,
        },
      }),
      this.#options.db.webhookEndpoint.update({
        where: { id: endpoint.id },
        data: { cursor: delivery.sequence, failingSince: null },
      }),
    ]);
  }

  async #failed(
    endpoint: Endpoint,
    delivery: WebhookDelivery,
    attempt: number,
    status: number | null,
    failure: string,
  ) {
    const { db, retryBaseMs, retryMaxMs, pauseAfterMs } = this.#options;
    const now = new Date();
    const failingSince = endpoint.failingSince ?? now;
    const exponential = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.min(attempt - 1, 30));
    // "Equal jitter": half the delay fixed, half random, so retries of many endpoints spread out.
    const delay = Math.round(exponential / 2 + (Math.random() * exponential) / 2);
    const pause = now.getTime() - failingSince.getTime() >= pauseAfterMs;
    await db.$transaction([
      db.webhookDelivery.update({
        where: { id: delivery.id },
        data: {
          attempts: attempt,
          lastAttemptAt: now,
          lastStatusCode: status,
          lastError: failure.slice(0, 1_000),
          nextAttemptAt: new Date(now.getTime() + delay),
        },
      }),
      db.webhookEndpoint.update({
        where: { id: endpoint.id },
        data: pause
          ? {
              failingSince,
              status: 'PAUSED',
              pausedAt: now,
              pausedReason: `Deliveries have failed since ${failingSince.toISOString()} (last: ${failure.slice(0, 300)}). Fix the endpoint, then resume it with resumeWebhookEndpoint.`,
            }
          : { failingSince },
      }),
    ]);
    endpoint.failingSince = failingSince;
    if (pause) this.#log('warn', `Webhooks: paused ${endpoint.url} after failing since ${failingSince.toISOString()}.`);
  }

  async #pause(endpoint: Endpoint, reason: string): Promise<void> {
    await this.#options.db.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { status: 'PAUSED', pausedAt: new Date(), pausedReason: reason },
    });
  }

  #log(level: 'info' | 'warn', line: string): void {
    this.#logger?.[level](line);
  }
}

function ownerViewer(key: ApiKey): Viewer {
  return { role: key.role, keyId: key.id, provinceIds: key.scopeProvinceIds, agencyIds: key.scopeAgencyIds };
}

async function endpointFilter(db: PrismaClient, endpoint: WebhookEndpoint): Promise<ChangeFilter> {
  return {
    types: endpoint.types,
    placeIds: endpoint.placeId
      ? new Set(
          await placeScopeIds(db, endpoint.placeId, {
            includeDescendants: endpoint.includeDescendants,
            includeHistory: false,
          }),
        )
      : null,
  };
}

/** The start of an error response, for the delivery log; never the whole of a large body. */
async function readExcerpt(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < 500) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return new TextDecoder().decode(Buffer.concat(chunks)).slice(0, 300).replace(/\s+/g, ' ').trim();
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
