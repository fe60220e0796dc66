// From dist/custom-elements.json, the data editors use to autocomplete our
// tags and attributes: VS Code's html.customData (dist/vscode.html-custom-data.json)
// and JetBrains web-types (dist/web-types.json).
import {readFileSync, writeFileSync} from 'node:fs';
import {manifestElements} from './manifest.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifestElements();

/** Values from a type such as `'full' | 'compact'`, if it is a union of literals. */
const values = (type) =>
  /^\s*'[^']*'(\s*\|\s*'[^']*')*\s*$/.test(type ?? '') ? type.split('|').map((v) => v.trim().slice(1, -1)) : [];

const docs = (el) => `https://www.npmjs.com/package/${pkg.name}#${el.tagName}`;

writeFileSync(
  'dist/vscode.html-custom-data.json',
  JSON.stringify(
    {
      version: 1.1,
      tags: elements.map((el) => ({
        name: el.tagName,
        description: el.summary ?? el.description,
        attributes: (el.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description,
          ...(values(a.type?.text).length ? {values: values(a.type.text).map((name) => ({name}))} : {}),
        })),
        references: [{name: 'README', url: docs(el)}],
      })),
    },
    null,
    2
  ) + '\n'
);

writeFileSync(
  'dist/web-types.json',
  JSON.stringify(
    {
      $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
      name: pkg.name,
      version: pkg.version,
      'description-markup': 'markdown',
      contributions: {
        html: {
          elements: elements.map((el) => ({
            name: el.tagName,
            description: el.summary ?? el.description,
            'doc-url': docs(el),
            attributes: (el.attributes ?? []).map((a) => ({
              name: a.name,
              description: a.description,
              value: {type: a.type?.text ?? 'string', ...(values(a.type?.text).length ? {kind: 'plain'} : {})},
            })),
            events: (el.events ?? []).map((e) => ({name: e.name, description: e.description})),
            slots: (el.slots ?? []).map((s) => ({name: s.name, description: s.description})),
            css: {
              parts: (el.cssParts ?? []).map((p) => ({name: p.name, description: p.description})),
              properties: (el.cssProperties ?? []).map((p) => ({name: p.name, description: p.description})),
            },
          })),
        },
      },
    },
    null,
    2
  ) + '\n'
);
console.log(`editor data: ${elements.length} elements -> dist/vscode.html-custom-data.json, dist/web-types.json`);
