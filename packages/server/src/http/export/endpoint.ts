import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type ExportPlan, ExportRequestError, planExport } from './plan.ts';
import { csvStream, type ExportFormat, MEDIA_TYPES, xlsxStream } from './writers.ts';

export interface ExportEndpointOptions {
  schema: GraphQLSchema;
  /** Where GraphQL is served; each page of an export is one request to it. */
  graphqlEndpoint: string;
  /** Persisted documents (hash → text), for exports that name a document by its hash. */
  manifest?: Readonly<Record<string, string>>;
}

/** The GraphQL pipeline behind `/graphql` (parsing, trusted documents, limits, context), without the HTTP plugins. */
interface YogaPipeline {
  handle(request: Request, serverContext: Record<string, unknown>): Response | Promise<Response>;
}

/**
 * `GET|POST /export` — and `Accept: text/csv` (or XLSX) on `/graphql` — answers a query as a CSV or
 * XLSX file: the rows of its first connection (or the one named), every page, the columns chosen.
 * Each page is an ordinary GraphQL request through this same server's pipeline, carrying the
 * caller's `Authorization`, so API keys, PUBLIC_READ, trusted documents and the query limits apply
 * exactly as on `/graphql`. The file streams: a page is read only when the previous one has been sent.
 *
 * Parameters (query string, or a JSON body): `query` or `documentId` (a persisted document's hash;
 * `extensions.persistedQuery.sha256Hash` also works), `variables` (JSON), `operationName`,
 * `columns` (`commune.code:Mã xã,valueVnd` — paths in a row, optional headers), `connection`
 * (its path in the result), `format` (`csv` default, or `xlsx`; else taken from `Accept`).
 */
export function exportPlugin(options: ExportEndpointOptions): Plugin {
  let yoga: YogaPipeline | undefined;
  return {
    onYogaInit({ yoga: instance }) {
      yoga = instance as unknown as YogaPipeline;
    },
    async onRequest({ request, url, endResponse, serverContext }) {
      const onGraphQL = url.pathname === options.graphqlEndpoint && spreadsheetAccepted(request) !== undefined;
      if (url.pathname !== '/export' && !onGraphQL) return;
      const runPage = (page: Request) => yoga!.handle(page, serverContext as Record<string, unknown>);
      endResponse(await answerExport(request, url, runPage, options));
    },
  };
}

interface ExportParameters {
  query?: string;
  documentId?: string;
  variables: Record<string, unknown>;
  operationName?: string;
  columns?: string[];
  connection?: string;
  format?: string;
}

async function answerExport(
  request: Request,
  url: URL,
  runPage: (page: Request) => Response | Promise<Response>,
  options: ExportEndpointOptions,
): Promise<Response> {
  let parameters: ExportParameters;
  let plan: ExportPlan;
  let format: ExportFormat;
  let persisted = false;
  try {
    if (request.method !== 'GET' && request.method !== 'POST') {
      return refuse(405, 'Use GET /export?query=… or POST /export with a JSON body.');
    }
    parameters = request.method === 'GET' ? fromSearchParams(url.searchParams) : await fromBody(request);
    format = chooseFormat(parameters.format, request);
    let text = parameters.query;
    if (!text && parameters.documentId) {
      const { manifest } = options;
      text = manifest && Object.hasOwn(manifest, parameters.documentId) ? manifest[parameters.documentId] : undefined;
      persisted = true;
      if (!text) return refuse(400, `No persisted document has the hash ${parameters.documentId}.`);
    }
    if (!text) {
      return refuse(
        400,
        'Send the query to export: GET /export?query={ places(level: COMMUNE) { nodes { code name } } }&format=csv, or POST /export with {"query": "…", "variables": {…}, "columns": ["code", "name"], "format": "xlsx"}.',
      );
    }
    plan = planExport(options.schema, text, {
      persisted,
      ...(parameters.columns ? { columns: parameters.columns } : {}),
      ...(parameters.connection ? { connection: parameters.connection } : {}),
    });
  } catch (error) {
    if (error instanceof ExportRequestError) return refuse(400, error.message);
    throw error;
  }

  const endpoint = new URL(options.graphqlEndpoint, url);
  const authorization = request.headers.get('authorization');
  const fetchPage = async (after: string | null): Promise<PageResult> => {
    const variables = {
      ...parameters.variables,
      ...(plan.afterVariable && after ? { [plan.afterVariable]: after } : {}),
    };
    const operationName = plan.operationName ?? parameters.operationName;
    const body = persisted
      ? { extensions: { persistedQuery: { version: 1, sha256Hash: parameters.documentId } }, variables, operationName }
      : { query: plan.query, variables, operationName };
    const response = await runPage(
      new Request(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify(body),
      }),
    );
    const result = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    if (result.errors?.length || !result.data) {
      return { ok: false, status: Math.max(response.status, 400), errors: result.errors ?? [] };
    }
    return { ok: true, ...readPage(plan, result.data) };
  };

  const first = await fetchPage(null);
  if (!first.ok) return Response.json({ errors: first.errors }, { status: first.status });
  const pages = walkPages(first, fetchPage, plan);
  const name = plan.operationName ?? 'export';
  const body = format === 'csv' ? csvStream(plan.columns, pages) : xlsxStream(plan.columns, pages, name);
  return new Response(body, {
    headers: {
      'content-type': MEDIA_TYPES[format],
      'content-disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.${format}"`,
      'cache-control': 'no-store',
      ...(first.totalCount !== undefined ? { 'x-total-count': String(first.totalCount) } : {}),
    },
  });
}

