/**
 * The standalone test page (index.html in the built folder): `?step=18` shows step 18's
 * demo as a step page does, and mounts the playground through the loader on first use —
 * at once when the URL holds shared code. The browser tests drive it.
 */
import { hasSharedCode, mountPlayground } from './loader.ts';

const steps = document.querySelector('meta[name="dezero-steps"]')?.getAttribute('content') ?? '';
const pages = [...steps.split(',').filter(Boolean), 'appendix'];
const asked = new URLSearchParams(location.search).get('step') ?? pages[0];
const step = pages.includes(asked) ? asked : pages[0];

const nav = document.querySelector('nav') as HTMLElement;
for (const page of pages) {
  const link = Object.assign(document.createElement('a'), {
    href: `?step=${page}`,
    textContent: page,
  });
  nav.append(link);
}
(document.querySelector('h1') as HTMLElement).textContent =
  step === 'appendix' ? 'Appendix: Define-and-Run' : `Step ${step}`;

const theme = document.getElementById('theme') as HTMLButtonElement;
theme.addEventListener('click', () => {
  const dark = document.documentElement.classList.toggle('dark');
  theme.textContent = dark ? 'Light' : 'Dark';
});

const host = document.getElementById('playground') as HTMLElement;
const source = await fetch(`sources/${step}.ts`).then((response) => response.text());
(host.querySelector('pre') as HTMLElement).textContent = source;

const open = async (run: boolean) => {
  // Kept for the browser tests, which read the editor's text through it.
  (window as unknown as { playground: unknown }).playground = await mountPlayground(host, {
    step,
    source,
    run,
  });
};
(document.getElementById('run') as HTMLElement).addEventListener('click', () => void open(true));
(document.getElementById('open') as HTMLElement).addEventListener('click', () => void open(false));
if (hasSharedCode()) void open(false);
