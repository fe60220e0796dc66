import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {computedStyle} from './helpers.js';

// The other tests render the TypeScript sources; partners get them after the
// build has rewritten them: the template minifier (scripts/minify-templates.mjs)
// squeezes the white space out of every html`` and css`` template, and terser
// renames and folds the rest. Here the built bundle and the sources render the
// same page side by side, and every widget must come out the same: the same
// text where a reader sees it, the same boxes, the same computed styles.

const WIDGETS = `
<main>
  <p>Nutrients such as <nutrient-card nutrient="zinc" variant="compact">zinc</nutrient-card>,
    <nutrient-card nutrient="Vitamin D" variant="compact"></nutrient-card> and
    <nutrient-card nutrient="no-such" variant="compact"></nutrient-card> matter.</p>
  <nutrient-card eager nutrient="omega-3"></nutrient-card>
  <nutrient-card eager nutrient="no-such"></nutrient-card>
  <gut-checklist eager></gut-checklist>
  <gut-checklist eager list="seek-care" heading="When to see a doctor"></gut-checklist>
  <gut-checklist eager list="no-such"></gut-checklist>
  <hot-articles eager></hot-articles>
  <hot-articles eager category="no-such"></hot-articles>
  <health-article eager></health-article>
  <health-article eager sections="no-such"></health-article>
  <innateheal-provider theme="dark" partner="acme" link-target="_blank">
    <nutrient-card eager nutrient="magnesium"></nutrient-card>
    <gut-checklist eager list="lifestyle"></gut-checklist>
    <hot-articles eager limit="2" heading-level="3"></hot-articles>
  </innateheal-provider>
</main>`;

const TAGS = 'nutrient-card, gut-checklist, hot-articles, health-article';

/** A frame 700px wide that loads `script` (a module, unless it is the classic script) and shows WIDGETS. */
async function page(script: string): Promise<Document> {
  const type = script.endsWith('.iife.js') ? '' : 'type="module"';
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe
      style="width: 700px; height: 400px; border: 0"
      srcdoc=${`<!doctype html><html lang="en"><body>${WIDGETS}<script ${type} src="${script}"></script></body></html>`}
    ></iframe>`
  );
  const doc = () => frame.contentDocument!;
  await waitUntil(() => doc().readyState === 'complete' && doc().querySelectorAll(TAGS).length > 0, 'frame never loaded', {
    timeout: 4000,
  });
  const widgets = [...doc().querySelectorAll<HTMLElement & {updateComplete: Promise<boolean>}>(TAGS)];
  await waitUntil(() => widgets.every((el) => el.shadowRoot?.childElementCount), `${script} never rendered`, {timeout: 4000});
  // Then the carousel's observer reports which cards are in view, and its
  // buttons update: two of the frame's own frames, and their renders.
  for (let i = 0; i < 2; i++) await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
  await Promise.all(widgets.map((el) => el.updateComplete));
  return doc();
}

interface Box {
  path: string;
  text: string;
  rect: string;
  style: Record<string, string>;
}

/** Every element of every widget's shadow tree: what it shows, where, and how it is styled. */
function snapshot(doc: Document): Box[] {
  const boxes: Box[] = [];
  const walk = (el: Element, path: string) => {
    const {x, y, width, height} = el.getBoundingClientRect();
    boxes.push({
      path,
      text: el instanceof HTMLElement && el.shadowRoot === null ? el.innerText : '',
      rect: [x, y, width, height].map((n) => n.toFixed(1)).join(' '),
      style: computedStyle(el),
    });
    [...(el.shadowRoot ?? el).children].forEach((child, i) => walk(child, `${path} > ${child.localName}:${i}`));
  };
  [...doc.querySelectorAll(TAGS)].forEach((el, i) => walk(el, `${el.localName}#${i}`));
  return boxes;
}

/** The page's snapshot, then another with the first chip focused: its tooltip and focus ring shown. */
async function snapshots(doc: Document): Promise<Box[]> {
  const still = snapshot(doc);
  const chip = doc.querySelector('nutrient-card')!.shadowRoot!.querySelector<HTMLElement>('.chip')!;
  chip.focus();
  await new Promise((resolve) => doc.defaultView!.requestAnimationFrame(resolve));
  return [...still, ...snapshot(doc).map((box) => ({...box, path: `focused: ${box.path}`}))];
}

/** Where two snapshots differ, each difference as one readable line. */
function differences(built: Box[], source: Box[]): string[] {
  const found: string[] = [];
  const count = Math.max(built.length, source.length);
  for (let i = 0; i < count && found.length < 10; i++) {
    const a = built[i];
    const b = source[i];
    if (a?.path !== b?.path) {
      found.push(`element ${i}: built ${a?.path}, source ${b?.path}`);
      break;
    }
    if (a.text !== b.text) found.push(`${a.path} text: built ${JSON.stringify(a.text)}, source ${JSON.stringify(b.text)}`);
    if (a.rect !== b.rect) found.push(`${a.path} box: built ${a.rect}, source ${b.rect}`);
    for (const name of Object.keys(b.style)) {
      if (a.style[name] !== b.style[name]) found.push(`${a.path} ${name}: built ${a.style[name]}, source ${b.style[name]}`);
    }
  }
  return found;
}

describe('the built bundles', () => {
  for (const file of ['embed.js', 'embed.iife.js']) {
    it(`${file} renders every widget as its source does: the same text, boxes and styles`, async () => {
      const built = await snapshots(await page(`/dist/${file}`));
      const source = await snapshots(await page('/src/index.ts'));
      expect(source.length, 'elements rendered').to.be.above(200);
      expect(differences(built, source)).to.deep.equal([]);
    });
  }
});
