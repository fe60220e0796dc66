// Test-runner commands that run in Node, for tests of the project's own
// scripts: `size-report` runs scripts/size.mjs, the size budgets that .ci/run
// enforces, on a made-up build (test/size-budgets.test.ts).
import {execFile} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/**
 * Writes each of `files` ({name: content}) and gives size.mjs's exit code and
 * output for that folder. A number of bytes is written as random bytes, which
 * gzip cannot shrink (its size is the file's, plus a header); text as it is.
 */
function sizeReport(files) {
  const dir = mkdtempSync(join(tmpdir(), 'ih-size-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'number' ? randomBytes(content) : content);
  }
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/size.mjs', dir], (error, stdout, stderr) => {
      rmSync(dir, {recursive: true, force: true});
      resolve({code: error ? error.code : 0, output: stdout + stderr});
    });
  });
}

export function nodeCommands() {
  return {
    name: 'innateheal-node-commands',
    executeCommand({command, payload}) {
      if (command === 'size-report') return sizeReport(payload.files);
      return undefined;
    },
  };
}
