import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { printedSchema } from '../graph.ts';
import { paths } from '../paths.ts';

await writeFile(paths.schemaGraphql, printedSchema());
process.stdout.write(`Wrote ${relative(process.cwd(), paths.schemaGraphql) || paths.schemaGraphql}\n`);
