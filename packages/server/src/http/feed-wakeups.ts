import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ChangeFeed } from '../events/change-feed.ts';

/**
 * After a mutation, tell the change feed (and through it the other instances) to read the
 * outbox, so subscribers hear of a write as soon as it commits instead of at the next poll.
 */
export function changeFeedWakeupsPlugin(changeFeed: ChangeFeed): Plugin {
  return {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      return { onExecuteDone: () => changeFeed.committed() };
    },
  };
}
