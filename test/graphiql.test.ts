import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../packages/sdk/src/generated/persisted-documents.json' with { type: 'json' };
import { documentHash, PlaceByCodeDocument } from '../packages/sdk/src/index.ts';
import { createApp } from '../packages/server/src/http/app.ts';
import { exampleOperations } from '../packages/server/src/http/graphiql.ts';
import { hasChromium, launchChromium, offline } from './support/chromium.ts';
import { type LiveServer, startLiveServer } from './support/sdk-server.ts';

if (!hasChromium)
  console.warn('graphiql: browser tests skipped — no Chromium. Install it with: apt-get install -y chromium');

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

describe('GraphiQL served from the package, with a library of example questions', () => {
  let api: LiveServer;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [api, browser] = await Promise.all([startLiveServer(), hasChromium ? launchChromium() : undefined]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it.each(exampleOperations.map((example) => [example.slug, example] as const))(
    'the example “%s” runs on the demo data and finds something',
    async (_slug, example) => {
      const response = await fetch(api.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query, variables: example.variables ?? {} }),
      });
      const body = (await response.json()) as GraphQLResponse;
      expect(body.errors).toBeUndefined();
      // Every root field answers with something: no null place, no empty list of nodes.
      for (const [field, value] of Object.entries(body.data ?? {})) {
        expect(value, field).not.toBeNull();
        const nodes = (value as { nodes?: unknown[] }).nodes;
        if (nodes) expect(nodes.length, field).toBeGreaterThan(0);
      }
      expect(Object.keys(body.data ?? {}).length).toBeGreaterThan(0);
    },
  );

  it('tells a client that sent no query what to send, by GET or by POST', async () => {
    const byGet = await fetch(api.graphqlUrl, { headers: { accept: '*/*' } });
    const byPost = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"variables":{}}',
    });
    for (const response of [byGet, byPost]) {
      expect(response.status).toBe(400);
      const body = (await response.json()) as GraphQLResponse;
      expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_MISSING');
      expect(body.errors?.[0]?.message).toMatch(/carried no query\. POST JSON such as \{"query"/);
      expect(body.errors?.[0]?.message).toContain('GraphiQL');
    }
  });

  it('tells a browser that GraphiQL is turned off when it is', async () => {
    const app = createApp({ database: api.database, graphiql: false });
    // What a browser sends when one opens the address.
    const accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const response = await app.fetch('http://localhost/graphql', { headers: { accept } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_MISSING');
    expect(body.errors?.[0]?.message).toContain('GraphiQL is turned off on this server');
  });

  it('still runs SDK documents sent by hash alone', async () => {
    const hash = documentHash(PlaceByCodeDocument)!;
    const app = createApp({ database: api.database, trustedDocuments: { manifest, only: false } });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        variables: { code: '23074', asOf: '2024-01-01' },
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      }),
    });
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ place: { name: 'Đông Giang' } });
  });

  describe.skipIf(!hasChromium)('in headless Chromium with every non-loopback request blocked', () => {
    it('loads, opens an example from the library and runs it, fetching nothing from the internet', async () => {
      const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
      const blocked = await offline(page);
      const origin = api.graphqlUrl.replace(/\/graphql$/, '');
      await page.goto(`${origin}/graphql`);
      await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
      expect(await page.title()).toBe('Twinning Graph');
      // The explorer plugin is in the sidebar.
      await page.click('button[aria-label="Show GraphiQL Explorer"]');
      await page.waitForSelector('.graphiql-explorer-root', { timeout: 30_000 });

      // Choose "Who supports a commune…" in the library: it opens in a tab and runs.
      const example = exampleOperations.find((candidate) => candidate.slug === 'commune-supporters')!;
      await Promise.all([
        page.waitForURL(/example=commune-supporters/),
        page.selectOption('#tg-example', example.slug),
      ]);
      await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
      await page.waitForFunction(
        () => document.querySelector('.graphiql-tab-active, .graphiql-tab[aria-selected="true"]')?.textContent,
        undefined,
        { timeout: 30_000 },
      );
      const activeTab = await page.textContent('.graphiql-tab[aria-selected="true"], .graphiql-tab-active');
      expect(activeTab).toContain('SupportersOfDongGiang');
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(
        () => document.querySelector('.graphiql-response')?.textContent?.includes('valueVnd'),
        undefined,
        {
          timeout: 30_000,
        },
      );
      // The editor wraps long lines: compare the text with its whitespace collapsed.
      const response = ((await page.textContent('.graphiql-response')) ?? '').replace(/\s+/g, ' ');
      expect(response).toContain('"16800000"');
      expect(response).toContain('Sở Công Thương tỉnh Bình Thuận');
      expect(await page.inputValue('#tg-example')).toBe('commune-supporters');
      expect(blocked).toEqual([]);
      // UPDATE_SCREENSHOTS=1 rewrites the README's picture of it.
      if (process.env.UPDATE_SCREENSHOTS === '1') {
        const screenshots = resolve(import.meta.dirname, '../examples/dashboard/screenshots');
        await mkdir(screenshots, { recursive: true });
        await page.screenshot({ path: resolve(screenshots, 'graphiql.png') });
      }
      await page.close();
    });
  });
});
