import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveServer, startLiveServer } from './support/sdk-server.ts';
import { type LocalRegistry, startLocalRegistry } from './support/verdaccio.ts';

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

/**
 * Both module systems in one process — the dual-package hazard: an error thrown by the CommonJS
 * copy must still be recognised by the ESM copy's classes and `isTwinningError`.
 */
const dualSource = `
import { createRequire } from 'node:module';
import * as esm from '@twinning/sdk';
const cjs = createRequire(import.meta.url)('@twinning/sdk');
const url = process.argv[2];
const place = await esm.createTwinningClient({ url, subscriptions: false }).placeByCode('23074', '2024-01-01');
try {
  await cjs.createTwinningClient({ url, subscriptions: false }).agencyPortfolio(place.id);
} catch (error) {
  console.log(JSON.stringify({
    twoCopies: esm.NotFoundError !== cjs.NotFoundError,
    instanceOfEsmNotFound: error instanceof esm.NotFoundError,
    instanceOfEsmTwinningError: error instanceof esm.TwinningError,
    instanceOfEsmNetworkError: error instanceof esm.NetworkError,
    isTwinningError: esm.isTwinningError(error),
    code: error.code,
  }));
}
`;

const expectedRun = (format: 'esm' | 'cjs') => ({
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

describe('the SDK published to a registry, installed by a project outside the workspace with npm and with pnpm', () => {
  let server: LiveServer;
  let registry: LocalRegistry;
  let workspace: string;
  let tarball: string;

  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'twinning-sdk-consumer-'));
    [server, registry] = await Promise.all([startLiveServer(), startLocalRegistry(), pack()]).then(
      ([live, local]) => [live, local] as const,
    );
    await run('npm', ['publish', tarball, '--registry', registry.url, '--userconfig', registry.userconfig], {
      cwd: workspace,
      timeout: 120_000,
    });
    await consumerProject('npm-consumer', [
      'npm',
      'install',
      '--no-audit',
      '--no-fund',
      '--userconfig',
      registry.userconfig,
      '--registry',
      registry.url,
    ]);
    await consumerProject('pnpm-consumer', [
      'pnpm',
      'add',
      '--ignore-workspace',
      '--reporter=silent',
      '--registry',
      registry.url,
    ]);
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    await registry?.close();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  async function pack(): Promise<void> {
    const packed = join(workspace, 'packed');
    await mkdir(packed);
    // `prepack` builds dist/ with tsdown first, exactly as a publish would.
    await run('pnpm', ['pack', '--pack-destination', packed], { cwd: sdkDirectory, timeout: 180_000 });
    const [file] = await readdir(packed);
    tarball = join(packed, file!);
  }

  /** A fresh project: installs the SDK (and Node's types) from the local registry, writes the consumers. */
  async function consumerProject(name: string, install: string[]): Promise<void> {
    const project = join(workspace, name);
    await mkdir(project);
    await writeFile(join(project, 'package.json'), JSON.stringify({ name, private: true, version: '1.0.0' }));
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          // A Node project: no DOM library, and the SDK's declarations checked too.
          lib: ['es2022'],
          types: ['node'],
          skipLibCheck: false,
          strict: true,
          outDir: 'out',
        },
        files: ['consumer.mts', 'consumer.cts'],
      }),
    );
    await writeFile(join(project, 'consumer.mts'), consumerSource('esm'));
    await writeFile(join(project, 'consumer.cts'), consumerSource('cjs'));
    await writeFile(join(project, 'dual.mjs'), dualSource);
    const [command, ...args] = install;
    await run(command!, [...args, '@twinning/sdk@0.1.0', '@types/node@24'], { cwd: project, timeout: 300_000 });
  }

  it('the tarball ships ESM, CJS, both type entries, the CLI, the manifest and the schema — no sources, no broken source map', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/README.md',
        'package/CHANGELOG.md',
        'package/dist/index.js',
        'package/dist/index.cjs',
        'package/dist/index.d.ts',
        'package/dist/index.d.cts',
        'package/dist/cli.js',
        'package/dist/persisted-documents.json',
        'package/dist/schema.graphql',
      ]),
    );
    expect(files.filter((file) => file.includes('/src/'))).toEqual([]);

    const unpacked = join(workspace, 'unpacked');
    await mkdir(unpacked);
    await run('tar', ['-xzf', tarball, '-C', unpacked]);
    for (const file of files.filter((name) => /\.(c?js|d\.c?ts)$/.test(name))) {
      const text = await readFile(join(unpacked, file), 'utf8');
      const reference = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
      if (!reference) continue;
      const map = `${file.slice(0, file.lastIndexOf('/') + 1)}${reference}`;
      expect(files, `${file} points at ${reference}`).toContain(map);
      const { sources, sourcesContent } = JSON.parse(await readFile(join(unpacked, map), 'utf8')) as {
        sources: string[];
        sourcesContent?: Array<string | null>;
      };
      expect(sourcesContent?.filter((content) => typeof content === 'string')).toHaveLength(sources.length);
    }

    const manifest = JSON.parse(await readFile(join(unpacked, 'package/package.json'), 'utf8')) as {
      bin: Record<string, string>;
      peerDependencies: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(manifest.bin).toEqual({ twinning: './dist/cli.js' });
    expect(manifest.peerDependencies.graphql).toMatch(/\^16.*\^17/);
    expect(Object.values(manifest.dependencies).filter((range) => !range.startsWith('^'))).toEqual([]);
    expect((await readFile(join(unpacked, 'package/dist/cli.js'), 'utf8')).startsWith('#!/usr/bin/env node')).toBe(
      true,
    );
  });

  for (const name of ['npm-consumer', 'pnpm-consumer']) {
    describe(name, () => {
      it('type-checks as a Node project without the DOM library, declarations included', async () => {
        const project = join(workspace, name);
        const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }).catch(
          (error: { stdout?: string; stderr?: string }) => error,
        );
        expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('');
      });

      it('runs against the live server as ESM and as CommonJS', async () => {
        const project = join(workspace, name);
        for (const [format, file] of [
          ['esm', 'out/consumer.mjs'],
          ['cjs', 'out/consumer.cjs'],
        ] as const) {
          const { stdout } = await run(process.execPath, [file, server.graphqlUrl], { cwd: project, timeout: 30_000 });
          expect(JSON.parse(stdout)).toEqual(expectedRun(format));
        }
      });

      it('an error from the CommonJS copy is recognised by the ESM copy (instanceof, isTwinningError, code)', async () => {
        const { stdout } = await run(process.execPath, ['dual.mjs', server.graphqlUrl], {
          cwd: join(workspace, name),
          timeout: 30_000,
        });
        expect(JSON.parse(stdout)).toEqual({
          twoCopies: true,
          instanceOfEsmNotFound: true,
          instanceOfEsmTwinningError: true,
          instanceOfEsmNetworkError: false,
          isTwinningError: true,
          code: 'NOT_FOUND',
        });
      });

      it('runs the twinning command it installed', async () => {
        const { stdout } = await run(
          name.startsWith('pnpm') ? 'pnpm' : 'npx',
          [
            ...(name.startsWith('pnpm') ? ['exec'] : ['--no-install']),
            'twinning',
            'places',
            'search',
            'dong giang',
            '--level',
            'commune',
            '--as-of',
            '2024-01-01',
          ],
          { cwd: join(workspace, name), timeout: 60_000, env: { ...process.env, TWINNING_URL: server.graphqlUrl } },
        );
        expect(stdout).toMatch(/23074\s+Xã Đông Giang/);
      });
    });
  }
});
