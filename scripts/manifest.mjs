// What the generated pages and editor data share: the custom elements the
// build's manifest (dist/custom-elements.json) declares, and HTML escaping.
import {readFileSync} from 'node:fs';

/** Every custom element in the manifest, in its modules' order. */
export const manifestElements = () =>
  JSON.parse(readFileSync(new URL('../dist/custom-elements.json', import.meta.url), 'utf8'))
    .modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);

/** `text` as HTML text or attribute value. */
export const escape = (text = '') =>
  String(text).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
