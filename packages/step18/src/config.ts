/**
 * Step 18's switch for the forward pass: record the graph (for backprop), or not.
 * @module
 */

/**
 * The settings, as static fields of one class: one source of truth, as in the book.
 * Every step from 18 on shares this class: `noGrad()` from any of them affects them all.
 */
// biome-ignore lint/complexity/noStaticOnlyClass: the book's Config is a class of settings
export class Config {
  /** Record the graph (generation, creator, inputs, outputs) in `Function.call`. */
  static enableBackprop = true;
}

/** The names of the settings `usingConfig` accepts. */
export type ConfigName = Exclude<keyof typeof Config, 'prototype'>;

/** A callback's result, refusing Promises: the setting must not leak across an `await`. */
export type SyncResult<T> = T extends PromiseLike<unknown> ? never : T;

/**
 * Sets a `Config` setting for the length of a block, and always restores the old value,
 * even when the block throws. The book's `with using_config(name, value):`.
 *
 * ```ts
 * { using _ = usingConfig('enableBackprop', false); … }   // until the end of the block
 * usingConfig('enableBackprop', false, () => …);          // for the length of a callback
 * ```
 *
 * `Config` is global: a `using` block that spans an `await` changes the setting for all
 * that runs meanwhile. A callback must be synchronous: one that returns a Promise is
 * rejected with a `TypeError` (TensorFlow.js's `tidy` only logs an error and returns it).
 *
 * @throws TypeError for an unknown setting name or a value of the wrong type (and changes
 * nothing). TypeScript rejects both at compile time too.
 */
export function usingConfig(name: ConfigName, value: boolean): Disposable;
export function usingConfig<T>(name: ConfigName, value: boolean, block: () => SyncResult<T>): T;
export function usingConfig<T>(
  name: ConfigName,
  value: boolean,
  block?: () => SyncResult<T>,
): Disposable | T {
  if (!Object.hasOwn(Config, name) || name === ('prototype' as string)) {
    throw new TypeError(`Config has no setting '${String(name)}' (settings: ${settingNames()})`);
  }
  if (typeof value !== typeof Config[name]) {
    throw new TypeError(`Config.${name} takes a ${typeof Config[name]}, got ${typeof value}`);
  }

  const oldValue = Config[name];
  Config[name] = value;
  const restore: Disposable = {
    [Symbol.dispose]() {
      Config[name] = oldValue;
    },
  };
  if (block === undefined) return restore;

  try {
    const result = block();
    if (isPromiseLike(result)) {
      throw new TypeError(
        `usingConfig('${name}', …) got a callback that returned a Promise; the setting would ` +
          'leak into other work during its await. Pass a synchronous callback, or use ' +
          '`using _ = usingConfig(…)` in a block you control.',
      );
    }
    return result;
  } finally {
    restore[Symbol.dispose]();
  }
}

/** The book's `no_grad()`: `usingConfig('enableBackprop', false)`, as a block or a callback. */
export function noGrad(): Disposable;
export function noGrad<T>(block: () => SyncResult<T>): T;
export function noGrad<T>(block?: () => SyncResult<T>): Disposable | T {
  return block === undefined
    ? usingConfig('enableBackprop', false)
    : usingConfig('enableBackprop', false, block);
}

function settingNames(): string {
  return Object.keys(Config).join(', ');
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
