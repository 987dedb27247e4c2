// Step 15 writes no code: it runs the framework of step 14 on a graph where an
// intermediate variable feeds two functions, and shows the gradient coming out wrong.
import { add, np, numericalDiff, square, Variable } from '@dezero/step15';

// The book's step 14: a variable used twice, then three times.
const x = new Variable(np.array(3.0));
let y = add(x, x);
y.backward();
console.log(String(x.grad));

x.cleargrad();
y = add(add(x, x), x);
y.backward();
console.log(String(x.grad));

// Step 15's lesson: y = a² + a² with a = x², at x = 2.
const f = (v: Variable) => {
  const a = square(v);
  return add(square(a), square(a));
};
const x2 = new Variable(np.array(2.0));
const y2 = f(x2);
y2.backward();
console.log('y =', String(y2.data));
console.log('x.grad (backward) =', String(x2.grad));
console.log('numerical diff     =', numericalDiff(f, x2).item().toFixed(4));
