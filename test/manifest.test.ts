import {expect} from '@open-wc/testing';
import {fetchJson, manifestElements} from './helpers.js';
import type {Described, ElementDeclaration} from './helpers.js';

const TAGS = ['nutrient-card', 'gut-checklist', 'hot-articles', 'health-article', 'innateheal-provider'];

describe('the custom elements manifest (dist/custom-elements.json)', () => {
  let elements: ElementDeclaration[];
  before(async () => {
    elements = await manifestElements();
  });

  it('has every element, each with a summary', () => {
    expect(elements.map((el) => el.tagName)).to.have.members(TAGS);
    for (const el of elements) expect(el.summary?.trim().length, el.tagName).to.be.greaterThan(0);
  });

  it('describes every public attribute, property, event and part', () => {
    const missing: string[] = [];
    for (const el of elements) {
      const publicMembers = (el.members ?? []).filter((m) => (!m.privacy || m.privacy === 'public') && !m.static);
      const groups: [string, Described[]][] = [
        ['attribute', el.attributes ?? []],
        ['property', publicMembers],
        ['event', el.events ?? []],
        ['part', el.cssParts ?? []],
      ];
      for (const [what, items] of groups) {
        for (const item of items) if (!item.description?.trim()) missing.push(`${el.tagName} ${what} ${item.name}`);
      }
    }
    expect(missing, 'undescribed public API').to.deep.equal([]);
  });

  // The script-tag bundles shorten every `_name` (rollup.config.mjs): a public
  // one would have another name in embed.js than in the docs.
  it('names no public property or method with a leading underscore', () => {
    const underscored = elements.flatMap((el) =>
      (el.members ?? [])
        .filter((m) => (!m.privacy || m.privacy === 'public') && m.name.startsWith('_'))
        .map((m) => `${el.tagName}: ${m.name}`)
    );
    expect(underscored).to.deep.equal([]);
    const internal = elements.flatMap((el) => (el.members ?? []).filter((m) => m.name.startsWith('_')));
    expect(internal.length, 'protected and private members, named with _').to.be.greaterThan(10);
  });

  it('lists the events partners listen to', () => {
    const events = elements.flatMap((el) => (el.events ?? []).map((e) => `${el.tagName}: ${e.name}`));
    expect(events).to.have.members(['gut-checklist: gut-checklist-change', 'hot-articles: hot-articles-select']);
  });

  it('feeds VS Code and JetBrains autocompletion with every tag and attribute', async () => {
    const vscode = await fetchJson('/dist/vscode.html-custom-data.json');
    const webTypes = await fetchJson('/dist/web-types.json');
    expect(vscode.tags.map((t: {name: string}) => t.name)).to.have.members(TAGS);
    expect(webTypes.contributions.html.elements.map((t: {name: string}) => t.name)).to.have.members(TAGS);
    const card = vscode.tags.find((t: {name: string}) => t.name === 'nutrient-card');
    const variant = card.attributes.find((a: {name: string}) => a.name === 'variant');
    expect(variant.values.map((v: {name: string}) => v.name)).to.deep.equal(['full', 'compact']);
  });
});
