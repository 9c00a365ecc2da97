import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { importActivities } from './commands/import-activities.ts';
import { searchPlaces } from './commands/places.ts';
import { type QueryFormat, runQuery } from './commands/query.ts';
import { watchChanges } from './commands/watch.ts';
import { loadDocument, parseVariables } from './document.ts';
import { ExitCode, exitCodeOf } from './exit.ts';
import { type ConnectionOptions, connect, DEFAULT_URL } from './settings.ts';

/** `twinning …`: the command line of @twinning/sdk. Returns the exit code (see ./exit.ts). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return process.exitCode === undefined ? ExitCode.ok : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
        ? ExitCode.ok
        : ExitCode.usage;
    }
    const code = exitCodeOf(error);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`twinning: ${code === ExitCode.failure && error instanceof Error ? error.stack : message}\n`);
    return code;
  }
}

function buildProgram(): Command {
  const version = (createRequire(import.meta.url)('@twinning/sdk/package.json') as { version: string }).version;
  const program = new Command('twinning')
    .description('Query, export, import and watch Twinning Graph data from a terminal or a script.')
    .version(version)
    .addOption(new Option('--url <url>', `the GraphQL endpoint (default ${DEFAULT_URL})`).env('TWINNING_URL'))
    .addOption(new Option('--api-key <key>', 'an API key (tg_…); writes need one').env('TWINNING_API_KEY'))
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const connection = (command: Command) => connect(command.optsWithGlobals<ConnectionOptions>());

  program
    .command('query')
    .description('run a query from a .graphql file; CSV and XLSX flatten its connection into rows, every page')
    .argument('<file>', 'a .graphql file with one operation')
    .option('--var <name=value>', 'a variable, typed by its declaration (repeatable): --var first=10', collect, [])
    .option('--variables <json>', 'variables as a JSON object')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv', 'xlsx']).default('json'))
    .option('--columns <paths>', 'csv/xlsx: columns as paths in a row, e.g. commune.name:Xã,valueVnd', collect, [])
    .option('--connection <path>', 'csv/xlsx: the connection to walk (default: the first)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (file: string, options: QueryCommandOptions, command: Command) => {
      const document = await loadDocument(file);
      const variables = parseVariables(document, options.var, options.variables);
      await runQuery(connection(command), document, variables, {
        format: options.format,
        columns: splitColumns(options.columns),
        ...(options.connection ? { connection: options.connection } : {}),
        ...(options.output ? { output: options.output } : {}),
      });
    });

  program
    .command('export')
    .description("export every row of a query's connection as CSV (UTF-8 with BOM) or XLSX, streamed by the server")
    .argument('<file>', 'a .graphql file with one query')
    .option('--var <name=value>', 'a variable (repeatable): --var groupBy=COMMUNE', collect, [])
    .option('--variables <json>', 'variables as a JSON object')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
    .option(
      '--columns <paths>',
      'columns as paths in a row, with optional headers: commune.code:Mã,valueVnd',
      collect,
      [],
    )
    .option('--connection <path>', 'the connection to walk, by its path in the result (default: the first)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (file: string, options: QueryCommandOptions, command: Command) => {
      const document = await loadDocument(file);
      const variables = parseVariables(document, options.var, options.variables);
      await runQuery(connection(command), document, variables, {
        format: options.format === 'json' ? 'csv' : options.format,
        columns: splitColumns(options.columns),
        ...(options.connection ? { connection: options.connection } : {}),
        ...(options.output ? { output: options.output } : {}),
      });
    });

  const imports = program.command('import').description('import records from a spreadsheet');
  imports
    .command('activities')
    .description(
      'record the activities of an .xlsx or .csv file, all or nothing: every bad cell is reported before anything is written',
    )
    .argument('<file>', 'an .xlsx or .csv file with a header row (Vietnamese or English headers)')
    .option('--sheet <name>', 'the sheet to read (name or number; default the first)')
    .option('--dry-run', 'check every row and reference, write nothing')
    .option('--chunk-size <n>', 'activities per request, 1–1000', (value: string) => Number(value), 1000)
    .action(async (file: string, options: ImportCommandOptions, command: Command) => {
      await importActivities(connection(command).client, file, options);
    });

  const places = program.command('places').description('find places');
  places
    .command('search')
    .description('places whose name matches, diacritics ignored ("dong giang" finds Đông Giang)')
    .argument('<text...>', 'part of a name')
    .option('--level <level>', 'province, district, commune or village')
    .option('--as-of <day>', 'units as they were on this day (YYYY-MM-DD)')
    .option('--limit <n>', 'at most this many places', (value: string) => Number(value), 20)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (words: string[], options: PlacesCommandOptions, command: Command) => {
      const found = await searchPlaces(connection(command).client, words.join(' '), options);
      if (found === 0) process.exitCode = ExitCode.refused;
    });

  program
    .command('watch')
    .description('print the change feed as changes happen (from now, --after a cursor, or the one in --cursor-file)')
    .option('--after <cursor>', 'start after this change')
    .option('--cursor-file <file>', 'resume from the cursor stored here, and keep it up to date')
    .option('--types <types>', 'only these change types, e.g. ActivityRecorded,NeedOpened', collect, [])
    .option('--place <id-or-code>', 'only changes at this place (and the units below it)')
    .option('--no-descendants', 'with --place: that unit only, not the units below it')
    .addOption(new Option('--format <format>', 'one line per change').choices(['text', 'json']).default('text'))
    .option('--limit <n>', 'stop after this many changes', (value: string) => Number(value))
    .action(async (options: WatchCommandOptions, command: Command) => {
      await watchChanges(connection(command).client, {
        ...options,
        types: options.types
          .flatMap((value) => value.split(','))
          .map((type) => type.trim())
          .filter(Boolean),
      });
    });

  return program;
}

interface WatchCommandOptions {
  after?: string;
  cursorFile?: string;
  types: string[];
  place?: string;
  descendants: boolean;
  format: 'text' | 'json';
  limit?: number;
}

interface QueryCommandOptions {
  var: string[];
  variables?: string;
  format: QueryFormat;
  columns: string[];
  connection?: string;
  output?: string;
}

interface ImportCommandOptions {
  sheet?: string;
  dryRun?: boolean;
  chunkSize: number;
}

interface PlacesCommandOptions {
  level?: string;
  asOf?: string;
  limit: number;
  format: 'table' | 'json';
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function splitColumns(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((column) => column.trim())
    .filter(Boolean);
}
