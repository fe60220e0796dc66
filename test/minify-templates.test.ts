import {expect} from '@open-wc/testing';
import {minifyTemplateLiterals} from '../scripts/minify-templates.mjs';

// test/build.test.ts shows that our templates, minified, render as written.
// This holds the lexer to its contract on what our sources do not happen to
// contain yet: only the text of html`` and css`` templates changes, never
// code, strings, comments or other templates.
const CASES: [string, string, string][] = [
  ['a backtick in a string', "const q = '`'; html`<p>\n  x\n</p>`;", "const q = '`'; html`<p> x </p>`;"],
  ['one in a double-quoted string, after an escaped quote', 'const d = "a ` \\" b"; html`<i>\n x</i>`;', 'const d = "a ` \\" b"; html`<i> x</i>`;'],
  ['one in a line comment', '// a ` here\nhtml`<p>\n  x\n</p>`;', '// a ` here\nhtml`<p> x </p>`;'],
  ['one in a block comment', '/* a ` here */ html`<p>\n  x\n</p>`;', '/* a ` here */ html`<p> x </p>`;'],
  ['an escaped backtick in a template', 'html`<p>a \\` b\n  c</p>`;', 'html`<p>a \\` b c</p>`;'],
  ['a brace in a string in an expression', "html`<p>${'}'}\n  x\n</p>`;", "html`<p>${'}'} x </p>`;"],
  ['an object literal in an expression', 'html`<p>${{a: 1}.a +\n  1}\n  x\n</p>`;', 'html`<p>${{a: 1}.a +\n  1} x </p>`;'],
  [
    'a template in an expression',
    'html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`;',
    'html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;',
  ],
  ['an untagged template', 'const s = `a\n  b`;', 'const s = `a\n  b`;'],
  ['a tag that is a member of something else', 'x.html`<p>\n  y</p>`;', 'x.html`<p>\n  y</p>`;'],
  [
    'CSS: comments, white space, an interpolation, !important',
    'css`\n  :host {\n    color: red; /* why */\n  }\n  ${dark}\n  .a > .b {\n    margin: 0.5em !important;\n  }\n`;',
    'css`:host{color:red}${dark}.a>.b{margin:.5em!important}`;',
  ],
  [
    "CSS: quotes around a word in an attribute selector, with a case flag or not, but not around other values",
    "css`:host([a='dark']), :host([b~='x-y' i]), [c='a b'], [d='1']{}`;",
    "css`:host([a=dark]),:host([b~=x-y i]),[c='a b'],[d='1']{}`;",
  ],
];

describe('the template minifier (scripts/minify-templates.mjs)', () => {
  for (const [what, source, minified] of CASES) {
    it(`leaves code alone around ${what}`, () => {
      expect(minifyTemplateLiterals(source)).to.equal(minified);
    });
  }

  it('says where a template or expression does not end, rather than guessing', () => {
    expect(() => minifyTemplateLiterals('html`<p>')).to.throw(/unterminated template/);
    expect(() => minifyTemplateLiterals('html`<p>${x')).to.throw(/unterminated \$\{\} expression/);
    expect(() => minifyTemplateLiterals('/* no end')).to.throw(/unterminated \*\//);
  });
});
