/**
 * The site's theme: VitePress's default theme, with the diff view (DiffView.vue), the
 * playground of the step pages (StepPlayground.vue, which markdown.ts puts after a demo), figures
 * that open full size on a click or a tap (FigureZoom.vue), a styled 404 page (NotFound.vue),
 * and the site's stylesheet.
 */
import StepPlayground from '@dezero/playground/StepPlayground.vue';
import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import { h } from 'vue';
import DiffView from './DiffView.vue';
import FigureZoom from './FigureZoom.vue';
import NotFound from './NotFound.vue';
import 'diff2html/bundles/css/diff2html.min.css';
import './diffView.css';
import './site.css';

export default {
  extends: DefaultTheme,
  Layout: () =>
    h(DefaultTheme.Layout, null, {
      'not-found': () => h(NotFound),
      'layout-bottom': () => h(FigureZoom),
    }),
  enhanceApp({ app }) {
    app.component('DiffView', DiffView);
    app.component('StepPlayground', StepPlayground);
  },
} satisfies Theme;
