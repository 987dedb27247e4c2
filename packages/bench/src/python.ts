/**
 * Runs the Python scripts beside this file (`numpy_bench.py`, `dezero_bench.py`): once,
 * parsing the JSON it prints, or as a server that answers one JSON line per request, so
 * that Python's figures can be taken in turns with TypeScript's. Either way it says why
 * when Python cannot run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A section that could not run, and why (`--no-numpy`, or no python3 with NumPy). */
export interface Skipped {
  skipped: string;
}

export function isSkipped<T extends object>(result: T | Skipped): result is Skipped {
  return 'skipped' in result;
}

const scriptPath = (script: string) => fileURLToPath(new URL(script, import.meta.url));

/** The environment for Python: OpenBLAS tuning variables slow a current NumPy on some machines. */
function pythonEnv(): NodeJS.ProcessEnv {
  const { OPENBLAS_CORETYPE: _coretype, OPENBLAS_L2_SIZE: _l2, ...env } = process.env;
  return env;
}

const notAvailable = (why: string): Skipped => ({
  skipped: `python3 with numpy is not available (${why})`,
});

export function runPython<T>(script: string, args: readonly (string | number)[]): T | Skipped {
  const run = spawnSync('python3', [scriptPath(script), ...args.map(String)], {
    encoding: 'utf8',
    env: pythonEnv(),
  });
  if (run.error !== undefined || run.status !== 0) {
    return notAvailable(run.error?.message ?? run.stderr.trim().split('\n').at(-1) ?? 'failed');
  }
  return JSON.parse(run.stdout) as T;
}

/** A Python script running as a server: one JSON line in, one JSON line out. */
export interface PythonServer<Hello> {
  /** The first line the script printed. */
  hello: Hello;
  ask<T>(request: unknown): Promise<T>;
  close(): void;
}

export async function startPython<Hello>(
  script: string,
  args: readonly string[],
): Promise<PythonServer<Hello> | Skipped> {
  const child = spawn('python3', [scriptPath(script), ...args], {
    env: pythonEnv(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const failure = new Promise<Skipped>((resolve) => {
    child.on('error', (error) => resolve(notAvailable(error.message)));
    child.on('exit', () => resolve(notAvailable(stderr.trim().split('\n').at(-1) || 'failed')));
  });
  const next = async <T>(): Promise<T | Skipped> => {
    const line = await Promise.race([lines.next(), failure]);
    if ('skipped' in line) return line;
    if (line.done === true) return await failure;
    return JSON.parse(line.value) as T;
  };
  const hello = await next<Hello>();
  if (typeof hello === 'object' && hello !== null && 'skipped' in hello) return hello;
  return {
    hello,
    async ask<T>(request: unknown): Promise<T> {
      child.stdin.write(`${JSON.stringify(request)}\n`);
      const answer = await next<T>();
      if (typeof answer === 'object' && answer !== null && 'skipped' in answer) {
        throw new Error(`${script} stopped: ${(answer as Skipped).skipped}`);
      }
      return answer as T;
    },
    close() {
      child.stdin.end();
    },
  };
}
