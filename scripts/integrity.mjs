// Subresource Integrity hashes of the two files a page loads with a script
// tag, into dist/integrity.json, which ships in the package: a partner who
// loads a pinned version from a CDN adds its hash to the tag, and the browser
// then runs that exact file or nothing (docs/embedding.md, "Pin a version").
// With them, under "prerendered-styles", the `style-src` hash of each
// element's <style> in a pre-rendered page (docs/prerendering.md): a strict
// Content-Security-Policy allows exactly those, and no other inline style.
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {styleHashes} from '../dist/prerender.js';

const hash = (file) => `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
const integrity = Object.fromEntries(['embed.js', 'embed.iife.js'].map((file) => [file, hash(file)]));
integrity['prerendered-styles'] = await styleHashes();

writeFileSync('dist/integrity.json', JSON.stringify(integrity, null, 2) + '\n');
console.log('integrity: dist/integrity.json');
