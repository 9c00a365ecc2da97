import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveServer, startLiveServer } from './support/sdk-server.ts';

/** Debian's chromium package (`apt-get install -y chromium`); the test needs no browser download. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`sdk-browser: skipped — no Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
}

const sdkSource = resolve(import.meta.dirname, '../packages/sdk/src');

/** A dashboard page: the SDK bundled for the browser, reading live data and streaming over SSE and WebSocket. */
const pageScript = `
import { createRequest, makeOperation } from '@urql/core';
import { createTwinningClient, newIdempotencyKey, PlaceByCodeDocument } from './index.ts';

const params = new URLSearchParams(location.search);
const out = document.getElementById('out');
try {
  const twinning = createTwinningClient({ url: params.get('api') });
  const dongGiang = await twinning.placeByCode('23074', '2024-01-01');
  const district = await twinning.placeByCode('101', '2024-01-01');
  const twinnings = await twinning.placeTwinnings(district.id, { includeDescendants: true, first: 50 });
  const agencies = new Set(twinnings.nodes.filter((t) => t.document?.number === '2072/QD-UBND').map((t) => t.agency.name));
  const card = await twinning.communeScorecard(dongGiang.id, 2023);
  const top = await twinning.supportSummary({ groupBy: ['AGENCY'], first: 1 });
  let write = '';
  try {
    await twinning.recordActivity({ twinningId: twinnings.nodes[0].id, category: 'VISIT', title: 'Visit', occurredOn: new Date() });
  } catch (error) {
    write = error.code + ' ' + /^[0-9a-f-]{36}$/.test(error.idempotencyKey);
  }

  // Through the subscription transports (a query carried as a stream): what a live dashboard relies on.
  const viaStream = async (client) => {
    const query = client.urql.createRequestOperation(
      'query',
      createRequest(PlaceByCodeDocument, { code: '23074', asOf: '2024-01-01' }),
    );
    const result = await client.urql.executeRequestOperation(makeOperation('subscription', query)).toPromise();
    client.close();
    return result.error ? String(result.error) : result.data.place.name;
  };
  const sse = await viaStream(createTwinningClient({ url: params.get('api') }));
  const ws = await viaStream(createTwinningClient({ url: params.get('api'), subscriptions: 'ws', wsUrl: params.get('ws') }));

  out.textContent = JSON.stringify({
    place: dongGiang.name,
    parent: dongGiang.parent.name,
    agencies: agencies.size,
    criteriaMet: card.levels[0].met,
    topAgency: top.nodes[0].agency.name,
    write,
    key: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(newIdempotencyKey()),
    sse,
    ws,
  });
  document.body.dataset.status = 'done';
} catch (error) {
  out.textContent = String(error && error.stack || error);
  document.body.dataset.status = 'error';
}
`;

describe.skipIf(!hasChromium)('the SDK in a browser (headless Chromium)', () => {
  let api: LiveServer;
  let page: Server;
  let pageUrl: string;
  let browser: Browser;
  let metafile: Metafile;
  let bundleBytes: number;

  beforeAll(async () => {
    const bundled = await build({
      stdin: { contents: pageScript, resolveDir: sdkSource, loader: 'ts', sourcefile: 'dashboard.ts' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    metafile = bundled.metafile;
    const script = bundled.outputFiles[0]!.contents;
    bundleBytes = script.byteLength;
    const html =
      '<!doctype html><meta charset="utf-8"><title>Twinning</title><pre id="out">loading</pre><script type="module" src="/app.js"></script>';

    [api, page] = await Promise.all([
      startLiveServer({ webSocket: true }),
      new Promise<Server>((done) => {
        const server = createServer((request, response) => {
          if (request.url?.startsWith('/app.js')) {
            response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
          } else {
            response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
          }
        });
        server.listen(0, '127.0.0.1', () => done(server));
      }),
    ]);
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (page ? page.close(() => done()) : done()));
    await api?.close();
  });

  it('bundles for the browser without Node built-ins, graphql-js or the ws package', () => {
    // Inputs that contribute bytes: esbuild also lists modules it parsed and then shook out.
    const [output] = Object.values(metafile.outputs);
    const inputs = Object.entries(output!.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path);
    expect(inputs.filter((input) => /^node:|node_modules\/(graphql|ws)\//.test(input))).toEqual([]);
    expect(inputs.some((input) => input.includes('graphql-sse'))).toBe(true);
    console.info(`sdk-browser: dashboard bundle ${(bundleBytes / 1024).toFixed(1)} KiB minified`);
  });

  it('shows live data from the GraphQL server, and streams over SSE and WebSocket from the page', async () => {
    const tab = await browser.newPage();
    const query = new URLSearchParams({ api: api.graphqlUrl, ws: api.wsUrl });
    await tab.goto(`${pageUrl}?${query}`);
    await tab.waitForSelector('body[data-status]', { timeout: 30_000 });
    const status = await tab.getAttribute('body', 'data-status');
    const text = (await tab.textContent('#out')) ?? '';
    expect(status, text).toBe('done');
    expect(JSON.parse(text)).toEqual({
      place: 'Đông Giang',
      parent: 'Hàm Thuận Bắc',
      agencies: 9,
      criteriaMet: 1,
      topAgency: 'Sở Công Thương tỉnh Bình Thuận',
      write: 'FORBIDDEN true',
      key: true,
      sse: 'Đông Giang',
      ws: 'Đông Giang',
    });
    await tab.close();
  });
});
