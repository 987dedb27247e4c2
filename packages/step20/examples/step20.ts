// The book's steps/step20.py: y = a * b + c, written with methods.
import { np, Variable } from '@dezero/step20';

const a = new Variable(np.array(3.0));
const b = new Variable(np.array(2.0));
const c = new Variable(np.array(1.0));

// y = add(mul(a, b), c)
const y = a.mul(b).add(c);
y.backward();

console.log(y);
console.log(String(a.grad));
console.log(String(b.grad));
