// The book's steps/step18.py: memory-saving mode and the no-grad mode.
import { add, noGrad, np, square, usingConfig, Variable } from '@dezero/step18';

const x0 = new Variable(np.array(1.0));
const x1 = new Variable(np.array(1.0));
const t = add(x0, x1);
const y = add(x0, t);
y.backward();

console.log(String(y.grad), String(t.grad)); // intermediate gradients were cleared
console.log(String(x0.grad), String(x1.grad)); // the leaves keep theirs

{
  using _ = usingConfig('enableBackprop', false);
  const x = new Variable(np.array(2.0));
  const y = square(x);
  console.log(String(y.creator)); // no graph was recorded (the book prints nothing here)
}

{
  using _ = noGrad();
  const x = new Variable(np.array(2.0));
  const y = square(x);
  console.log(String(y.creator));
}
