/**
 * The book's step 24: three of the test functions of optimization (최적화 문제의 테스트
 * 함수), the benchmark functions that show how good an optimization method is, written with
 * the operators as the book writes them (`x ** 2` is `x.pow(2)`, `0.26 * v` is
 * `v.rmul(0.26)`, `19 - v` is `v.rsub(19)`). Departure: the book defines them in
 * `steps/step24.py`, its demo; here they live in the step's package, so that the tests, the
 * page's figure and the bench run the very code the demo runs.
 * @module
 */
import type { Variable } from '@dezero/step23';

/** The sphere function, z = x² + y². The book's `x ** 2 + y ** 2`. */
export function sphere(x: Variable, y: Variable): Variable {
  const z = x.pow(2).add(y.pow(2));
  return z;
}

/**
 * The Matyas function, z = 0.26(x² + y²) − 0.48xy. The book's
 * `0.26 * (x ** 2 + y ** 2) - 0.48 * x * y`.
 */
export function matyas(x: Variable, y: Variable): Variable {
  const z = x.pow(2).add(y.pow(2)).rmul(0.26).sub(x.rmul(0.48).mul(y));
  return z;
}

/**
 * The Goldstein–Price function, z = [1 + (x + y + 1)²(19 − 14x + 3x² − 14y + 6xy + 3y²)] ·
 * [30 + (2x − 3y)²(18 − 32x + 12x² + 48y − 36xy + 27y²)]. The book's
 * `(1 + (x + y + 1)**2 * (19 - 14*x + 3*x**2 - 14*y + 6*x*y + 3*y**2)) *
 *  (30 + (2*x - 3*y)**2 * (18 - 32*x + 12*x**2 + 48*y - 36*x*y + 27*y**2))`,
 * one factor at a time.
 */
export function goldstein(x: Variable, y: Variable): Variable {
  // 1 + (x + y + 1)**2 * (19 - 14*x + 3*x**2 - 14*y + 6*x*y + 3*y**2)
  const z0 = x
    .add(y)
    .add(1)
    .pow(2)
    .mul(
      x
        .rmul(14)
        .rsub(19)
        .add(x.pow(2).rmul(3))
        .sub(y.rmul(14))
        .add(x.rmul(6).mul(y))
        .add(y.pow(2).rmul(3)),
    )
    .radd(1);
  // 30 + (2*x - 3*y)**2 * (18 - 32*x + 12*x**2 + 48*y - 36*x*y + 27*y**2)
  const z1 = x
    .rmul(2)
    .sub(y.rmul(3))
    .pow(2)
    .mul(
      x
        .rmul(32)
        .rsub(18)
        .add(x.pow(2).rmul(12))
        .add(y.rmul(48))
        .sub(x.rmul(36).mul(y))
        .add(y.pow(2).rmul(27)),
    )
    .radd(30);
  const z = z0.mul(z1);
  return z;
}
