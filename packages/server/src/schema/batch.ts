/**
 * Per-request batching for computed fields: every key asked for under one name before the event
 * loop turns is answered by a single query, so a page of 100 agencies with their support totals
 * costs one aggregate statement, not 100.
 */
export function batched<V>(
  context: object,
  name: string,
  key: string,
  load: (keys: string[]) => Promise<ReadonlyMap<string, V>>,
): Promise<V | undefined> {
  let batches = pendingByContext.get(context);
  if (!batches) {
    batches = new Map();
    pendingByContext.set(context, batches);
  }
  const open = batches;
  let batch = open.get(name) as Batch<V> | undefined;
  if (!batch) {
    const keys = new Set<string>();
    // setImmediate, not a microtask: resolvers of sibling list items and of nested lists are all
    // called before the event loop turns, so they land in the same batch.
    const result = new Promise<ReadonlyMap<string, V>>((resolve, reject) => {
      setImmediate(() => {
        open.delete(name);
        load([...keys]).then(resolve, reject);
      });
    });
    batch = { keys, result };
    open.set(name, batch);
  }
  batch.keys.add(key);
  return batch.result.then((values) => values.get(key));
}

interface Batch<V> {
  keys: Set<string>;
  result: Promise<ReadonlyMap<string, V>>;
}

const pendingByContext = new WeakMap<object, Map<string, Batch<unknown>>>();
