import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { paths } from '../paths.ts';
import { printedSchema } from '../schema/printed.ts';

await writeFile(paths.schemaGraphql, printedSchema());
process.stdout.write(`Wrote ${relative(process.cwd(), paths.schemaGraphql) || paths.schemaGraphql}\n`);
