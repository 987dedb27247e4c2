/**
 * Naming values in error messages.
 * @module
 */

/**
 * Describes a value for an error message: `a string ("abc")`, `a Variable`, `an Array`,
 * `null`. Objects are named by their constructor, so a DeZero `Variable` shows up as one.
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  switch (typeof value) {
    case 'string':
      return `a string (${JSON.stringify(value)})`;
    case 'number':
    case 'boolean':
      return `a ${typeof value} (${String(value)})`;
    case 'bigint':
      return `a bigint (${value}n)`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default: {
      const name = constructorName(value);
      return /^[AEIOU]/.test(name) ? `an ${name}` : `a ${name}`;
    }
  }
}

/** The name of the class an object was made by (`Object` for plain and prototype-less objects). */
export function constructorName(value: object): string {
  const ctor: unknown = (value as { constructor?: unknown }).constructor;
  return typeof ctor === 'function' && ctor.name !== '' ? ctor.name : 'Object';
}
