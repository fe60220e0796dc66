import {expect} from '@open-wc/testing';

describe('dist/embed.js', () => {
  it('is a production build: no Lit dev-mode code, minified', async () => {
    const source = await (await fetch('/dist/embed.js')).text();
    expect(source).not.to.include('dev mode');
    expect(source, 'comments').not.to.match(/\/\*\*|^\s*\/\/ /m);
    expect(source, 'top-level names mangled').not.to.include('function articleUrl');
  });
});
