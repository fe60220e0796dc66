import {expect} from '@open-wc/testing';

// The README is the front door, read in two minutes; the guides in docs/
// hold the rest. Every link in them leads somewhere that exists.

const text = async (path: string) => {
  const response = await fetch(path);
  expect(response.ok, `${path} exists`).to.equal(true);
  return response.text();
};

/** GitHub's anchor for a Markdown heading. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** Every relative link and image in a Markdown file, as [target, its path from the site root]. */
function links(markdown: string, from: string): [string, string][] {
  const base = new URL(from, location.origin);
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target)
    .filter((target) => !/^[a-z]+:/.test(target))
    .map((target) => [target, new URL(target, base).pathname + new URL(target, base).hash]);
}

describe('the README and the guides in docs/', () => {
  it('keeps the README within 10 KB', async () => {
    const bytes = new TextEncoder().encode(await text('/README.md')).length;
    expect(bytes).to.be.at.most(10 * 1024);
  });

  it('links from the README to guides, pictures and anchors that exist, and so do the guides', async () => {
    const readme = await text('/README.md');
    const guides = links(readme, '/README.md')
      .map(([, path]) => path.split('#')[0])
      .filter((path) => path.startsWith('/docs/') && path.endsWith('.md'));
    expect(new Set(guides).size, 'guides linked from the README').to.be.at.least(8);
    const checked = new Set<string>();
    for (const doc of ['/README.md', ...new Set(guides)]) {
      for (const [target, path] of links(await text(doc), doc)) {
        const [file, anchor] = path.split('#');
        const where = `${doc}: ${target}`;
        if (!checked.has(file)) {
          const response = await fetch(file);
          expect(response.ok, where).to.equal(true);
          if (/\.png$/.test(file)) expect(response.headers.get('content-type'), where).to.equal('image/png');
          checked.add(file);
        }
        if (anchor) {
          const headings = [...(await text(file)).matchAll(/^#+ (.+)$/gm)].map(([, heading]) => anchorOf(heading));
          expect(headings, where).to.include(anchor);
        }
      }
    }
  });
});
