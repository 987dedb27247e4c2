/**
 * `pnpm --filter @dezero/docs dev:report`: how fast `pnpm dev` is on this machine, printed,
 * never asserted (times depend on the machine and what else it runs):
 * - from `pnpm dev` to its address, and to the first page shown in headless Chromium;
 * - for a page (the glossary) and a step's README (step 18), five saves each: the time from
 *   the save to the new line shown in the open tab (a line added, then taken away again).
 */
import { cpus, loadavg } from 'node:os';
import { launch } from './chromium.js';
import { appendParagraph, openShown, startDev } from './devServer.js';

const started = performance.now();
const dev = await startDev();
const ms = (value: number) => `${Math.round(value)} ms`;
const browser = await launch().catch(async (error: unknown) => {
  await dev.stop();
  throw error;
});
try {
  const rows: string[] = [];
  for (const [file, path] of [
    ['docs/glossary.md', 'glossary'],
    ['packages/step18/README.md', 'steps/18'],
  ] as const) {
    const page = await browser.newPage();
    await openShown(page, dev, path);
    if (rows.length === 0) {
      console.log(`pnpm dev printed its address after ${ms(dev.startedIn)}`);
      console.log(`the first page (/${path}) was shown after ${ms(performance.now() - started)}`);
    }
    const times: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const line = `Saved line ${i} (${Date.now()}).`;
      const saved = performance.now();
      const restore = appendParagraph(file, line);
      try {
        await page.getByText(line, { exact: true }).waitFor({ timeout: 20_000 });
        times.push(performance.now() - saved);
      } finally {
        restore();
      }
      await page.getByText(line, { exact: true }).waitFor({ state: 'detached', timeout: 20_000 });
      await new Promise((resolve) => setTimeout(resolve, 300)); // a writer's pace
    }
    rows.push(`| ${file} (/${path}) | ${times.map(ms).join(', ')} |`);
    await page.close();
  }
  console.log('\n| saved file (page open) | save → shown in the tab, 5 saves |\n| --- | --- |');
  for (const row of rows) console.log(row);
  console.log(
    `\nload average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')} on ${cpus().length} cores`,
  );
} finally {
  await browser.close();
  await dev.stop();
}
