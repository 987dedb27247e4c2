/**
 * The shared link's code (src/browser/share.ts): what is encoded comes back unchanged, in a
 * fragment a URL carries as it is; a cut or foreign fragment is refused with a clear error.
 */
import { describe, expect, it } from 'vitest';
import { decodeCode, encodeCode, hasCode } from '../src/browser/share.ts';

describe('the code in the URL', () => {
  it.each([
    ['a demo', "import { np } from '@dezero/step18';\nconsole.log(np.array(2.0));\n"],
    ['Korean text and emoji', '// 역전파 backpropagation 🙂\n'],
    ['nothing', ''],
    ['a long program', 'console.log(1);\n'.repeat(2000)],
  ])('%s comes back as it was', async (_, code) => {
    const hash = await encodeCode(code);
    expect(hasCode(hash)).toBe(true);
    expect(hash).toMatch(/^#code=[A-Za-z0-9_-]*$/); // base64url: nothing a URL must escape
    await expect(decodeCode(hash)).resolves.toBe(code);
  });

  it('compresses: a long program makes a short link', async () => {
    expect((await encodeCode('console.log(1);\n'.repeat(2000))).length).toBeLessThan(200);
  });

  it('refuses a fragment that is not shared code, or is cut short', async () => {
    expect(hasCode('#step-18')).toBe(false);
    await expect(decodeCode('#step-18')).rejects.toThrow('not a shared-code link: #step-18');
    const hash = await encodeCode('console.log("a fairly long line of code to cut");');
    await expect(decodeCode(hash.slice(0, 20))).rejects.toThrow(/was the link cut short\?/);
    await expect(decodeCode('#code=%%%')).rejects.toThrow(/not base64url text/);
  });
});
