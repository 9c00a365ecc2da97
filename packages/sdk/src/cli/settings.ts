import { createTwinningClient, type TwinningClient } from '../index.ts';
import { CliError, ExitCode } from './exit.ts';

export const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

/** The global options every command takes (`--url`, `--api-key`), or their environment variables. */
export interface ConnectionOptions {
  url?: string;
  apiKey?: string;
}

export interface Connection {
  /** The GraphQL endpoint. */
  graphqlUrl: string;
  /** The streaming export endpoint beside it (`…/export`). */
  exportUrl: string;
  apiKey: string | undefined;
  client: TwinningClient;
  /** Headers for requests the CLI makes itself (the export download). */
  headers: Record<string, string>;
}

export function connect(options: ConnectionOptions): Connection {
  const graphqlUrl = options.url || process.env.TWINNING_URL || DEFAULT_URL;
  let url: URL;
  try {
    url = new URL(graphqlUrl);
  } catch {
    throw new CliError(
      `The server URL ${JSON.stringify(graphqlUrl)} is not a URL: pass --url http://host:4000/graphql or set TWINNING_URL.`,
      ExitCode.usage,
    );
  }
  const apiKey = options.apiKey || process.env.TWINNING_API_KEY || undefined;
  const client = createTwinningClient({
    url: url.href,
    subscriptions: 'sse',
    headers: { 'x-twinning-client': 'twinning-cli' },
    ...(apiKey ? { apiKey } : {}),
  });
  const exportUrl = new URL(`${url.pathname.replace(/\/graphql\/?$/, '')}/export`, url);
  return {
    graphqlUrl: url.href,
    exportUrl: exportUrl.href,
    apiKey,
    client,
    headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
  };
}
