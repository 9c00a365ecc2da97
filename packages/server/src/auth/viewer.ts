import { GraphQLError } from 'graphql';
import type { PrismaClient } from '../db/database.ts';
import { anonymousViewer, type Viewer } from '../viewer.ts';
import { verifyApiKey } from './api-keys.ts';

/**
 * Who the request is from: anonymous without an Authorization header, the key's role and scope
 * with a valid `Bearer` key. A key that is present but wrong is refused outright (401) rather than
 * silently treated as anonymous, so a misconfigured client finds out at once.
 */
export async function viewerFromRequest(db: PrismaClient, request: Request): Promise<Viewer> {
  const header = request.headers.get('authorization');
  if (!header) return anonymousViewer;
  const [scheme, secret] = header.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() !== 'bearer' || !secret) {
    throw unauthenticated('Send the API key as `Authorization: Bearer tg_…`.');
  }
  const check = await verifyApiKey(db, secret);
  if (!check.ok) throw unauthenticated(check.reason);
  return {
    role: check.key.role,
    keyId: check.key.id,
    provinceIds: check.key.scopeProvinceIds,
    agencyIds: check.key.scopeAgencyIds,
  };
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
