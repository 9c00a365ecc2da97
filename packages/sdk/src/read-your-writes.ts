import { type Exchange, mapExchange } from '@urql/core';

/** The request header the server reads a client's last write position from (server: http/read-routing.ts). */
export const READ_AFTER_HEADER = 'twinning-read-after';

/**
 * Read-your-writes behind a load balancer and read replicas. A server with replicas answers every
 * mutation with `extensions.readAfter`, the primary's WAL position once it committed; the client
 * remembers the newest one and sends it with every later request, so the server reads from a
 * replica only once that replica has replayed this client's writes, and from the primary before.
 * Once a replica has caught up the header costs nothing, so it is never dropped.
 */
export function createReadYourWrites(): { exchange: Exchange; headers(): Record<string, string> } {
  let newest: { text: string; position: bigint } | null = null;
  return {
    exchange: mapExchange({
      onResult(result) {
        const text = result.extensions?.readAfter;
        if (typeof text !== 'string') return;
        const position = walPosition(text);
        if (position !== null && (newest === null || position > newest.position)) newest = { text, position };
      },
    }),
    headers: (): Record<string, string> => (newest ? { [READ_AFTER_HEADER]: newest.text } : {}),
  };
}

/** PostgreSQL's `pg_lsn` text ("16/B374D848") as a number to compare. */
function walPosition(text: string): bigint | null {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text);
  return match ? (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`) : null;
}
