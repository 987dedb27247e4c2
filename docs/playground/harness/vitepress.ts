/**
 * What StepPlayground.vue uses of VitePress, for the test page that mounts it (vue.html): the
 * site's base path. The test server serves the playground at /playground/, as the site will.
 */
export function withBase(path: string): string {
  return path;
}
