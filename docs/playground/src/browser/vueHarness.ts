/**
 * The test page of StepPlayground.vue (vue.html in the built folder): the component as a
 * VitePress step page will use it, its slot holding the demo's text. The browser tests
 * check that it loads nothing of the playground until a button is pressed.
 */
import { createApp, h } from 'vue';
// @ts-expect-error Resolved by build.ts, which compiles the component with @vue/compiler-sfc.
import StepPlayground from '../../StepPlayground.vue';

const step = new URLSearchParams(location.search).get('step') ?? '18';
const source = await fetch(`sources/${step}.ts`).then((response) => response.text());
createApp({
  render: () =>
    h(StepPlayground, { step, source }, { default: () => h('pre', { class: 'demo' }, source) }),
}).mount('#app');
