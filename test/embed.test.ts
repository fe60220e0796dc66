import {expect} from '@open-wc/testing';

describe('dist/embed.js', () => {
  it('is a production build: no Lit dev-mode code, minified', async () => {
    const source = await (await fetch('/dist/embed.js')).text();
    expect(source).not.to.include('dev mode');
    expect(source, 'comments').not.to.match(/\/\*\*|^\s*\/\/ /m);
    expect(source, 'top-level names mangled').not.to.include('function articleUrl');
  });

  // Nearly all of their code runs as a page loads them: Chromium then compiles
  // it as it streams the file in, not on the page's main thread (issue 8).
  for (const file of ['embed.js', 'embed.iife.js']) {
    it(`${file} asks V8 to compile all of it on load, in its first line`, async () => {
      const source = await (await fetch(`/dist/${file}`)).text();
      const hint = '//# allFunctionsCalledOnLoad\n';
      expect(source.slice(0, hint.length)).to.equal(hint);
    });
  }
});
