/**
 * Sharing: the editor's text in the page's URL, after `#code=`, compressed (deflate, the
 * browser's own CompressionStream) and written in base64url, so a reader can send what they
 * wrote. Opening such a link loads the code and does not run it.
 * @module
 */

const PREFIX = '#code=';

/** The `#code=…` fragment that holds `code`. */
export async function encodeCode(code: string): Promise<string> {
  const stream = new Blob([code]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const base64url = btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  return `${PREFIX}${base64url}`;
}

/** Whether `hash` (e.g. `location.hash`) holds shared code. */
export function hasCode(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

/**
 * The code a `#code=…` fragment holds.
 * @throws Error naming the problem when the fragment is cut short or not one we wrote.
 */
export async function decodeCode(hash: string): Promise<string> {
  if (!hasCode(hash)) throw new Error(`not a shared-code link: ${hash.slice(0, 20)}`);
  const base64 = hash.slice(PREFIX.length).replaceAll('-', '+').replaceAll('_', '/');
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    throw new Error('the link’s code is not base64url text: was the link cut short?');
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  try {
    return await new Response(stream).text();
  } catch {
    throw new Error('the link’s code does not decompress: was the link cut short?');
  }
}
