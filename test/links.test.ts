import {expect} from '@open-wc/testing';
import {articleUrl, safeBaseUrl, safeUrl, withTracking} from '../src/links.js';

describe('links', () => {
  it('builds article URLs from a slug on the publisher site or a given base', () => {
    expect(articleUrl('leaky-gut')).to.equal('https://innateheal.com/leaky-gut');
    expect(articleUrl('leaky-gut', 'https://example.org/health')).to.equal(
      'https://example.org/health/leaky-gut'
    );
    expect(articleUrl('a b/../c?d#e'), 'a slug is one path segment').to.equal('https://innateheal.com/a%20b%2F..%2Fc%3Fd%23e');
  });

  it('accepts https, http and page-relative URLs', () => {
    for (const url of ['https://a.example/x', 'HTTP://a.example', '/articles/1', 'a/b', '?q=1', '#top']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('refuses script and other schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      // Spaces that String.trim() drops but the URL parser does not.
      '\u00a0javascript:alert(1)',
      '\ufeffjavascript:alert(1)',
      '\u2028javascript:alert(1)',
      'jav&#x09;ascript:alert(1)'.replace('&#x09;', '\n'),
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:a@b.c',
      '',
      '   ',
      undefined,
      42,
    ]) {
      expect(safeUrl(url), String(url)).to.equal(undefined);
    }
  });

  it('takes only absolute http(s) URLs as a base', () => {
    expect(safeBaseUrl('https://example.org/')).to.equal('https://example.org/');
    expect(safeBaseUrl('/relative')).to.equal(undefined);
    expect(safeBaseUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeBaseUrl('\u00a0javascript:alert(1)')).to.equal(undefined);
  });

  it('adds partner tracking, keeping the query and hash', () => {
    expect(withTracking('https://a.example/p?x=1#part', 'acme blog', 'hot-articles')).to.equal(
      'https://a.example/p?x=1&utm_source=acme+blog&utm_medium=widget&utm_campaign=hot-articles#part'
    );
    expect(withTracking('https://a.example/p', undefined, 'x'), 'no partner').to.equal('https://a.example/p');
    expect(withTracking('/local/page', 'acme', 'x'), 'relative: the partner\'s own site').to.equal('/local/page');
  });
});
