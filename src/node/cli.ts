#!/usr/bin/env node
/// <reference types="node" />
// The package's command line (Node only):
//   innateheal-widgets prerender [in.html] [-o out.html] [--strings strings.json]
//   innateheal-widgets csp
import {readFileSync, writeFileSync} from 'node:fs';
import {prerender, styleHashes} from './prerender.js';
import type {PrerenderOptions} from './prerender.js';

const USAGE = `Usage:
  innateheal-widgets prerender [in.html] [-o out.html] [--strings strings.json]
      Expands every InnateHeal widget tag in the HTML into its declarative
      shadow root. Reads stdin without a file; writes stdout without -o.
      --strings: a JSON object of UI text, the strings your script gives
      your providers; every <innateheal-provider> renders with it.
  innateheal-widgets csp
      Prints the style-src a strict Content-Security-Policy needs for
      pre-rendered widgets.`;

/** Ends the command with one clear line, and a non-zero exit code. */
function fail(message: string): never {
  process.stderr.write(`innateheal-widgets: ${message}\n`);
  process.exit(1);
}

/** The reason a file could not be read or written, in words. */
const why = (error: unknown) => {
  const {code, message} = error as NodeJS.ErrnoException;
  return (
    {ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a directory'}[code ?? ''] ?? message
  );
};

async function main([command, ...args]: string[]) {
  if (command == 'csp') {
    process.stdout.write(`style-src 'self' ${Object.values(await styleHashes()).join(' ')}\n`);
    return;
  }
  if (command == '-h' || command == '--help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command != 'prerender') fail(command ? `unknown command "${command}"\n${USAGE}` : USAGE);

  let input: string | undefined;
  let output: string | undefined;
  let stringsFile: string | undefined;
  /** The file name after option `args[i]`. */
  const fileFor = (i: number) => args[i + 1] || fail(`${args[i]} needs a file name`);
  for (let i = 0; i < args.length; i++) {
    if (args[i] == '-o' || args[i] == '--output') output = fileFor(i++);
    else if (args[i] == '--strings') stringsFile = fileFor(i++);
    else if (args[i].startsWith('-') && args[i] != '-') fail(`unknown option "${args[i]}"`);
    else if (input === undefined) input = args[i];
    else fail(`one input file at most, got "${input}" and "${args[i]}"`);
  }

  let source: string;
  const from = !input || input == '-' ? 0 : input;
  try {
    source = readFileSync(from, 'utf8');
  } catch (error) {
    fail(`cannot read ${from === 0 ? 'stdin' : `"${from}"`}: ${why(error)}`);
  }
  const options: PrerenderOptions = {};
  if (stringsFile) {
    let strings: unknown;
    try {
      strings = JSON.parse(readFileSync(stringsFile, 'utf8'));
    } catch (error) {
      fail(`cannot read "${stringsFile}": ${error instanceof SyntaxError ? `not JSON (${error.message})` : why(error)}`);
    }
    if (!strings || typeof strings != 'object' || Array.isArray(strings)) fail(`"${stringsFile}" is not a JSON object of strings`);
    options.strings = strings;
  }
  const result = await prerender(source, options);
  if (!output) {
    process.stdout.write(result);
    return;
  }
  try {
    writeFileSync(output, result);
  } catch (error) {
    fail(`cannot write "${output}": ${why(error)}`);
  }
}

await main(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
