// The book's steps/step24.py: the gradients of three test functions
// at (x, y) = (1, 1). Departures: the book defines sphere, matyas and
// goldstein in this file and prints only Goldstein–Price's gradient
// (`z = goldstein(x, y)  # sphere(x, y) / matyas(x, y)`); here they
// come from the package, and all three print, Goldstein–Price last.
import { goldstein, matyas, np, sphere, Variable } from '@dezero/step24';

for (const f of [sphere, matyas, goldstein]) {
  const x = new Variable(np.array(1.0));
  const y = new Variable(np.array(1.0));
  const z = f(x, y);
  z.backward();
  console.log(String(x.grad), String(y.grad)); // print(x.grad, y.grad)
}
