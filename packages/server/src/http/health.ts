import type { Plugin } from 'graphql-yoga';
import type { PrismaClient } from '../db/database.ts';
import type { ReadReplicas } from '../db/replicas.ts';

/**
 * `/healthz` answers while the process is alive; `/readyz` only while the database answers too,
 * so a load balancer stops sending traffic to an instance that lost its database. Read replicas
 * are reported but never make an instance unready: the primary serves their reads meanwhile.
 */
export function healthPlugin(db: PrismaClient, replicas?: ReadReplicas): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz') {
        endResponse(fetchAPI.Response.json({ status: 'ok' }));
      } else if (url.pathname === '/readyz') {
        try {
          await db.$queryRawUnsafe('SELECT 1');
          endResponse(
            fetchAPI.Response.json(replicas ? { status: 'ready', replicas: replicas.status() } : { status: 'ready' }),
          );
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          endResponse(
            fetchAPI.Response.json(
              { status: 'unavailable', reason: 'database unreachable', detail: reason },
              { status: 503 },
            ),
          );
        }
      }
    },
  };
}
