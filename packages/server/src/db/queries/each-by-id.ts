/**
 * Loads rows one ID at a time so that Prisma batches the calls made in the same tick — across
 * every criterion of a scorecard — into one statement, keeping the order the database ranked.
 * The selection is read once up front, so an empty list still counts as using it.
 */
export async function eachById<Selection extends object, Row extends object>(
  query: Selection,
  ids: readonly string[],
  load: (selection: Selection, id: string) => PromiseLike<Row | null>,
): Promise<Awaited<Row>[]> {
  const selection = { ...query };
  const rows = await Promise.all(ids.map((id) => load(selection, id)));
  return rows.filter((row): row is Awaited<Row> => row !== null);
}
