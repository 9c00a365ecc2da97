// PostGraphile v5 on the bench database, as the competitor: the Amber preset with its defaults,
// a pool of DATABASE_POOL_SIZE connections like ours, no GraphiQL, no watch mode.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL names the bench database');
const port = Number(process.env.PORT ?? 5678);
const host = process.env.HOST ?? '127.0.0.1';

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString,
      schemas: ['public'],
      poolConfig: { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
    }),
  ],
  grafserv: { port, host, graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const instance = postgraphile(preset);
const serv = instance.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  process.stderr.write(`PostGraphile: ${error.message}\n`);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before reporting ready, so the first timed request does not pay for it.
await instance.getSchemaResult();
server.listen(port, host, () => process.stdout.write(`PostGraphile listening on http://${host}:${port}/graphql\n`));
const stop = () => {
  server.close();
  void Promise.resolve(instance.release()).then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
