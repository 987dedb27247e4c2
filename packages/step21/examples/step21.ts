// The book's steps/step21.py: arrays and numbers mixed with variables.
import { np, Variable } from '@dezero/step21';

const x = new Variable(np.array(2.0));
let y = x.add(np.array(3.0)); // x + np.array(3.0)
console.log(y);

y = x.add(3.0); // x + 3.0
console.log(y);

y = x.rmul(3.0).add(1.0); // 3.0 * x + 1.0: Python calls x.__rmul__(3.0)
console.log(y);
