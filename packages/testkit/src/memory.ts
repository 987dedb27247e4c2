/**
 * Forced garbage collection and memory measured after it: what the memory tests, the
 * memory figures of the docs and `pnpm bench` all measure with. Needs `node --expose-gc`
 * (vitest passes it to every worker; the `docs`, `demo` and `bench` scripts pass it too).
 * @module
 */

/** Megabytes as the book counts them: 10⁶ float64 numbers take 8 MB. */
export const MB = 1e6;

/** The callable `--expose-gc` installs. */
export function gcFunction(): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('forcing a garbage collection needs node --expose-gc');
  return gc;
}

/** Resolves in a later task (a macrotask): the job that awaits it has ended by then. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Forces a full garbage collection. A `WeakRef` target lives at least until the current
 * job ends, and V8 releases array buffers' memory on a background thread after the
 * collection itself; so this collects twice, each time in a later task.
 */
export async function collectGarbage(): Promise<void> {
  const gc = gcFunction();
  for (let i = 0; i < 2; i++) {
    await nextTask();
    gc();
  }
  await nextTask(); // FinalizationRegistry callbacks run as tasks after a collection
}

/** Bytes held by array buffers after {@link collectGarbage}. */
export async function arrayBufferBytesAfterGc(): Promise<number> {
  await collectGarbage();
  return process.memoryUsage().arrayBuffers;
}

/**
 * Bytes of array data that stay reachable from what `build` returns, each side measured
 * after a forced GC. What was built comes back as `kept`, which keeps it alive until then.
 */
export async function retainedBytes<T>(build: () => T): Promise<{ bytes: number; kept: T }> {
  const before = await arrayBufferBytesAfterGc();
  const kept = build();
  const after = await arrayBufferBytesAfterGc();
  return { bytes: after - before, kept };
}

/** Watches objects with a `FinalizationRegistry` and reports which have been collected. */
export class GcWatch {
  readonly #collected = new Set<string>();
  readonly #registry = new FinalizationRegistry<string>((label) => this.#collected.add(label));

  watch(target: object, label: string): void {
    this.#registry.register(target, label);
  }

  /** Forces a collection and returns the labels of the objects it collected. */
  async collected(): Promise<ReadonlySet<string>> {
    await collectGarbage();
    return new Set(this.#collected);
  }
}

/**
 * Makes an object with `make`, keeps only the part `keep` picks from it, and forces a
 * collection: whether the object was collected meanwhile, and the part kept (which the
 * caller holds until it has looked at it).
 */
export async function collectedWhileKept<T extends object, K>(
  make: () => T,
  keep: (made: T) => K,
): Promise<{ collected: boolean; kept: K }> {
  const watch = new GcWatch();
  const kept = (() => {
    const made = make();
    watch.watch(made, 'made');
    return keep(made);
  })();
  const collected = (await watch.collected()).has('made');
  return { collected, kept };
}
