/**
 * Seeded random numbers: the same stream as NumPy's legacy `np.random.seed` /
 * `np.random.randn` / `np.random.rand` (a Mersenne Twister, MT19937), so a seeded
 * program draws the same numbers as its Python original.
 * @module
 */

import { describeValue } from './describe.js';
import { NDArray } from './ndarray.js';
import { checkShape, shapeSize } from './shape.js';

/** The Mersenne Twister MT19937: 624 words of state, 32 random bits per call. */
class MersenneTwister {
  private readonly state = new Uint32Array(624);
  private index = 624;

  constructor(seed: number) {
    this.seed(seed);
  }

  /** The reference `init_genrand` seeding, which NumPy uses for an integer seed. */
  seed(seed: number): void {
    this.state[0] = seed;
    for (let i = 1; i < 624; i++) {
      const previous = this.state[i - 1];
      // Math.imul multiplies modulo 2**32, as the C code's uint32 arithmetic does.
      this.state[i] = Math.imul(1812433253, previous ^ (previous >>> 30)) + i;
    }
    this.index = 624;
  }

  /** The next 32 random bits, as a number in [0, 2**32). */
  nextUint32(): number {
    if (this.index >= 624) this.twist();
    let y = this.state[this.index++];
    // Tempering.
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A uniform double in [0, 1) with 53 random bits, as NumPy builds it from two draws. */
  nextDouble(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low) / 9007199254740992;
  }

  /** Regenerates the 624 words of state. */
  private twist(): void {
    const s = this.state;
    for (let i = 0; i < 624; i++) {
      const y = (s[i] & 0x80000000) | (s[(i + 1) % 624] & 0x7fffffff);
      s[i] = s[(i + 397) % 624] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }
}

/** Unseeded, start somewhere unpredictable, as NumPy does. */
const generator = new MersenneTwister(Math.floor(Math.random() * 2 ** 32));

/** The polar method makes normal numbers in pairs; the second waits here for the next call. */
let spareGauss: number | undefined;

/** A standard normal number, by NumPy's legacy polar (Marsaglia) method. */
function gauss(): number {
  if (spareGauss !== undefined) {
    const value = spareGauss;
    spareGauss = undefined;
    return value;
  }
  let x1: number;
  let x2: number;
  let r2: number;
  do {
    x1 = 2 * generator.nextDouble() - 1;
    x2 = 2 * generator.nextDouble() - 1;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1 || r2 === 0);
  const factor = Math.sqrt((-2 * Math.log(r2)) / r2);
  spareGauss = factor * x1;
  return factor * x2;
}

function fill(caller: string, dims: number[], draw: () => number): NDArray {
  const shape = checkShape(dims, caller);
  const data = new Float64Array(shapeSize(shape));
  for (let i = 0; i < data.length; i++) data[i] = draw();
  return new NDArray(data, shape);
}

/**
 * Seeded random arrays, like NumPy's legacy `np.random` functions and with the same
 * numbers: after `random.seed(0)`, `random.randn(3)` is `[1.76405235 0.40015721 0.97873798]`
 * exactly as in Python.
 */
export const random = Object.freeze({
  /**
   * Restarts the stream from `seed`, a whole number in [0, 2**32 - 1] (`np.random.seed`).
   * @throws RangeError for any other number; TypeError for a non-number.
   */
  seed(seed: number): void {
    if (typeof seed !== 'number') {
      throw new TypeError(`random.seed(): seed must be a number, got ${describeValue(seed)}`);
    }
    if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) {
      throw new RangeError(
        `random.seed(): seed must be a whole number in [0, 2**32 - 1], got ${seed}`,
      );
    }
    generator.seed(seed);
    spareGauss = undefined;
  },

  /**
   * Standard normal samples (mean 0, standard deviation 1) in an array of the given
   * dimensions: `randn(2, 3)`; `randn()` gives a 0-d array (`np.random.randn`).
   * @throws RangeError for a negative or fractional dimension.
   */
  randn(...shape: number[]): NDArray {
    return fill('random.randn()', shape, gauss);
  },

  /**
   * Uniform samples in [0, 1) in an array of the given dimensions (`np.random.rand`).
   * @throws RangeError for a negative or fractional dimension.
   */
  rand(...shape: number[]): NDArray {
    return fill('random.rand()', shape, () => generator.nextDouble());
  },
});
