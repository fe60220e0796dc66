// Pre-renders a site of N posts (default 1,000), each the post read from
// stdin with its own title and heading, with the package's prerender() from
// dist/, and prints the time it took as JSON: {posts, ms}. Run by
// bench/bench.mjs in a process of its own (Lit's DOM shim changes the
// globals of the Node that loads it).
import {readFileSync} from 'node:fs';
import {prerender} from '../dist/prerender.js';

const posts = Number(process.argv[2] ?? 1000);
const post = readFileSync(0, 'utf8');
const nth = (i) => post.replace(/A partner's post/g, `A partner's post, number ${i + 1}`);
// Once first, as a build tool would have loaded the module before its pages.
await prerender(nth(-1));
const start = performance.now();
let bytes = 0;
for (let i = 0; i < posts; i++) bytes += (await prerender(nth(i))).length;
process.stdout.write(JSON.stringify({posts, ms: performance.now() - start, bytes}));
