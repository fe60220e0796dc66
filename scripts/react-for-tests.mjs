// React ships CommonJS, which browsers cannot import. For the tests only,
// this test-runner plugin serves react and react-dom/client as one ES module
// bundled by esbuild (already here for the TypeScript), so that both share
// one React, and points the bare imports at it.
import {build} from 'esbuild';

const ENTRY = `import React from 'react';
import * as ReactDOMClient from 'react-dom/client';
export {React, ReactDOMClient};`;

const MODULES = {
  '/__react/react.js': `import {React} from './bundle.js';
export default React;
export const {createElement, forwardRef, useCallback, useEffect, useLayoutEffect, useRef, useState, Fragment, StrictMode} = React;`,
  '/__react/react-dom-client.js': `import {ReactDOMClient} from './bundle.js';
export default ReactDOMClient;
export const {createRoot} = ReactDOMClient;`,
};

export function reactForTests() {
  let bundle;
  return {
    name: 'react-for-tests',
    resolveImport({source}) {
      if (source === 'react') return '/__react/react.js';
      if (source === 'react-dom/client') return '/__react/react-dom-client.js';
      return undefined;
    },
    async serve({path}) {
      if (path === '/__react/bundle.js') {
        bundle ??= build({
          stdin: {contents: ENTRY, resolveDir: process.cwd()},
          bundle: true,
          format: 'esm',
          write: false,
          define: {'process.env.NODE_ENV': '"development"'},
        }).then((result) => result.outputFiles[0].text);
        return {body: await bundle, type: 'js'};
      }
      return MODULES[path] ? {body: MODULES[path], type: 'js'} : undefined;
    },
  };
}
