import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `pnpm dashboard` (the dev server) forwards /graphql: the API on the embedded default. */
const api = process.env.TWINNING_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The SDK from its TypeScript source in this workspace, as a published build would be used.
    alias: { '@twinning/sdk': fileURLToPath(new URL('../../packages/sdk/src/index.ts', import.meta.url)) },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, proxy: { '/graphql': api } },
  preview: { host: '127.0.0.1', port: 4173, proxy: { '/graphql': api } },
  build: { chunkSizeWarningLimit: 1500 },
});
