import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { App } from '../../packages/server/src/http/app.ts';

export interface GraphQLResponse<Data> {
  data?: Data;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/**
 * A test's document: a typed `graphql(…)` document from `test/generated/` (run `pnpm codegen` after
 * writing one), which gives the result and variables types; or text, for the tests that send what
 * a client could send (hostile, malformed or generated documents).
 */
export type Document<Data, Variables> = TypedDocumentNode<Data, Variables> | string;

/** The variables argument: optional when the operation declares none. */
export type VariablesOf<Variables> =
  Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

const text = <Data, Variables>(document: Document<Data, Variables>) =>
  typeof document === 'string' ? document : print(document);

/** Posts a GraphQL document to the app in-process, as an HTTP client would over the network. */
export async function execute<Data = Record<string, unknown>, Variables = Record<string, unknown>>(
  app: App,
  document: Document<Data, Variables>,
  variables?: Variables,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await app.fetch('http://twinning.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: text(document), variables: variables ?? {} }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/** Like `execute`, but fails the test on any GraphQL error and returns the data. */
export async function query<Data = Record<string, unknown>, Variables = Record<string, unknown>>(
  app: App,
  document: Document<Data, Variables>,
  ...[variables]: VariablesOf<Variables>
): Promise<Data> {
  const result = await execute(app, document, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  if (!result.data) throw new Error('GraphQL response had no data');
  return result.data;
}

/** A mutation payload's success member (e.g. `CreateDocumentSuccess`); fails the test on any other member. */
export function succeeded<Payload extends { __typename?: string }, Typename extends string>(
  payload: Payload,
  typename: Typename,
): Extract<Payload, { __typename?: Typename }> {
  if (payload.__typename !== typename) throw new Error(`Expected ${typename}, got ${JSON.stringify(payload)}`);
  return payload as Extract<Payload, { __typename?: Typename }>;
}
