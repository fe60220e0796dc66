// Subresource Integrity hashes of the two files a page loads with a script
// tag, into dist/integrity.json, which ships in the package: a partner who
// loads a pinned version from a CDN adds its hash to the tag, and the browser
// then runs that exact file or nothing (docs/embedding.md, "Pin a version").
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';

const hash = (file) => `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
const integrity = Object.fromEntries(['embed.js', 'embed.iife.js'].map((file) => [file, hash(file)]));

writeFileSync('dist/integrity.json', JSON.stringify(integrity, null, 2) + '\n');
console.log('integrity: dist/integrity.json');
