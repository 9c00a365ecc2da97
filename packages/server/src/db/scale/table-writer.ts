import type { Column, ScaleConnection, TextRow } from './connection.ts';

export interface ScaleProgress {
  phase: string;
  done: number;
  total: number;
}

export interface ScaleTableSummary {
  table: string;
  rows: number;
  millis: number;
}

/** Loads rows table by table, counting rows and time, and reporting progress. */
export class TableWriter {
  private readonly tables = new Map<string, { rows: number; millis: number }>();

  constructor(
    private readonly connection: ScaleConnection,
    readonly progress: (event: ScaleProgress) => void,
  ) {}

  async write(table: string, columns: readonly Column[], rows: readonly TextRow[]): Promise<void> {
    const started = performance.now();
    // A generated row was created when it was last updated: stamping both keeps reruns identical.
    const updatedAt = columns.findIndex((column) => column.name === 'updatedAt');
    if (updatedAt >= 0 && !columns.some((column) => column.name === 'createdAt')) {
      await this.connection.load(
        table,
        [...columns, { name: 'createdAt', type: 'timestamp' }],
        rows.map((row) => [...row, row[updatedAt] ?? null]),
      );
    } else {
      await this.connection.load(table, columns, rows);
    }
    const entry = this.tables.get(table) ?? { rows: 0, millis: 0 };
    entry.rows += rows.length;
    entry.millis += performance.now() - started;
    this.tables.set(table, entry);
  }

  /** Runs a statement of the load (not a table's rows), its time counted under `label`. */
  async execute(label: string, sql: string): Promise<void> {
    const started = performance.now();
    await this.connection.query(sql);
    const entry = this.tables.get(label) ?? { rows: 0, millis: 0 };
    entry.millis += performance.now() - started;
    this.tables.set(label, entry);
  }

  /** Drops the tables' secondary indexes where the connection can; the returned function rebuilds them. */
  async deferIndexes(tables: readonly string[]): Promise<() => Promise<void>> {
    if (!this.connection.deferIndexes) return async () => {};
    const rebuild = await this.connection.deferIndexes(tables);
    return async () => {
      const started = performance.now();
      this.progress({ phase: 'indexes', done: 0, total: 1 });
      await rebuild();
      const entry = this.tables.get('(index rebuild)') ?? { rows: 0, millis: 0 };
      entry.millis += performance.now() - started;
      this.tables.set('(index rebuild)', entry);
      this.progress({ phase: 'indexes', done: 1, total: 1 });
    };
  }

  counts(): Array<[string, number]> {
    return [...this.tables].filter(([table]) => !table.startsWith('(')).map(([table, entry]) => [table, entry.rows]);
  }

  summaries(): ScaleTableSummary[] {
    return [...this.tables].map(([table, entry]) => ({ table, rows: entry.rows, millis: Math.round(entry.millis) }));
  }
}
