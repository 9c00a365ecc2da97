import type { DocumentNode, ExecutionArgs, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database.ts';
import type { Context } from '../schema/context.ts';
import { answerWith, jsonTextResult, type Plan, stringifyResult } from './compiled-reads.ts';
import { operationCost } from './cost.ts';
import { unprintableVariables } from './printable-arguments.ts';
import { requestBodyText } from './request-parser.ts';

export interface DirectReadsOptions {
  database: Database;
  /** Refuses a bad API key (or, without PUBLIC_READ, no key) by throwing. */
  authenticate: (request: Request) => Promise<unknown>;
  maxCost: number;
  maxRequestBodyBytes: number;
  executionTimeoutMs: number;
}

/** A query the pipeline has answered with a compiled statement, and what it weighed. */
interface KnownRead {
  readonly plan: Plan;
  readonly schema: GraphQLSchema;
  readonly cost: number;
}

/** Query texts remembered at most; past that the oldest is forgotten. */
const MAX_KNOWN_READS = 1_000;
/** A longer query text is not remembered: the cache is bounded in bytes as well as in entries. */
const MAX_QUERY_LENGTH = 8_000;
const BODY_KEYS = new Set(['query', 'operationName', 'variables', 'extensions']);
/** The media types a direct read answers in, as Yoga answers them; any other Accept goes through Yoga. */
const ANSWERED_MEDIA_TYPES = new Map([
  ['', 'application/json'],
  ['*/*', 'application/json'],
  ['application/json', 'application/json'],
  ['application/graphql-response+json', 'application/graphql-response+json'],
]);

/**
 * Yoga's pipeline allocates ~90 KB per request in its hooks and promises, whatever the query:
 * under load that garbage sets the p99 through major GCs. A query text (and operation) that the
 * pipeline has already answered with one compiled statement (compiled-reads.ts) has passed every
 * check that depends on the document alone: parsing, query limits, validation, its cost, its
 * literals. When it comes again as a JSON POST, it is answered here, before the pipeline, with
 * the checks that depend on the request: rate limits (the plugin before this one), the API key,
 * its variables (printable, and coerced to their types) and the timeout. The answer is the
 * pipeline's, byte for byte; request IDs, metrics and CORS come from hooks that run either way.
 * Whatever else happens — an unknown query, a bad key, a variable that does not fit, a database
 * error — the request continues into the pipeline, which answers it or says why not.
 */
export class DirectReads {
  private readonly known = new Map<string, KnownRead>();
  private readonly timedOut = new WeakSet<Request>();
  private readonly costReadsVariables = new WeakSet<DocumentNode>();
  private answeredCount = 0;

  constructor(private readonly options: DirectReadsOptions) {}

  /** Requests answered here since the start (`/metrics`). */
  get answered(): number {
    return this.answeredCount;
  }

  /** Whether a direct read of this request ran out of time (its TIMEOUT answer then comes from the pipeline). */
  readonly ranOutOfTime = (request: Request): boolean => this.timedOut.has(request);

  /** Called by the compiled reads once the pipeline has answered `args` with `plan`. */
  readonly remember = (args: ExecutionArgs, plan: Plan): void => {
    const { request, params } = args.contextValue as Context & {
      request?: Request;
      params?: { query?: unknown; extensions?: unknown };
    };
    const query = params?.query;
    if (request?.method !== 'POST' || typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) return;
    // A persisted document may be allowed where its text is not (TRUSTED_DOCUMENTS=only).
    if (params?.extensions !== undefined || this.costReadsVariables.has(args.document)) return;
    const key = keyOf(query, args.operationName);
    if (this.known.has(key)) return;
    const weighed = operationCost(args.schema, args.document, args.operationName);
    if (weighed.readsVariables) {
      // Weighed once: such a query keeps coming through the pipeline.
      this.costReadsVariables.add(args.document);
      return;
    }
    if (this.known.size >= MAX_KNOWN_READS) this.known.delete(this.known.keys().next().value as string);
    this.known.set(key, { plan, schema: args.schema, cost: weighed.cost });
  };

  /** The hook that answers known reads; placed after the rate limits and before the request parser. */
  plugin(): Plugin {
    return {
      onRequest: async ({ request, url, endResponse, fetchAPI }) => {
        if (this.known.size === 0 || request.method !== 'POST' || url.pathname !== '/graphql') return;
        const mediaType = answeredMediaType(request);
        if (!mediaType || !isJsonBody(request, this.options.maxRequestBodyBytes)) return;
        const body = await this.answer(request);
        if (body === undefined) return;
        this.answeredCount += 1;
        endResponse(
          new fetchAPI.Response(body as string | Uint8Array<ArrayBuffer>, {
            headers: { 'Content-Type': `${mediaType}; charset=utf-8` },
          }),
        );
      },
    };
  }

  private async answer(request: Request): Promise<string | Buffer | undefined> {
    const { database, authenticate, maxCost, maxRequestBodyBytes, executionTimeoutMs } = this.options;
    let sent: unknown;
    try {
      sent = JSON.parse(await requestBodyText(request, maxRequestBodyBytes));
    } catch {
      return undefined;
    }
    if (!isPlainObject(sent) || !Object.keys(sent).every((key) => BODY_KEYS.has(key))) return undefined;
    const { query, operationName, variables, extensions } = sent;
    if (typeof query !== 'string' || extensions != null) return undefined;
    // An empty operation name names no operation: the pipeline says so.
    if (operationName != null && (typeof operationName !== 'string' || operationName === '')) return undefined;
    if (variables != null && !isPlainObject(variables)) return undefined;
    const known = this.known.get(keyOf(query, operationName));
    if (!known || (variables && unprintableVariables(variables).length > 0)) return undefined;
    try {
      await authenticate(request);
    } catch {
      return undefined;
    }
    const data = await this.withinTime(
      request,
      answerWith(known.plan, known.schema, variables ?? undefined, database.prisma),
      executionTimeoutMs,
    );
    if (data === undefined) return undefined;
    return stringifyResult({
      ...jsonTextResult(data),
      extensions: { cost: { requested: known.cost, limit: maxCost } },
    });
  }

  private async withinTime(
    request: Request,
    answer: Promise<string | undefined>,
    timeoutMs: number,
  ): Promise<string | undefined> {
    if (timeoutMs <= 0) return answer;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        this.timedOut.add(request);
        resolve(undefined);
      }, timeoutMs);
    });
    return Promise.race([answer, late]).finally(() => clearTimeout(timer));
  }
}

function keyOf(query: string, operationName: string | null | undefined): string {
  return `${operationName ?? ''}\n${query}`;
}

function answeredMediaType(request: Request): string | undefined {
  const accept = request.headers.get('accept') ?? '';
  const [type, ...parameters] = accept.split(';').map((part) => part.trim().toLowerCase());
  if (parameters.some((parameter) => parameter !== 'charset=utf-8')) return undefined;
  return ANSWERED_MEDIA_TYPES.get(type ?? '');
}

/** A JSON body of a declared length within the cap; the request parser refuses any other form as it always has. */
function isJsonBody(request: Request, maxBodyBytes: number): boolean {
  const [type, ...parameters] = (request.headers.get('content-type') ?? '')
    .split(';')
    .map((part) => part.trim().toLowerCase());
  if (type !== 'application/json' || parameters.some((parameter) => parameter !== 'charset=utf-8')) return false;
  const length = request.headers.get('content-length');
  return length !== null && /^\d+$/.test(length) && Number(length) <= maxBodyBytes;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
