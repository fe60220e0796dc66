// Runs a Node script of this project in a process of its own, with `input` on
// its stdin: how the test server, the tests' Node commands and the bench run
// the package's command line (dist/cli.js), whose DOM shim (Lit's, for
// pre-rendering) changes the globals of the Node that loads it.
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';

/** `node <script> ...args` (script relative to the project), to its end: `{code, stdout, stderr}`. */
export function runNode(script, args = [], {input = '', cwd} = {}) {
  return new Promise((resolve, reject) => {
    const file = fileURLToPath(new URL(`../${script}`, import.meta.url));
    const child = spawn(process.execPath, [file, ...args], {cwd});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
    child.stdin.end(input);
  });
}

/**
 * `html` through `innateheal-widgets prerender`, with `args` (file names
 * relative to the project); throws with its message if it fails.
 */
export async function prerender(html, args = []) {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const {code, stdout, stderr} = await runNode('dist/cli.js', ['prerender', ...args], {input: html, cwd});
  if (code !== 0) throw new Error(`prerender exited ${code}: ${stderr}`);
  return stdout;
}
