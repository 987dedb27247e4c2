/**
 * The graph worker: Graphviz, compiled to WebAssembly (@viz-js/viz), lays out the DOT text
 * that `plotDotGraph` wrote and draws it as SVG — the program the book's `plot_dot_graph`
 * runs (`dot`), here in a worker so a large graph never holds up the page.
 * @module
 */
import { instance } from '@viz-js/viz';
import type { GraphRequest, GraphResponse } from './protocol.ts';

declare const self: {
  postMessage(message: GraphResponse): void;
  onmessage: ((event: MessageEvent<GraphRequest>) => void) | null;
};

const viz = instance();

self.onmessage = async ({ data: { id, dot } }) => {
  const result = (await viz).render(dot, {
    format: 'svg',
    // The page's background shows through; the colours of the book's text stay as they are.
    graphAttributes: { bgcolor: 'transparent' },
  });
  if (result.status === 'success') {
    self.postMessage({ id, svg: result.output });
  } else {
    const messages = result.errors.map((error) => error.message.trim()).join('; ');
    self.postMessage({ id, error: `Graphviz could not draw the graph: ${messages}` });
  }
};
