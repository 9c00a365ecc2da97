import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveServer, startLiveServer } from './support/sdk-server.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const sdkDirectory = join(root, 'packages/sdk');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** What a project outside the workspace writes: ESM and CommonJS, with one deliberate type error. */
const consumerSource = (format: 'esm' | 'cjs') => `
import {
  type ActivityDraft,
  collectAll,
  createTwinningClient,
  ForbiddenError,
  NotFoundError,
  type PlaceByCodeQuery,
} from '@twinning/sdk';

declare const process: { argv: string[]; exitCode?: number };

async function main(): Promise<void> {
  const client = createTwinningClient({ url: process.argv[2]!, subscriptions: false });
  const dongGiang = await client.placeByCode('23074', '2024-01-01');
  // @ts-expect-error -- the SDK's PlaceByCode document selects no \`population\`: a wrong field is a type error
  const population: number = dongGiang?.population;
  const place: PlaceByCodeQuery['place'] = dongGiang;

  // @ts-expect-error -- webSocketImpl exists only with subscriptions: 'ws'
  createTwinningClient({ url: process.argv[2]!, webSocketImpl: class {} });

  const district = await client.placeByCode('101', '2024-01-01');
  const communes = await collectAll((after) => client.findPlaces({ parentId: district!.id, first: 5, after }));
  const supporters = await client.placeTwinnings(district!.id, { includeDescendants: true, first: 50 });
  let notFound = '';
  try {
    await client.agencyPortfolio(district!.id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound = error.code;
  }

  const card = await client.communeScorecard(dongGiang!.id, 2023);
  const standard = card.levels.find((level) => level.level === 'STANDARD');
  const top = await client.supportSummary({ groupBy: ['AGENCY'], first: 1 });

  // @ts-expect-error -- an activity needs the day it happened
  const undated: ActivityDraft = { category: 'VISIT', title: 'Visit' };
  let anonymousWrite = '';
  try {
    await client.recordActivity({ ...undated, twinningId: supporters.nodes[0]!.id, occurredOn: '2024-01-02' });
  } catch (error) {
    if (error instanceof ForbiddenError && /^[0-9a-f-]{36}$/.test(error.idempotencyKey ?? '')) anonymousWrite = error.code;
  }
  console.log(
    JSON.stringify({
      format: '${format}',
      name: place?.name,
      population: population ?? null,
      communes: communes.length,
      decision2072: new Set(
        supporters.nodes.filter((edge) => edge.document?.number === '2072/QD-UBND').map((edge) => edge.agency.id),
      ).size,
      notFound,
      criteriaMet: standard?.met,
      topAgency: top.nodes[0]?.agency?.name,
      anonymousWrite,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`;

describe('the packed SDK, as a project outside the workspace uses it', () => {
  let server: LiveServer;
  let workspace: string;
  let tarball: string;
  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'twinning-sdk-consumer-'));
    const [live] = await Promise.all([startLiveServer(), packAndInstall()]);
    server = live;
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  async function packAndInstall(): Promise<void> {
    const packed = join(workspace, 'packed');
    await mkdir(packed);
    // `prepack` builds dist/ with tsdown first, exactly as a publish would.
    await run('pnpm', ['pack', '--pack-destination', packed], { cwd: sdkDirectory, timeout: 120_000 });
    const [file] = await readdir(packed);
    tarball = join(packed, file!);
    const project = join(workspace, 'consumer');
    await mkdir(project);
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'sdk-consumer', private: true, dependencies: { '@twinning/sdk': `file:${tarball}` } }),
    );
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          lib: ['es2022', 'dom'],
          strict: true,
          types: [],
          outDir: 'out',
        },
        files: ['consumer.mts', 'consumer.cts'],
      }),
    );
    await writeFile(join(project, 'consumer.mts'), consumerSource('esm'));
    await writeFile(join(project, 'consumer.cts'), consumerSource('cjs'));
    // The SDK's dependencies are in the store from the workspace install; the registry is the fallback.
    await run('pnpm', ['install', '--prefer-offline', '--ignore-workspace', '--reporter=silent'], {
      cwd: project,
      timeout: 120_000,
    });
  }

  it('ships ESM, CJS, both type entries, the manifest and the schema — and no sources', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/README.md',
        'package/dist/index.js',
        'package/dist/index.cjs',
        'package/dist/index.d.ts',
        'package/dist/index.d.cts',
        'package/dist/persisted-documents.json',
        'package/dist/schema.graphql',
      ]),
    );
    expect(files.filter((file) => file.includes('/src/'))).toEqual([]);
  });

  it('type-checks against the published types (the wrong field is an error the file expects)', async () => {
    const project = join(workspace, 'consumer');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }).catch(
      (error: { stdout?: string; stderr?: string }) => error,
    );
    expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('');
  });

  it('runs against the live server as ESM and as CommonJS', async () => {
    const project = join(workspace, 'consumer');
    for (const [format, file] of [
      ['esm', 'out/consumer.mjs'],
      ['cjs', 'out/consumer.cjs'],
    ] as const) {
      const { stdout } = await run(process.execPath, [file, server.graphqlUrl], { cwd: project, timeout: 30_000 });
      expect(JSON.parse(stdout)).toEqual({
        format,
        name: 'Đông Giang',
        population: null,
        communes: 14,
        decision2072: 9,
        notFound: 'NOT_FOUND',
        criteriaMet: 1,
        topAgency: 'Sở Công Thương tỉnh Bình Thuận',
        anonymousWrite: 'FORBIDDEN',
      });
    }
  });
});
