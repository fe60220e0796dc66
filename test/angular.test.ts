import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '@angular/compiler';
import {Component, CUSTOM_ELEMENTS_SCHEMA, type ApplicationRef} from '@angular/core';
import {bootstrapApplication} from '@angular/platform-browser';
import '../src/index.js';
import type {GutChecklistChangeDetail, PartnerTeaser} from '../src/index.js';
import {all, texts} from './helpers.js';

/** The frameworks guide's Angular component (docs/frameworks.md): its source, and its template. */
async function readmeAngular(): Promise<{source: string; template: string}> {
  const readme = await (await fetch('/docs/frameworks.md')).text();
  const source = /```ts\n(import \{CUSTOM_ELEMENTS_SCHEMA[\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const template = /template: `([\s\S]*?)`/.exec(source);
  if (!template) throw new Error('docs/frameworks.md: no Angular component (a ```ts block with a template)');
  return {source, template: template[1]};
}

/** Angular's ahead-of-time compiler (ngc, strict templates) on a component's source, in Node. */
const compileAheadOfTime = (source: string) =>
  executeServerCommand<{code: number; output: string}, {source: string}>('angular-aot', {source});

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

describe('Angular, as docs/frameworks.md sets it up', () => {
  it('compiles the template, passes a list as a property and hears the change event, with no error from Angular', async () => {
    const {template} = await readmeAngular();
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

  // An app's production build compiles ahead of time, which (unlike the
  // just-in-time compiler above) rejects tags it does not know.
  it('compiles ahead of time with strict template checks, as an app build does, and would not without its schema', async function () {
    this.timeout(30000);
    const {source} = await readmeAngular();
    const built = await compileAheadOfTime(source);
    expect(built.code, built.output).to.equal(0);
    const withoutSchema = await compileAheadOfTime(source.replace(/ *schemas: \[CUSTOM_ELEMENTS_SCHEMA\],\n/, ''));
    expect(withoutSchema.code).to.equal(1);
    expect(withoutSchema.output).to.include("'gut-checklist' is not a known element");
  });
});
