// Renders markup of our elements on the server, with Lit's own renderer
// (@lit-labs/ssr and its DOM shim) and the built npm modules, as a Node build
// step would: `node scripts/server-render.mjs '<nutrient-card …>'` prints the
// HTML with each element's declarative shadow root. For test/server-render.test.ts,
// which holds every element to what the shim offers (no `matches`, no
// `closest`, no global event target) so that pre-rendering stays possible.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import '../dist/index.js';

const [markup = ''] = process.argv.slice(2);
process.stdout.write(await collectResult(render(html`${unsafeStatic(markup)}`)));
