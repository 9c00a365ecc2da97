import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * `iterateAsync` runs every plugin hook of every request in Yoga and envelop; our patch
 * (patches/@whatwg-node__promise-helpers@1.3.2.patch, CONTRIBUTING.md) loops over hooks that answer
 * synchronously instead of recursing through fake promises. These are the library's semantics the
 * patch must keep: which hooks run, what is collected, when it stops, and how errors surface.
 */
type Callback = (value: number, endEarly: () => void, index: number) => unknown;
interface PromiseHelpers {
  iterateAsync(iterable: number[], callback: Callback, results?: unknown[]): unknown;
  fakePromise(value: unknown): PromiseLike<unknown>;
  fakeRejectPromise(error: unknown): PromiseLike<never>;
}

// The copy graphql-yoga itself loads, patched by `pnpm install`.
const fromServer = createRequire(new URL('../packages/server/package.json', import.meta.url));
const fromYoga = createRequire(fromServer.resolve('graphql-yoga'));
const helpers = fromYoga('@whatwg-node/promise-helpers') as PromiseHelpers;

interface Outcome {
  results: unknown[];
  calls: Array<[number, number]>;
  returned: 'nothing' | 'promise';
  value?: unknown;
  error?: string;
}

async function iterate(callback: Callback): Promise<Outcome> {
  const results: unknown[] = [];
  const calls: Array<[number, number]> = [];
  const outcome: Outcome = { results, calls, returned: 'nothing' };
  try {
    const returned = helpers.iterateAsync(
      [1, 2, 3],
      (value, endEarly, index) => {
        calls.push([value, index]);
        return callback(value, endEarly, index);
      },
      results,
    );
    if (returned instanceof Promise) {
      outcome.returned = 'promise';
      outcome.value = await returned;
    } else if (returned !== undefined) {
      outcome.value = returned;
    }
  } catch (error) {
    outcome.error = (error as Error).message;
  }
  return outcome;
}

const allCalls: Array<[number, number]> = [
  [1, 0],
  [2, 1],
  [3, 2],
];

describe('iterateAsync, as patched', () => {
  it('runs synchronous hooks in order, collects truthy results and returns nothing', async () => {
    expect(await iterate((value) => (value === 2 ? 0 : value * 10))).toEqual({
      results: [10, 30],
      calls: allCalls,
      returned: 'nothing',
    });
  });

  it('returns a promise once a hook does, and runs the rest after it settles', async () => {
    const order: string[] = [];
    const outcome = await iterate((value) => {
      order.push(`call ${value}`);
      if (value !== 2) return value;
      return Promise.resolve().then(() => {
        order.push('settled 2');
        return 20;
      });
    });
    expect(outcome).toEqual({ results: [1, 20, 3], calls: allCalls, returned: 'promise' });
    expect(order).toEqual(['call 1', 'call 2', 'settled 2', 'call 3']);
  });

  it('treats a resolved fake promise as its value, without returning a promise', async () => {
    expect(await iterate((value) => helpers.fakePromise(value + 1))).toEqual({
      results: [2, 3, 4],
      calls: allCalls,
      returned: 'nothing',
    });
  });

  it('stops after the hook that ends early, keeping that hook’s result', async () => {
    expect(
      await iterate((value, endEarly) => {
        if (value === 2) endEarly();
        return value;
      }),
    ).toEqual({ results: [1, 2], calls: allCalls.slice(0, 2), returned: 'nothing' });
    expect(
      await iterate((value, endEarly) => {
        endEarly();
        return Promise.resolve(value);
      }),
    ).toEqual({ results: [1], calls: allCalls.slice(0, 1), returned: 'promise' });
  });

  it('throws a synchronous error at once and runs no later hook', async () => {
    const thrown = await iterate((value) => {
      if (value === 2) throw new Error('hook 2 failed');
      return value;
    });
    expect(thrown).toEqual({ results: [1], calls: allCalls.slice(0, 2), returned: 'nothing', error: 'hook 2 failed' });
    const faked = await iterate((value) => (value === 2 ? helpers.fakeRejectPromise(new Error('fake 2')) : value));
    expect(faked).toEqual({ results: [1], calls: allCalls.slice(0, 2), returned: 'nothing', error: 'fake 2' });
  });

  it('rejects with a hook’s rejection and runs no later hook', async () => {
    const rejected = await iterate((value) => (value === 2 ? Promise.reject(new Error('hook 2 rejected')) : value));
    expect(rejected).toEqual({
      results: [1],
      calls: allCalls.slice(0, 2),
      returned: 'promise',
      error: 'hook 2 rejected',
    });
  });

  it('does nothing for no hooks', async () => {
    expect(helpers.iterateAsync([], () => 1)).toBeUndefined();
  });
});
