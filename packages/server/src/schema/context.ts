import type { PrismaClient } from '../db/database.ts';
import type { ChangeFeed } from '../events/change-feed.ts';
import type { Viewer } from '../viewer.ts';

/** What every resolver receives. */
export interface Context {
  db: PrismaClient;
  viewer: Viewer;
  /** This instance's live change feed, for subscriptions. */
  changeFeed: ChangeFeed;
}
