import type { PrismaClient } from './db/database.ts';

/** Who is calling. Anonymous until API keys arrive with the access-control work. */
export interface Viewer {
  role: 'ANONYMOUS' | 'VIEWER' | 'EDITOR' | 'ADMIN';
  keyId: string | null;
  provinceIds: readonly string[];
  agencyIds: readonly string[];
}

/** What every resolver receives. */
export interface Context {
  db: PrismaClient;
  viewer: Viewer;
}

export const anonymousViewer: Viewer = { role: 'ANONYMOUS', keyId: null, provinceIds: [], agencyIds: [] };
