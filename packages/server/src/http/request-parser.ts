import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';

/**
 * Reads GET parameters and JSON bodies strictly: malformed JSON, or a body or parameter of the
 * wrong shape, is a 400 with a sentence saying what is wrong — never the body echoed back, never
 * a 500. (Yoga's own parsers answer a bad `variables` parameter with a 500 and put the JSON
 * parser's message, with the body's text, in the response.)
 *
 * Caps the body at `maxBodyBytes` (413) for every parser, ours or Yoga's: a declared
 * Content-Length over the cap is refused before anything is read, and a body sent without one
 * (chunked) is counted as it arrives. This replaces Yoga's `maxRequestBodySize`, which pipes every
 * body through a TransformStream into a second Request — a sixth of the CPU of a small read.
 */
export function strictRequestParserPlugin(maxBodyBytes: number): Plugin {
  const readText = (request: Request) => requestBodyText(request, maxBodyBytes);
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      refuseDeclaredOversize(request, maxBodyBytes);
      if (request.method === 'GET') setRequestParser(parseGet);
      else if (request.method !== 'POST') return;
      else if (isContentType(request, ['application/json', 'application/graphql+json']))
        setRequestParser(async (posted) => paramsFromJson(await readText(posted)));
      else if (isContentType(request, ['application/x-www-form-urlencoded']))
        setRequestParser(async (posted) => paramsFromSearch(new URLSearchParams(await readText(posted))));
      else if (requestParser && request.body) {
        // Yoga's own parsers (multipart, application/graphql) read a copy holding the capped body.
        const parseWithYoga = requestParser;
        setRequestParser(async (posted) => parseWithYoga(await withCappedBody(posted, maxBodyBytes, fetchAPI)));
      }
    },
  };
}

// One non-negative integer; anything else (signs, spaces, comma-joined values as request smuggling
// sends) is refused rather than read as if it were absent.
const CONTENT_LENGTH = /^\d+$/;

// The rest of a refused body is never read: the connection closes after the answer, rather than
// reading a body of any length to find where the next request starts.
const CLOSE_CONNECTION = { connection: 'close' };

function refuseDeclaredOversize(request: Request, maxBodyBytes: number): void {
  const declared = request.headers.get('content-length');
  if (declared === null) return;
  if (!CONTENT_LENGTH.test(declared)) {
    throw new GraphQLError(
      'The Content-Length header is not a single whole number of bytes; send the length of the body.',
      {
        extensions: { code: 'BAD_REQUEST', http: { status: 400, headers: CLOSE_CONNECTION } },
      },
    );
  }
  if (Number(declared) > maxBodyBytes) throw bodyTooLarge(maxBodyBytes);
}

const bodyTexts = new WeakMap<Request, Promise<string>>();

/**
 * The body as text, read once: a body can be read only once, and the direct reads
 * (direct-reads.ts) look at it before this parser does. The caller has refused a declared length
 * over `maxBodyBytes` (`refuseDeclaredOversize`).
 */
export function requestBodyText(request: Request, maxBodyBytes: number): Promise<string> {
  let text = bodyTexts.get(request);
  if (!text) {
    text = bodyText(request, maxBodyBytes);
    bodyTexts.set(request, text);
  }
  return text;
}

async function bodyText(request: Request, maxBodyBytes: number): Promise<string> {
  // Node's HTTP parser delivers exactly the declared length, already checked against the cap.
  if (request.headers.has('content-length')) return request.text();
  return (await cappedBody(request, maxBodyBytes)).toString('utf8');
}

async function cappedBody(request: Request, maxBodyBytes: number): Promise<Buffer<ArrayBuffer>> {
  if (!request.body) return Buffer.alloc(0);
  // A reader rather than `for await`: leaving that loop early cancels the body, and cancelling a
  // Node request destroys its socket before the 413 can be sent.
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    length += read.value.byteLength;
    if (length > maxBodyBytes) {
      await discardUpTo(reader, maxBodyBytes * DISCARD_FACTOR, length - maxBodyBytes);
      reader.releaseLock();
      throw bodyTooLarge(maxBodyBytes);
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

/** How much more than the cap a refused chunked body is read (and dropped) before the answer. */
const DISCARD_FACTOR = 4;

/**
 * Reads and drops the rest of a refused body, up to `limit` bytes past the cap (`alreadyOver` of
 * them read already). Closing a connection while the
 * client is still sending makes the kernel answer its next bytes with a reset, which can reach the
 * client before it has read the 413, so it sees only "connection reset" (nginx's lingering close
 * does the same). A body longer still is cut, reset and all: the bound keeps an endless body from
 * holding the server.
 */
async function discardUpTo(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limit: number,
  alreadyOver: number,
): Promise<void> {
  for (let discarded = alreadyOver; discarded <= limit; ) {
    const read = await reader.read();
    if (read.done) return;
    discarded += read.value.byteLength;
  }
}

async function withCappedBody(
  request: Request,
  maxBodyBytes: number,
  fetchAPI: { Request: typeof Request },
): Promise<Request> {
  if (request.headers.has('content-length')) return request;
  const body = await cappedBody(request, maxBodyBytes);
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
  });
}

function bodyTooLarge(maxBodyBytes: number): GraphQLError {
  return new GraphQLError(
    `The request body is larger than ${maxBodyBytes} bytes; send a shorter document (a persisted query) or fewer variables.`,
    { extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413, headers: CLOSE_CONNECTION } } },
  );
}

function isContentType(request: Request, types: string[]): boolean {
  const type = request.headers.get('content-type')?.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  return type !== undefined && types.includes(type);
}

function parseGet(request: Request): GraphQLParams {
  return paramsFromSearch(new URL(request.url).searchParams);
}

function paramsFromSearch(search: URLSearchParams): GraphQLParams {
  return paramsFrom({
    query: search.get('query') || undefined,
    operationName: search.get('operationName') || undefined,
    variables: jsonParameter(search.get('variables'), 'variables'),
    extensions: jsonParameter(search.get('extensions'), 'extensions'),
  });
}

function paramsFromJson(text: string): GraphQLParams | GraphQLParams[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest(
      'The request body is not valid JSON; send {"query": "…", "variables": {…}} with content-type application/json.',
    );
  }
  if (Array.isArray(body)) return body.map((item) => paramsFrom(item));
  return paramsFrom(body);
}

function jsonParameter(value: string | null, name: string): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(`The \`${name}\` parameter is not valid JSON; URL-encode a JSON object, e.g. ${name}=%7B%7D.`);
  }
}

/** The GraphQL parameters, each checked for its type; Yoga checks which are required. */
function paramsFrom(value: unknown): GraphQLParams {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('The request must be a JSON object with a `query` (or a persisted-query hash in `extensions`).');
  }
  const { query, operationName, variables, extensions } = value as Record<string, unknown>;
  if (query != null && typeof query !== 'string') throw badRequest('`query` must be a string.');
  if (operationName != null && typeof operationName !== 'string') throw badRequest('`operationName` must be a string.');
  if (variables != null && !isObject(variables)) throw badRequest('`variables` must be a JSON object.');
  if (extensions != null && !isObject(extensions)) throw badRequest('`extensions` must be a JSON object.');
  return {
    ...(value as GraphQLParams),
    query: query ?? undefined,
    operationName: operationName ?? undefined,
    variables: variables ?? undefined,
    extensions: extensions ?? undefined,
  } as GraphQLParams;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}
