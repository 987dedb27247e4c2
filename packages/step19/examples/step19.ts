// The book's steps/step19.py: a Variable with a name, a shape, and a readable print.
import { np, Variable } from '@dezero/step19';

const x = new Variable(
  np.array(
    [
      [1, 2, 3],
      [4, 5, 6],
    ],
    { dtype: 'int64' },
  ),
);
x.name = 'x';

console.log(x.name);
console.log(x.shape);
console.log(x);
