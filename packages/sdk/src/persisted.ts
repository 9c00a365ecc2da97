import { type Exchange, makeOperation, mapExchange, type Operation } from '@urql/core';

/**
 * Sends operations as graphql-yoga's persisted-operations plugin expects by default:
 * `extensions.persistedQuery = { version: 1, sha256Hash }` and no `query`. urql's fetch body
 * leaves the query text out whenever that extension is present.
 *
 * The hash is the one codegen embedded in the document (`__meta__.hash`), i.e. the key of
 * `persisted-documents.json`; hashing at run time would need the exact printing the manifest
 * used, and WebCrypto is async and absent on plain-HTTP origins.
 */
export function persistedDocumentsExchange(): Exchange {
  return mapExchange({
    onOperation(operation) {
      if (operation.kind === 'teardown') return;
      const hash = documentHash(operation.query);
      if (!hash) return;
      return makeOperation(
        operation.kind,
        { ...operation, extensions: { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } } },
        operation.context,
      );
    },
  });
}

/** The hash codegen stored on one of the SDK's documents; `undefined` for documents written elsewhere. */
export function documentHash(document: Operation['query']): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}
