import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, offline } from './support/chromium.ts';
import { type LiveServer, startLiveServer } from './support/sdk-server.ts';

/**
 * The example dashboard, built with `vite build` and served against the real server over a copy
 * of the demo database, in headless Chromium cut off from the internet. Every number the test
 * expects on a page it first reads from the server through GraphQL.
 *
 * UPDATE_SCREENSHOTS=1 rewrites the README's screenshots in examples/dashboard/screenshots/.
 */
if (!hasChromium) console.warn('dashboard: skipped — no Chromium. Install it with: apt-get install -y chromium');

const dashboardDir = resolve(import.meta.dirname, '../examples/dashboard');
const screenshotsDir = join(dashboardDir, 'screenshots');
const writeScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

// vi-VN, as a Vietnamese reader writes numbers: 16.800.000 ₫, 4,21%.
const vnd = (digits: string) => `${new Intl.NumberFormat('vi-VN').format(BigInt(digits))} ₫`;
const count = (value: number) => new Intl.NumberFormat('vi-VN').format(value);
const percent = (value: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value)}%`;

describe.skipIf(!hasChromium)('the example dashboard in headless Chromium, offline, against the live server', () => {
  let api: LiveServer;
  let site: Server;
  let siteUrl: string;
  let built: string;
  let browser: Browser;
  let page: Page;
  let blocked: string[];
  const pageErrors: string[] = [];

  /** What the server answers, read the way any client would. */
  async function askApi<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  async function open(hash: string, ready: string, timeout = 60_000): Promise<void> {
    await page.goto(`${siteUrl}/${hash}`);
    await page.waitForSelector(ready, { timeout });
    // Every panel has finished loading.
    await page.waitForFunction(() => !document.body.textContent?.includes('Loading'), undefined, { timeout });
  }

  async function text(selector: string): Promise<string> {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text keeps table cells apart ("2023 4,21%").
    return (await page.innerText(selector)).replace(/\s+/g, ' ').trim();
  }

  async function screenshot(name: string): Promise<void> {
    if (!writeScreenshots) return;
    await mkdir(screenshotsDir, { recursive: true });
    await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage: true });
  }

  beforeAll(async () => {
    built = await mkdtemp(join(tmpdir(), 'twinning-dashboard-'));
    const vite = join(createRequire(join(dashboardDir, 'package.json')).resolve('vite/package.json'), '../bin/vite.js');
    [api] = await Promise.all([
      startLiveServer(),
      promisify(execFile)(process.execPath, [vite, 'build', '--outDir', built, '--emptyOutDir', '--logLevel', 'warn'], {
        cwd: dashboardDir,
      }),
    ]);
    site = await serveDashboard(built, api.graphqlUrl);
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    blocked = await offline(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (site ? site.close(() => done()) : done()));
    await api?.close();
    if (built) await rm(built, { recursive: true, force: true });
  });

  it('the province overview shows Điện Biên’s nine supporting units and its recorded activities', async () => {
    const { place } = await askApi<{
      place: { id: string; supporters: { nodes: Array<{ name: string }> } };
    }>(
      `{ place(code: "11", asOf: "2024-12-31") { id supporters(includeDescendants: true, first: 100) { nodes { name } } } }`,
    );
    const { supportSummary } = await askApi<{ supportSummary: { nodes: Array<{ activityCount: number }> } }>(
      `query($placeId: ID!) { supportSummary(filter: { placeId: $placeId }, groupBy: [PROVINCE]) { nodes { activityCount } } }`,
      { placeId: place.id },
    );
    expect(place.supporters.nodes).toHaveLength(9);

    await open('#/province/11', '[data-testid="supporters"] li');
    expect(await text('h1')).toBe('Tỉnh Điện Biên');
    expect(await text('[data-testid="kpi-supporters"] .kpi-value')).toBe('9');
    expect(await page.locator('[data-testid="supporters"] li').allTextContents()).toEqual(
      expect.arrayContaining(place.supporters.nodes.map((agency) => expect.stringContaining(agency.name))),
    );
    expect(await text('[data-testid="kpi-activities"] .kpi-value')).toBe(count(supportSummary.nodes[0]!.activityCount));
    expect(await text('[data-testid="support-by-agency"]')).toContain('2072/QD-UBND');
    await screenshot('province-overview');
  });

  it('the province overview of Bình Thuận totals its support in VND, and Hà Tĩnh shows its published figures', async () => {
    const { place } = await askApi<{ place: { supportTotal: { valueVnd: string } } }>(
      `{ place(code: "60", asOf: "2024-12-31") { supportTotal { valueVnd } } }`,
    );
    await open('#/province/60', '[data-testid="support-by-year"] svg');
    expect(await text('[data-testid="kpi-support"] .kpi-detail')).toBe(vnd(place.supportTotal.valueVnd));
    expect(await text('[data-testid="support-by-agency"]')).toContain(vnd(place.supportTotal.valueVnd));

    const { reportedFigures } = await askApi<{
      reportedFigures: { nodes: Array<{ metric: string; amountVnd: string | null; value: number | null }> };
    }>(
      `query($placeId: ID!) { reportedFigures(placeId: $placeId, includeDescendants: true, first: 100) { nodes { metric amountVnd value } } }`,
      {
        placeId: (await askApi<{ place: { id: string } }>(`{ place(code: "42", asOf: "2024-12-31") { id } }`)).place.id,
      },
    );
    const budget = reportedFigures.nodes.find((figure) => figure.metric === 'sponsorship_budget')!;
    const model = reportedFigures.nodes.find((figure) => figure.metric === 'communes_recognised_ntm_model')!;
    await open('#/province/42', '[data-testid="ntm"] svg');
    expect(await text('[data-testid="figures"]')).toContain(vnd(budget.amountVnd!));
    expect(await text('[data-testid="figures"]')).toContain(`${count(model.value!)} communes`);
    expect(await text('[data-testid="ntm"]')).toContain('as published');
    await screenshot('province-progress');
  });

  it('shows Ninh Thuận’s poverty rate as the server reports it', async () => {
    const { place } = await askApi<{ place: { id: string } }>(`{ place(code: "58", asOf: "2024-12-31") { id } }`);
    const { indicatorSeries } = await askApi<{
      indicatorSeries: { observations: Array<{ year: number; value: number }> };
    }>(
      `query($placeId: ID!) { indicatorSeries(placeId: $placeId, indicatorCode: "POVERTY_RATE") { observations { year value } } }`,
      { placeId: place.id },
    );
    const latest = indicatorSeries.observations.at(-1)!;
    expect(latest.value).toBe(4.21);
    await open('#/province/58', '[data-testid="poverty-table"]');
    expect(await text('[data-testid="kpi-poverty"] .kpi-value')).toBe(percent(latest.value));
    expect(await text('[data-testid="kpi-poverty"] .kpi-detail')).toBe(`end of ${latest.year}`);
    expect(await text('[data-testid="poverty-table"]')).toContain(`${latest.year} ${percent(latest.value)}`);
  });

  it('the commune page shows Đông Giang’s activities, their VND total, its supporter and its scorecard', async () => {
    const { place } = await askApi<{
      place: {
        id: string;
        supportTotal: { valueVnd: string; activityCount: number };
        supporters: { nodes: Array<{ name: string }> };
      };
    }>(`{ place(code: "23074", asOf: "2024-12-31") { id supportTotal(includeHistory: true) { valueVnd activityCount }
        supporters(includeHistory: true) { nodes { name } } } }`);
    const { communeScorecard } = await askApi<{
      communeScorecard: { levels: Array<{ level: string; met: number; total: number }> };
    }>(
      `query($placeId: ID!) { communeScorecard(placeId: $placeId, year: 2023, includeHistory: true) { levels { level met total } } }`,
      { placeId: place.id },
    );
    const standard = communeScorecard.levels.find((level) => level.level === 'STANDARD')!;
    expect(place.supportTotal.valueVnd).toBe('16800000');

    await open('#/commune/23074/2024-12-31', '[data-testid="activities-total"]');
    expect(await text('h1')).toContain('Xã Đông Giang');
    expect(await text('[data-testid="activities-total"]')).toBe(vnd(place.supportTotal.valueVnd));
    expect(await page.locator('[data-testid="activities"] tbody tr').count()).toBe(place.supportTotal.activityCount);
    // The two mask donations the report values: 4.8 and 12 million VND.
    expect(await text('[data-testid="activities"]')).toContain(vnd('4800000'));
    expect(await text('[data-testid="activities"]')).toContain(vnd('12000000'));
    expect(await page.locator('[data-testid="supporters"] li').allTextContents()).toEqual(
      place.supporters.nodes.map((agency) => expect.stringContaining(agency.name)),
    );
    expect(await text('[data-testid="kpi-criteria"] .kpi-value')).toBe(`${standard.met}/${standard.total}`);
    expect(await text('.banner')).toContain('Lâm Đồng');
    await screenshot('commune');
  });

  it('the gap view lists the places whose requests no agency pledged', async () => {
    const { gaps } = await askApi<{
      gaps: { totalCount: number; nodes: Array<{ place: { fullName: string }; unpledgedNeedCount: number | null }> };
    }>(`{ gaps(first: 20) { totalCount nodes { place { fullName } unpledgedNeedCount } } }`);
    expect(gaps.totalCount).toBeGreaterThan(0);
    await open('#/gaps', '[data-testid="gap"]');
    expect(await text('[data-testid="kpi-gaps"] .kpi-value')).toBe(count(gaps.totalCount));
    const unpledged = gaps.nodes.reduce((sum, gap) => sum + (gap.unpledgedNeedCount ?? 0), 0);
    expect(await text('[data-testid="kpi-unpledged"] .kpi-value')).toBe(count(unpledged));
    expect(await page.locator('[data-testid="gap"] h3').allTextContents()).toEqual(
      gaps.nodes.map((gap) => expect.stringContaining(gap.place.fullName)),
    );
    await screenshot('gaps');
  });

  it('the map draws every commune of today’s catalogue and colours the one that received support', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { places } = await askApi<{ places: { totalCount: number } }>(
      `query($asOf: Date) { places(level: COMMUNE, asOf: $asOf, first: 1) { totalCount } }`,
      { asOf: today },
    );
    const { place } = await askApi<{ place: { fullName: string; supportTotal: { valueVnd: string } } }>(
      `query($asOf: Date) { place(code: "23074", asOf: $asOf) { fullName supportTotal(includeHistory: true) { valueVnd } } }`,
      { asOf: today },
    );
    await open('#/map', '[data-testid="map-svg"] a[data-code="23074"]', 120_000);
    const drawn = await page.locator('[data-testid="map-svg"] circle').count();
    expect(await text('[data-testid="kpi-communes"] .kpi-value')).toBe(count(drawn));
    // Every unit of the 2025 catalogue has coordinates, except any the catalogue left without.
    expect(drawn).toBeGreaterThan(places.totalCount * 0.99);
    expect(drawn).toBeLessThanOrEqual(places.totalCount);
    const supported = await text('[data-testid="map-supported"] tbody');
    expect(supported).toContain(place.fullName);
    expect(supported).toContain(vnd(place.supportTotal.valueVnd));
    await screenshot('map');
  });

  it('fetched nothing from outside this machine and raised no error in the page', () => {
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The built files, with /graphql forwarded to the API: what `vite preview` does, as a plain server. */
function serveDashboard(root: string, graphqlUrl: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/graphql') {
        const upstream = await fetch(`${graphqlUrl}${url.search}`, {
          method: request.method,
          headers: {
            'content-type': request.headers['content-type'] ?? 'application/json',
            accept: request.headers.accept ?? '*/*',
          },
          body: request.method === 'POST' ? await readBody(request) : undefined,
        });
        response.writeHead(upstream.status, {
          'content-type': upstream.headers.get('content-type') ?? 'application/json',
        });
        response.end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      const file = normalize(join(root, url.pathname === '/' ? 'index.html' : url.pathname));
      if (!file.startsWith(root)) throw new Error('outside the build');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
