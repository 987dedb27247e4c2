// The book's steps/step22.py: the remaining operators, as methods.
import { np, Variable } from '@dezero/step22';

const x = new Variable(np.array(2.0));

let y = x.neg(); // -x
console.log(y);

const y1 = x.rsub(2.0); // 2.0 - x
const y2 = x.sub(1.0); // x - 1.0
console.log(y1);
console.log(y2);

y = x.rdiv(3.0); // 3.0 / x
console.log(y);

y = x.pow(3); // x ** 3
y.backward(); // as in the book, which prints only y
console.log(y);
