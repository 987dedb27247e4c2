/** Placeholder until the ndarray implementation lands. */
export const version = '0.1.0';
