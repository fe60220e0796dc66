// React ships CommonJS, which browsers cannot import. For the tests only,
// this test-runner plugin serves react, react-dom/client and react-dom/server
// (its browser build, to render a server's HTML in the test page) as one ES module
// bundled by esbuild (already here for the TypeScript), so that both share
// one React, and points the bare imports at it.
//
// Two Reacts: 19, the project's own, under /__react/, and 18, from the local
// package test/react18, under /__react18/. A module loaded with ?react=18 in
// its URL (src/react.ts?react=18) gets React 18 for its bare imports.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const ENTRY = `import React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import * as ReactDOMServer from 'react-dom/server.browser';
export {React, ReactDOMClient, ReactDOMServer};`;

/** Where esbuild resolves each React from, by the version asked for. */
const REACTS = {
  '19': {dir: '/__react', resolveDir: process.cwd()},
  '18': {dir: '/__react18', resolveDir: fileURLToPath(new URL('../test/react18', import.meta.url))},
};

const modules = (dir) => ({
  [`${dir}/react.js`]: `import {React} from './bundle.js';
export default React;
export const {createElement, forwardRef, useCallback, useEffect, useLayoutEffect, useRef, useState, Fragment, StrictMode, version} = React;`,
  [`${dir}/react-dom-client.js`]: `import {ReactDOMClient} from './bundle.js';
export default ReactDOMClient;
export const {createRoot, hydrateRoot} = ReactDOMClient;`,
  [`${dir}/react-dom-server.js`]: `import {ReactDOMServer} from './bundle.js';
export default ReactDOMServer;
export const {renderToString} = ReactDOMServer;`,
});

const MODULES = Object.assign({}, ...Object.values(REACTS).map(({dir}) => modules(dir)));

export function reactForTests() {
  const bundles = new Map();
  return {
    name: 'react-for-tests',
    resolveImport({source, context}) {
      const {dir} = REACTS[context.URL.searchParams.get('react') ?? '19'] ?? REACTS['19'];
      if (source === 'react') return `${dir}/react.js`;
      if (source === 'react-dom/client') return `${dir}/react-dom-client.js`;
      return undefined;
    },
    async serve({path}) {
      const react = Object.values(REACTS).find(({dir}) => path === `${dir}/bundle.js`);
      if (react) {
        if (!bundles.has(path)) {
          bundles.set(
            path,
            build({
              stdin: {contents: ENTRY, resolveDir: react.resolveDir},
              bundle: true,
              format: 'esm',
              write: false,
              define: {'process.env.NODE_ENV': '"development"'},
            }).then((result) => result.outputFiles[0].text)
          );
        }
        return {body: await bundles.get(path), type: 'js'};
      }
      return MODULES[path] ? {body: MODULES[path], type: 'js'} : undefined;
    },
  };
}
