// The book's steps/step16.py: the graph of step 15, now with generations.
import { add, np, square, Variable } from '@dezero/step16';

const x = new Variable(np.array(2.0));
const a = square(x);
const y = add(square(a), square(a));
y.backward();

console.log(String(y.data));
console.log(String(x.grad));
