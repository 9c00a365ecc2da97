import type { Database } from '../../packages/server/src/db/database.ts';
import type { GraphQLResponse } from './graphql.ts';

/** A server's GraphQL endpoint: its URL on a port, or its URL with the fetch that reaches it in-process. */
export type Endpoint = string | { graphqlUrl: string; fetch: typeof fetch };

/** Posts a GraphQL request to a live server over HTTP, as a partner system would. */
export async function post<Data>(
  endpoint: Endpoint,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const [url, send] = typeof endpoint === 'string' ? [endpoint, fetch] : [endpoint.graphqlUrl, endpoint.fetch];
  const response = await send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/** The fields of a change the feed tests read. */
export const CHANGE_FIELDS =
  'cursor type entityType entityId action actor place { id name } province { name } agency { name }';

export interface FeedChange {
  cursor: string;
  type: string;
  entityType: string;
  entityId: string;
  action: string;
  actor: string | null;
  place: { id: string; name: string } | null;
  province: { name: string } | null;
  agency: { name: string } | null;
}

const RECORD_VISIT = `mutation($input: ActivityInput!) {
  recordActivity(input: $input) {
    __typename ... on Error { message }
    ... on RecordActivitySuccess { activity { id } }
  }
}`;

/** Records a visit along a twinning through the API and returns the activity's global ID. */
export async function recordVisit(
  endpoint: Endpoint,
  headers: Record<string, string>,
  twinningId: string,
  title: string,
): Promise<string> {
  const result = await post<{ recordActivity: { __typename: string; message?: string; activity?: { id: string } } }>(
    endpoint,
    RECORD_VISIT,
    { input: { twinningId, category: 'VISIT', title, occurredOn: '2024-06-01' } },
    headers,
  );
  const outcome = result.data?.recordActivity;
  if (!outcome?.activity) throw new Error(`recordActivity failed: ${JSON.stringify(result)}`);
  return outcome.activity.id;
}

/** Global ID of the seeded twinning of a unit (by its code, before the 2025 reform). */
export async function twinningIdOf(database: Database, placeCode: string): Promise<string> {
  const twinning = await database.prisma.twinning.findFirstOrThrow({
    where: { place: { code: placeCode, validFrom: null } },
    orderBy: { id: 'asc' },
  });
  return Buffer.from(`Twinning:${twinning.id}`).toString('base64');
}

/** The outbox's sequences, as cursors, in order. */
export async function outboxCursors(database: Database, after = 0n): Promise<string[]> {
  const rows = await database.prisma.changeEvent.findMany({
    where: { sequence: { gt: after } },
    orderBy: { sequence: 'asc' },
    select: { sequence: true },
  });
  return rows.map((row) => row.sequence.toString());
}
