// Prints the gzip size of what partners download. The budgets are enforced
// once the performance work (issue 8) lands; until then this only reports.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const gz = (file) => gzipSync(readFileSync(file), {level: 9}).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const rows = [['dist/embed.js (Lit + every element + data)', gz('dist/embed.js')]];
for (const name of readdirSync('dist').filter((f) => f.endsWith('.js') && f !== 'embed.js')) {
  rows.push([`dist/${name}`, gz(`dist/${name}`)]);
}
const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks') : [];
for (const name of chunks.filter((f) => f.endsWith('.js'))) {
  rows.push([`dist/chunks/${name}`, gz(`dist/chunks/${name}`)]);
}
console.log('gzip sizes:');
for (const [file, bytes] of rows) console.log(`  ${kb(bytes).padStart(9)}  ${file}`);
