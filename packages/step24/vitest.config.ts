export { oneWorker as default } from '../../vitest.shared.ts';
