import { existingSteps } from '@dezero/tools/steps';
import { codePage } from '../.vitepress/pages.js';

export default {
  paths: () =>
    existingSteps().map((step) => ({
      params: { step: String(step), source: `packages/step${step}/src` },
      content: codePage(step),
    })),
};
