import type { App } from '../../packages/server/src/http/app.ts';

export interface GraphQLResponse<Data> {
  data?: Data;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** Posts a GraphQL document to the app in-process, as an HTTP client would over the network. */
export async function execute<Data = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await app.fetch('http://twinning.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/** Like `execute`, but fails the test on any GraphQL error and returns the data. */
export async function query<Data = Record<string, unknown>>(
  app: App,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const result = await execute<Data>(app, document, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  if (!result.data) throw new Error('GraphQL response had no data');
  return result.data;
}
