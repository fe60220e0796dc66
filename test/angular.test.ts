import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '@angular/compiler';
import {Component, CUSTOM_ELEMENTS_SCHEMA, type ApplicationRef} from '@angular/core';
import {bootstrapApplication} from '@angular/platform-browser';
import '../src/index.js';
import type {GutChecklistChangeDetail, PartnerTeaser} from '../src/index.js';
import {all, texts} from './helpers.js';

/** The README's Angular component: its template, and whether it declares the custom-elements schema. */
async function readmeAngular(): Promise<{template: string; schema: boolean}> {
  const readme = await (await fetch('/README.md')).text();
  const block = /```ts\n(import \{CUSTOM_ELEMENTS_SCHEMA[\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const template = /template: `([\s\S]*?)`/.exec(block);
  if (!template) throw new Error('README.md: no Angular component (a ```ts block with a template)');
  return {template: template[1], schema: /schemas: \[CUSTOM_ELEMENTS_SCHEMA\]/.test(block)};
}

/** Console errors and warnings while `fn` runs: Angular reports unknown elements and properties there. */
async function captureConsole(fn: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const {error, warn} = console;
  console.error = console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    Object.assign(console, {error, warn});
  }
  return said;
}

describe('Angular, as the README sets it up', () => {
  it('compiles the template, passes a list as a property and hears the change event, with no error from Angular', async () => {
    const {template, schema} = await readmeAngular();
    // Angular's ahead-of-time compiler rejects unknown tags without this schema.
    // This test compiles just in time, which lets any defined custom element
    // through, so the README's line is checked here as text.
    expect(schema, 'the README declares CUSTOM_ELEMENTS_SCHEMA').to.equal(true);
    const seen: GutChecklistChangeDetail[] = [];

    @Component({selector: 'app-post', standalone: true, schemas: [CUSTOM_ELEMENTS_SCHEMA], template})
    class PostComponent {
      teasers: PartnerTeaser[] = [{title: 'Our own post', url: '/blog/our-own-post'}];
      onChange(event: Event) {
        seen.push((event as CustomEvent<GutChecklistChangeDetail>).detail);
      }
    }

    const host = await fixture(html`<div><app-post></app-post></div>`);
    let app!: ApplicationRef;
    const said = await captureConsole(async () => {
      app = await bootstrapApplication(PostComponent);
      await waitUntil(() => host.querySelector('hot-articles')?.shadowRoot?.querySelector('[part=title]'), 'never rendered');
    });
    try {
      expect(said, 'console errors and warnings').to.deep.equal([]);
      expect(texts(host.querySelector('hot-articles')!, 'title')).to.deep.equal(['Our own post']);
      const checklist = host.querySelector('gut-checklist')!;
      await waitUntil(() => checklist.shadowRoot!.querySelector('input'), 'no checklist');
      const boxes = all(checklist, 'input');
      boxes[1].click();
      expect(seen).to.have.length(1);
      expect(seen[0].checked).to.have.length(1);
      expect(seen[0].total).to.equal(boxes.length);
    } finally {
      app.destroy();
    }
  });
});
