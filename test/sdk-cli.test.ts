import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectAll, createTwinningClient, type TwinningClient } from '../packages/sdk/src/index.ts';
import { apiKeyHeader } from './support/api-keys.ts';
import { type LiveServer, startLiveServer } from './support/sdk-server.ts';

// The `twinning` command as a script runs it: a real process against the live server, with the
// key and URL in the environment, judged by its exit code, stdout and stderr.

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'packages/sdk/src/cli/bin.ts');
// The processes run in a temporary folder, so tsx is named by its resolved location.
const tsx = import.meta.resolve('tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let server: LiveServer;
let reader: TwinningClient;
let adminKey: string;
let workspace: string;

function twinning(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', tsx, bin, ...args],
      {
        cwd: workspace,
        env: { ...process.env, TWINNING_URL: server.graphqlUrl, TWINNING_API_KEY: adminKey, ...env },
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'twinning-cli-'));
  server = await startLiveServer();
  reader = createTwinningClient({ url: server.graphqlUrl, subscriptions: false });
  adminKey = (await apiKeyHeader(server.database, 'ADMIN')).authorization!.replace(/^Bearer /, '');
}, 180_000);

afterAll(async () => {
  reader?.close();
  await server?.close();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

describe('twinning import activities', () => {
  /** What an office keeps: one row per activity, Vietnamese headers, dates as Excel dates. */
  async function officeWorkbook(
    path: string,
    rows: number,
    agencies: readonly string[],
    communes: ReadonlyArray<{ code: string | null }>,
    overrides: Record<number, Record<string, ExcelJS.CellValue>> = {},
  ): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hoạt động 2023');
    sheet.addRow(['STT', 'Ngày', 'Đơn vị', 'Xã', 'Loại', 'Nội dung', 'Giá trị (VND)', 'Số người hưởng lợi']);
    for (let index = 0; index < rows; index++) {
      const values: Record<string, ExcelJS.CellValue> = {
        STT: index + 1,
        Ngày: new Date(Date.UTC(2023, index % 12, 1 + (index % 28))),
        'Đơn vị': agencies[index % agencies.length]!,
        Xã: communes[index % communes.length]!.code!,
        Loại: ['Tặng quà', 'Thăm hỏi', 'Học bổng', 'IN_KIND_GIFT'][index % 4]!,
        'Nội dung': `Hỗ trợ đợt ${index + 1}: chăn ấm và áo ấm cho hộ nghèo`,
        // Amounts as numbers, and every seventh as Vietnamese text with dots for thousands.
        'Giá trị (VND)': index % 7 === 0 ? `${(index + 1).toLocaleString('de-DE')}.000` : (index + 1) * 1000,
        'Số người hưởng lợi': index % 50,
        ...overrides[index + 2],
      };
      sheet.addRow(Object.values(values));
    }
    await workbook.xlsx.writeFile(path);
  }

  it('refuses a workbook of 1,000 activities with 3 bad cells, names exactly those 3, writes nothing; imports it once fixed, and a re-run writes nothing twice', async () => {
    const district = (await reader.placeByCode('101', '2023-06-01'))!;
    const communes = await collectAll((after) =>
      reader.findPlaces({ parentId: district.id, level: 'COMMUNE', asOf: '2023-06-01', first: 100, after }),
    );
    const twinnings = await reader.placeTwinnings(district.id, { includeDescendants: true, first: 50 });
    const agencies = [...new Set(twinnings.nodes.map((twinning) => twinning.agency.name))].slice(0, 4);
    expect(communes.length).toBeGreaterThan(5);
    expect(agencies).toHaveLength(4);
    const file = join(workspace, 'hoat-dong-2023.xlsx');
    await officeWorkbook(file, 1000, agencies, communes, {
      5: { 'Giá trị (VND)': '4.800.000,5' },
      300: { Xã: '99999' },
      777: { Ngày: '31/02/2023' },
    });

    const before = await server.database.prisma.activity.count();
    const refused = await twinning(['import', 'activities', file]);
    expect(refused.code).toBe(3);
    const reported = refused.stderr.split('\n').filter((line) => line.startsWith('row '));
    expect(reported).toEqual([
      'row 5, column G “Giá trị (VND)”: “4.800.000,5” has a decimal part; VND is a whole number of đồng (4.800.000 or 4800000).',
      'row 300, column D “Xã”: no place has the code 99999.',
      'row 777, column B “Ngày”: “31/02/2023” is not a day of the calendar.',
    ]);
    expect(refused.stderr).toContain('3 bad cells in 3 of 1,000 rows; nothing was written');
    expect(await server.database.prisma.activity.count()).toBe(before);

    await officeWorkbook(file, 1000, agencies, communes, {
      5: { 'Giá trị (VND)': '4.800.000' },
      300: { Xã: communes[0]!.code },
      777: { Ngày: '28/02/2023' },
    });
    const imported = await twinning(['import', 'activities', file]);
    expect(imported.stderr).not.toContain('row ');
    expect(imported.code).toBe(0);
    expect(await server.database.prisma.activity.count()).toBe(before + 1000);
    const expectedTotal = Array.from({ length: 1000 }, (_, index) => (index === 3 ? 4_800_000 : (index + 1) * 1000))
      .reduce((sum, value) => sum + value, 0)
      .toLocaleString('en');
    expect(imported.stdout).toBe(
      `Recorded 1,000 activities from hoat-dong-2023.xlsx in 1 request: ${expectedTotal} VND, ${communes.length} places, 4 agencies.\n`,
    );
    const row5 = await server.database.prisma.activity.findFirstOrThrow({
      where: { title: { startsWith: 'Hỗ trợ đợt 4:' } },
    });
    expect(row5.valueVnd).toBe(4_800_000n);

    const again = await twinning(['import', 'activities', file]);
    expect(again.code).toBe(0);
    expect(await server.database.prisma.activity.count()).toBe(before + 1000);
  });

  it('reads a CSV with English headers and semicolons, checks it with --dry-run, then writes it', async () => {
    const dongGiang = await reader.placeTwinnings((await reader.placeByCode('23074', '2023-01-01'))!.id);
    const twinningId = dongGiang.nodes[0]!.id;
    const file = join(workspace, 'activities.csv');
    await writeFile(
      file,
      [
        'Date;Twinning;Category;Title;Value (VND);Funding source',
        `2023-08-30;${twinningId};Festival;Mid-Autumn lanterns for Đông Giang pupils;"4,800,000";Vận động doanh nghiệp`,
        `15/09/2023;${twinningId};TRAINING;Commercial skills course;;`,
      ].join('\r\n'),
    );
    const before = await server.database.prisma.activity.count();
    const dry = await twinning(['import', 'activities', file, '--dry-run']);
    expect(dry.stdout).toBe('activities.csv: all 2 activities are valid; nothing was written (--dry-run).\n');
    expect(dry.code).toBe(0);
    expect(await server.database.prisma.activity.count()).toBe(before);

    const written = await twinning(['import', 'activities', file]);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(
      'Recorded 2 activities from activities.csv in 1 request: 4,800,000 VND, 1 place, 1 agency.',
    );
    const festival = await server.database.prisma.activity.findFirstOrThrow({
      where: { title: 'Mid-Autumn lanterns for Đông Giang pupils' },
    });
    expect(festival).toMatchObject({
      category: 'FESTIVAL',
      fundingSource: 'MOBILISED_ENTERPRISES',
      valueVnd: 4_800_000n,
    });
  });

  it('a file the CLI cannot use is a usage error (2); an import without a key is refused as access (4)', async () => {
    expect((await twinning(['import', 'activities', join(workspace, 'missing.xlsx')])).code).toBe(2);
    const odt = join(workspace, 'activities.ods');
    await writeFile(odt, 'x');
    const wrongKind = await twinning(['import', 'activities', odt]);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toContain('give an .xlsx or .csv file');

    const file = join(workspace, 'one.csv');
    const dongGiang = await reader.placeTwinnings((await reader.placeByCode('23074', '2023-01-01'))!.id);
    await writeFile(file, `Ngày,Kết nghĩa,Loại,Nội dung\n2023-03-01,${dongGiang.nodes[0]!.id},Thăm hỏi,Thăm xã\n`);
    const anonymous = await twinning(['import', 'activities', file], { TWINNING_API_KEY: '' });
    expect(anonymous.code).toBe(4);
  });
});

describe('twinning export and query', () => {
  it('exports supportSummary grouped by commune to CSV with the API’s numbers', async () => {
    const document = join(workspace, 'support-by-commune.graphql');
    await writeFile(
      document,
      `query SupportByCommune($years: [Int!]) {
        supportSummary(groupBy: [COMMUNE], filter: { years: $years }, orderBy: KEY_ASC, first: 5) {
          totalCount
          nodes { commune { code name } valueVnd activityCount }
        }
      }`,
    );
    const run = await twinning([
      'export',
      document,
      '--var',
      'years=2023',
      '--columns',
      'commune.code:Mã xã,commune.name:Xã,valueVnd:Giá trị (VND),activityCount:Số hoạt động',
      '--output',
      'support.csv',
    ]);
    expect(run.code).toBe(0);
    const expected = await collectAll((after) =>
      reader.supportSummary({ groupBy: ['COMMUNE'], filter: { years: [2023] }, orderBy: 'KEY_ASC', first: 100, after }),
    );
    expect(expected.length).toBeGreaterThan(5);
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(join(workspace, 'support.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parse(bytes.subarray(3)) as string[][];
    expect(header).toEqual(['Mã xã', 'Xã', 'Giá trị (VND)', 'Số hoạt động']);
    expect(rows).toEqual(
      expected.map((group) => [
        group.commune?.code ?? '',
        group.commune?.name ?? '',
        group.valueVnd,
        String(group.activityCount),
      ]),
    );
    expect(run.stderr).toContain(`support.csv: ${expected.length} rows`);
  });

  it('query prints JSON, or flattens to XLSX with every page', async () => {
    const document = join(workspace, 'districts.graphql');
    await writeFile(
      document,
      'query Districts($province: String!) { places(code: $province) { nodes { code name children { nodes { code name } } } } }',
    );
    const json = await twinning(['query', document, '--var', 'province=11']);
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout) as { places: { nodes: Array<{ name: string }> } };
    expect(data.places.nodes.map((place) => place.name)).toContain('Điện Biên');

    const communes = join(workspace, 'communes.graphql');
    await writeFile(communes, '{ places(level: COMMUNE, search: "dong") { totalCount nodes { code fullName } } }');
    const { places } = (await reader.request(
      (
        await import('@urql/core')
      ).gql<{ places: { totalCount: number } }>('{ places(level: COMMUNE, search: "dong") { totalCount } }'),
    )) as { places: { totalCount: number } };
    expect(places.totalCount).toBeGreaterThan(100);
    const xlsx = await twinning(['query', communes, '--format', 'xlsx', '--output', 'communes.xlsx']);
    expect(xlsx.code).toBe(0);
    const [header, ...rows] = await readSheet(join(workspace, 'communes.xlsx'));
    expect(header).toEqual(['code', 'fullName']);
    expect(rows).toHaveLength(places.totalCount);
  });

  it('places search finds Đông Giang typed without diacritics', async () => {
    const run = await twinning(['places', 'search', 'dong', 'giang', '--level', 'commune', '--as-of', '2024-01-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^code\s+name\s+in\s+level/);
    expect(run.stdout).toMatch(/23074\s+Xã Đông Giang\s+Hàm Thuận Bắc\s+commune/);
    const none = await twinning(['places', 'search', 'zzzz-no-such-place']);
    expect(none.code).toBe(3);
  });

  it('exit codes scripts can rely on: 2 for usage, 3 for a refused query, 5 for an unreachable server', async () => {
    const document = join(workspace, 'bad.graphql');
    await writeFile(document, '{ places { nodes { population } } }');
    expect((await twinning(['query', document, '--format', 'yaml'])).code).toBe(2);
    expect((await twinning(['query', document, '--var', 'x=1'])).code).toBe(2);
    const refused = await twinning(['query', document]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('population');
    const exportRefused = await twinning(['export', document]);
    expect(exportRefused.code).toBe(3);
    const unreachable = await twinning(['places', 'search', 'dong'], { TWINNING_URL: 'http://127.0.0.1:9/graphql' });
    expect(unreachable.code).toBe(5);
    expect((await twinning(['--help'])).code).toBe(0);
  });
});

describe('twinning watch', () => {
  it('prints each change as it commits, keeps its cursor in a file, and resumes after it', async () => {
    const admin = createTwinningClient({ url: server.graphqlUrl, apiKey: adminKey, subscriptions: false });
    const dongGiang = (await reader.placeByCode('23074', '2024-01-01'))!;
    const twinningId = (await reader.placeTwinnings(dongGiang.id)).nodes[0]!.id;
    const record = (title: string) =>
      admin.recordActivity({ twinningId, category: 'VISIT', title, occurredOn: '2024-02-01' });
    const start = (await reader.freshness()).sequence ?? '0';
    const cursorFile = join(workspace, 'feed-cursor');

    const watching = twinning([
      'watch',
      '--after',
      start,
      '--types',
      'ActivityRecorded',
      '--format',
      'json',
      '--limit',
      '2',
      '--cursor-file',
      cursorFile,
    ]);
    const first = await record('Chúc Tết các gia đình chính sách');
    const second = await record('Thăm trường THCS Đông Giang');
    const watched = await watching;
    expect(watched.stderr).toBe('');
    expect(watched.code).toBe(0);
    const changes = watched.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; entityId: string; cursor: string });
    expect(changes.map((change) => [change.type, change.entityId])).toEqual([
      ['ActivityRecorded', first.activity.id],
      ['ActivityRecorded', second.activity.id],
    ]);
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(cursorFile, 'utf8')).trim()).toBe(changes[1]!.cursor);

    const third = await record('Tặng quạt cho trường học');
    const resumed = await twinning([
      'watch',
      '--cursor-file',
      cursorFile,
      '--types',
      'ActivityRecorded',
      '--limit',
      '1',
    ]);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`ActivityRecorded  Activity ${third.activity.id}`);
    admin.close();
  });
});
