// A rollup plugin that shrinks the static text of our css`` and html``
// templates, after TypeScript has compiled them (the TypeScript plugin reads
// sources from disk, so it must come after it): terser leaves template literal
// text alone, and in our sources that text (indentation, comments) is about a
// third of what we ship. It walks the source with a small lexer (comments,
// strings, nested `${}` expressions), so only template text is touched.
//
// CSS: comments dropped, white space collapsed and removed around { } ; , >,
// after a colon and before !important, and quotes dropped around an attribute
// selector's value when it is a word ([data-ih-theme=dark], also before a
// case flag: [variant~=compact i]). Interpolations
// must sit between declarations or rules, as ours do (`${dark}` in
// src/styles.ts).
// HTML: a line break before a tag's closing > or /> goes (after its last
// attribute, or in `</span\n>`), and so does one between two tags (our
// templates put no inline content side by side on separate lines), and one
// between an opening tag and an expression or between an expression and a
// closing tag (white space at the start or end of a box is not rendered);
// any other run of white space with a line break, e.g. between text and a
// link, becomes one space, which renders as before since HTML collapses
// white space.
// Regular-expression literals are not lexed: the plugin only runs on files
// that hold templates (components and src/styles.ts), which have none with
// quotes or backticks in them.

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/;}/g, '}')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/='([a-z][\w-]*)'( [is])?\]/gi, '=$1$2]')
    .trim();
}

export function minifyHtml(text) {
  return text
    .replace(/\s*\n\s*(\/?>)/g, '$1')
    .replace(/>\s*\n\s*</g, '><')
    .replace(/(<[a-z][^<>]*>)\s*\n\s*$/, '$1')
    .replace(/^\s*\n\s*(<\/)/, '$1')
    .replace(/\s*\n\s*/g, ' ');
}

const MINIFIERS = {css: minifyCss, html: minifyHtml};

export function minifyTemplateLiterals(src) {
  let i = 0;

  // A line comment may end the file (a source map URL does) without a newline.
  function copyUntil(end) {
    let stop = src.indexOf(end, i);
    if (stop < 0 && end !== '\n') throw new Error(`minify-templates: unterminated ${end}`);
    stop = stop < 0 ? src.length : stop + end.length;
    const text = src.slice(i, stop);
    i = stop;
    return text;
  }

  function readString(quote) {
    let text = quote;
    i++;
    while (i < src.length && src[i] !== quote) {
      text += src[i] === '\\' ? src[i++] + src[i++] : src[i++];
    }
    i++;
    return text + quote;
  }

  function readTemplate(tag) {
    const minify = MINIFIERS[tag] ?? ((text) => text);
    let out = '`';
    let chunk = '';
    i++;
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') {
        chunk += c + src[i + 1];
        i += 2;
      } else if (c === '`') {
        i++;
        return out + minify(chunk) + '`';
      } else if (c === '$' && src[i + 1] === '{') {
        out += minify(chunk) + '${';
        chunk = '';
        i += 2;
        out += readCode(true) + '}';
      } else {
        chunk += c;
        i++;
      }
    }
    throw new Error('minify-templates: unterminated template literal');
  }

  function readCode(inExpression) {
    let out = '';
    let depth = 0;
    while (i < src.length) {
      const c = src[i];
      if (c === '/' && src[i + 1] === '/') {
        out += copyUntil('\n');
      } else if (c === '/' && src[i + 1] === '*') {
        out += copyUntil('*/');
      } else if (c === '"' || c === "'") {
        out += readString(c);
      } else if (c === '`') {
        const tag = /(?:^|[^\w$.])(css|html)\s*$/.exec(out.slice(-12))?.[1];
        out += readTemplate(tag);
      } else {
        if (c === '{') depth++;
        if (c === '}') {
          if (inExpression && depth === 0) {
            i++;
            return out;
          }
          depth--;
        }
        out += c;
        i++;
      }
    }
    if (inExpression) throw new Error('minify-templates: unterminated ${} expression');
    return out;
  }

  return readCode(false);
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      // Not the Node-only modules (src/node/): they ship no templates of ours.
      if (!/\.ts$/.test(id) || id.includes('node_modules') || id.includes('/src/node/') || !/\b(css|html)\s*`/.test(code)) return null;
      return {code: minifyTemplateLiterals(code), map: null};
    },
  };
}
