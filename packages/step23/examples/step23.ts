// The book's steps/step23.py: step 22's code, imported from its
// package by name. The book's first lines, `if '__file__' in globals():
// sys.path.append(...)`, have no counterpart: Node finds '@dezero/step23'
// through package.json's "exports".
import { np, Variable } from '@dezero/step23';

const x = new Variable(np.array(1.0));
const y = x.add(3).pow(2); // (x + 3) ** 2
y.backward();

console.log(y);
console.log(String(x.grad)); // print() shows str(): 8.0