type PageResult =
  | { ok: true; rows: unknown[][]; hasNextPage: boolean; endCursor: string | null; totalCount: number | undefined }
  | { ok: false; status: number; errors: unknown[] };

/** Every page's rows: the first (already read), then one request per page as the writer asks. */
async function* walkPages(
  first: Extract<PageResult, { ok: true }>,
  fetchPage: (after: string | null) => Promise<PageResult>,
  plan: ExportPlan,
): AsyncGenerator<unknown[][], void, undefined> {
  let page = first;
  const seen = new Set<string>();
  for (;;) {
    yield page.rows;
    if (!plan.afterVariable || !page.hasNextPage || !page.endCursor || seen.has(page.endCursor)) return;
    seen.add(page.endCursor);
    const next = await fetchPage(page.endCursor);
    // The response has started: a failure now can only end the stream, which the client sees as a broken download.
    if (!next.ok) throw new Error(`The export stopped at a page the server refused: ${JSON.stringify(next.errors)}`);
    page = next;
  }
}

function readPage(plan: ExportPlan, data: Record<string, unknown>) {
  const container = plan.listPath.reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), data);
  let items: unknown[];
  if (plan.itemsKey)
    items =
      isRecord(container) && Array.isArray(container[plan.itemsKey]) ? (container[plan.itemsKey] as unknown[]) : [];
  else if (Array.isArray(container)) items = container;
  else items = container === null || container === undefined ? [] : [container];
  const pageInfo = plan.pageInfoKey && isRecord(container) ? container[plan.pageInfoKey] : undefined;
  const totalCount = isRecord(container) && typeof container.totalCount === 'number' ? container.totalCount : undefined;
  return {
    rows: items.map((item) => plan.columns.map((column) => pick(item, column.path))),
    hasNextPage: isRecord(pageInfo) && pageInfo.hasNextPage === true,
    endCursor: isRecord(pageInfo) && typeof pageInfo.endCursor === 'string' ? pageInfo.endCursor : null,
    totalCount,
  };
}

/** The value at a path; through a list, the values of every element (joined into one cell later). */
function pick(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return value;
  if (Array.isArray(value)) return value.flatMap((item) => pick(item, path)).filter((item) => item !== null);
  if (!isRecord(value)) return null;
  return pick(value[path[0]!], path.slice(1));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromSearchParams(params: URLSearchParams): ExportParameters {
  const extensions = params.get('extensions');
  return {
    ...optional('query', params.get('query')),
    ...optional(
      'documentId',
      params.get('documentId') ?? persistedHash(extensions ? parseJson(extensions, 'extensions') : undefined),
    ),
    variables: asObject(params.has('variables') ? parseJson(params.get('variables')!, 'variables') : {}, 'variables'),
    ...optional('operationName', params.get('operationName')),
    ...(params.has('columns') ? { columns: params.getAll('columns').flatMap((value) => value.split(',')) } : {}),
    ...optional('connection', params.get('connection')),
    ...optional('format', params.get('format')),
  };
}

async function fromBody(request: Request): Promise<ExportParameters> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ExportRequestError('POST /export takes a JSON body: {"query": "…", "variables": {…}, "format": "csv"}.');
  }
  const fields = asObject(body, 'the body');
  const text = (name: string): string | undefined => {
    const value = fields[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw new ExportRequestError(`${name} must be a string.`);
    return value;
  };
  const columns = fields.columns;
  if (
    columns !== undefined &&
    !(typeof columns === 'string' || (Array.isArray(columns) && columns.every((c) => typeof c === 'string')))
  ) {
    throw new ExportRequestError('columns must be a list of paths, e.g. ["commune.name:Xã", "valueVnd"].');
  }
  return {
    ...optional('query', text('query')),
    ...optional('documentId', text('documentId') ?? persistedHash(fields.extensions)),
    variables: asObject(fields.variables ?? {}, 'variables'),
    ...optional('operationName', text('operationName')),
    ...(columns === undefined
      ? {}
      : { columns: typeof columns === 'string' ? columns.split(',') : (columns as string[]) }),
    ...optional('connection', text('connection')),
    ...optional('format', text('format')),
  };
}

function persistedHash(extensions: unknown): string | undefined {
  if (!isRecord(extensions) || !isRecord(extensions.persistedQuery)) return undefined;
  const hash = extensions.persistedQuery.sha256Hash;
  return typeof hash === 'string' ? hash : undefined;
}

function chooseFormat(requested: string | undefined, request: Request): ExportFormat {
  if (requested === 'csv' || requested === 'xlsx') return requested;
  if (requested) throw new ExportRequestError(`format is csv or xlsx; got ${requested}.`);
  return spreadsheetAccepted(request) ?? 'csv';
}

/** The spreadsheet format the Accept header asks for, when it prefers one to JSON. */
function spreadsheetAccepted(request: Request): ExportFormat | undefined {
  const accept = request.headers.get('accept') ?? '';
  if (accept.includes(MEDIA_TYPES.xlsx)) return 'xlsx';
  if (/(^|,)\s*text\/csv/.test(accept)) return 'csv';
  return undefined;
}

function optional<K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ExportRequestError(`${name} must be JSON, e.g. {"first": 10}.`);
  }
}

function asObject(value: unknown, name: string): Record<string, unknown> {
  if (!isRecord(value)) throw new ExportRequestError(`${name} must be a JSON object.`);
  return value;
}

function refuse(status: number, message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code: 'BAD_EXPORT_REQUEST' } }] }, { status });
}
