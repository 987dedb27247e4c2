import { codePage } from '../.vitepress/pages.js';
import { existingSteps } from '@dezero/tools/steps';

export default {
  paths: () =>
    existingSteps().map((step) => ({
      params: { step: String(step), source: `packages/step${step}/src` },
      content: codePage(step),
    })),
};
