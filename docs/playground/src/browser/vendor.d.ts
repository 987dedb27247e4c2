/** The `assert` package (Node's assert module for browsers) ships no types of its own. */
declare module 'assert' {
  const assert: Record<string, unknown> & { readonly strict: Record<string, unknown> };
  export default assert;
}
