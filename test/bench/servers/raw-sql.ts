// The hand-written baseline: node:http and `pg`, one SQL statement per request, the JSON built by
// PostgreSQL and passed through untouched. POST /<read> with a JSON array of parameters.
import { createServer } from 'node:http';
import pg from 'pg';
import { type RawRead, rawSql } from '../suites/reads/sql.ts';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL names the bench database');
const port = Number(process.env.PORT ?? 5679);
const host = process.env.HOST ?? '127.0.0.1';
const pool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
pool.on('error', () => {});

const server = createServer((request, response) => {
  const read = request.url?.slice(1) as RawRead;
  const sql = rawSql[read];
  if (request.method !== 'POST' || !sql) {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const parameters = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString()) as unknown[]) : [];
    const query: pg.QueryArrayConfig = { text: sql, values: parameters, rowMode: 'array' };
    pool.query<[string | null]>(query).then(
      (result) => {
        const body = result.rows[0]?.[0] ?? 'null';
        response.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":${body}}`);
      },
      (error: unknown) => {
        response
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      },
    );
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, host, () => process.stdout.write(`raw SQL server listening on http://${host}:${port}\n`));
const stop = () => {
  server.close();
  void pool.end().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
