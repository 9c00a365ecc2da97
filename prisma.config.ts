import { defineConfig } from 'prisma/config';

// Migrations are applied in-process (pnpm db:migrate) with Prisma's WebAssembly schema engine,
// so this file only tells the CLI where the schema and migrations are, for `prisma generate`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
