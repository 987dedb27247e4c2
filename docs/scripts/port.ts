/** The port `pnpm start` and `pnpm dev` serve on: `--port N`, else `PORT`, else their default. */
export function portOf(
  option: string | undefined,
  fail: (reason: string) => never,
  fallback: number,
): number {
  const text = option ?? (process.env['PORT'] || String(fallback));
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) fail(`'${text}' is not a port number`);
  return port;
}
