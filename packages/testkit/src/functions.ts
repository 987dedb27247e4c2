/**
 * The book's step 24 test functions (최적화 문제의 벤치마크 함수), written with step 22's
 * methods: the sphere, Matyas, and Goldstein–Price. Generic in the step's Variable, so
 * that the suites and the bench can run them on step 22 and every later step.
 * @module
 */
import type { Variable22 } from './suites/step22.js';

export function sphere<V extends Variable22<V>>(x: V, y: V): V {
  return x.pow(2).add(y.pow(2));
}

export function matyas<V extends Variable22<V>>(x: V, y: V): V {
  return x.pow(2).add(y.pow(2)).rmul(0.26).sub(x.mul(y).rmul(0.48));
}

export function goldsteinPrice<V extends Variable22<V>>(x: V, y: V): V {
  const a = x.add(y).add(1).pow(2);
  const b = x
    .rmul(-14)
    .radd(19)
    .add(x.pow(2).rmul(3))
    .sub(y.rmul(14))
    .add(x.mul(y).rmul(6))
    .add(y.pow(2).rmul(3));
  const c = x.rmul(2).sub(y.rmul(3)).pow(2);
  const d = x
    .rmul(-32)
    .radd(18)
    .add(x.pow(2).rmul(12))
    .add(y.rmul(48))
    .sub(x.mul(y).rmul(36))
    .add(y.pow(2).rmul(27));
  // [1 + (x + y + 1)² · (19 − 14x + 3x² − 14y + 6xy + 3y²)] ·
  // [30 + (2x − 3y)² · (18 − 32x + 12x² + 48y − 36xy + 27y²)]
  return a.mul(b).radd(1).mul(c.mul(d).radd(30));
}
