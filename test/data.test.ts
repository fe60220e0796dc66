import {expect} from '@open-wc/testing';
import {
  articles,
  getList,
  getNutrient,
  hotArticles,
  listIds,
  nutrients,
  validateArticle,
  validateContent,
  validateNutrients,
} from '../src/data.js';
import type {ListId} from '../src/data.js';
import {validateTeasers} from '../src/teasers.js';
import type {Article} from '../src/data.js';
import {leakyGut} from '../data/leaky-gut.js';
import {site} from '../data/site.js';
import {seedLines} from './seed.js';

/** Every line of content in `data/`, in the order the source page shows it. */
function dataLines(): string[] {
  const lines = [leakyGut.title, ...leakyGut.intro];
  for (const section of leakyGut.sections) {
    lines.push(section.heading, ...(section.lead ?? []));
    if (section.subheading) lines.push(section.subheading);
    lines.push(...(section.list?.items.map((item) => item.text) ?? []));
    if (section.note) lines.push(`Note: ${section.note}`);
    if (section.closing) lines.push(section.closing);
  }
  // The strip's heading and "Read More →" links are page chrome, not content.
  lines.push('Hot Articles');
  for (const teaser of hotArticles) {
    lines.push(teaser.category, teaser.title, teaser.subtitle, 'Read More →');
  }
  return lines;
}

describe('bundled data', () => {
  it('holds every line of the seed page, in order, and nothing else', async () => {
    expect(dataLines()).to.deep.equal(await seedLines());
  });

  it('keeps every bullet in the source words, list by list', async () => {
    const seed = await seedLines();
    for (const id of listIds()) {
      const items = getList(id)!.list.items.map((item) => item.text);
      const start = seed.indexOf(items[0]);
      expect(start, `list ${id}`).to.be.greaterThan(-1);
      expect(seed.slice(start, start + items.length), `list ${id}`).to.deep.equal(items);
    }
  });

  it('has no stray scrape characters', () => {
    expect(JSON.stringify([articles, nutrients, hotArticles])).not.to.match(/×|\uFE0F/);
  });

  it('passes its own validation', () => {
    expect(validateContent()).to.deep.equal([]);
  });

  // Partners link to #<section id> and pass ids to `sections`: a heading
  // edited in the data must not move one silently.
  it('keeps the section ids docs/deep-links-and-print.md lists for deep links and sections', async () => {
    const readme = await (await fetch('/docs/deep-links-and-print.md')).text();
    const listed = /The section ids:\n([^]*?)\.\n/.exec(readme)![1];
    const ids = [...listed.matchAll(/`([^`]+)`/g)].map(([, id]) => id);
    expect(leakyGut.sections.map((section) => section.id)).to.deep.equal(ids);
  });

  it('addresses every list the checklist needs by id', () => {
    expect(listIds()).to.have.members([
      'symptoms',
      'deficiencies',
      'nervous-system',
      'contributors',
      'hormonal',
      'lifestyle',
      'mind-body',
      'worsens',
      'seek-care',
    ]);
    expect(getList('seek-care')!.section.heading).to.equal('When to Seek Medical Care');
  });

  it('keeps the cut-off teaser title as the source shows it, marked truncated', () => {
    const teaser = hotArticles.find((t) => t.title.startsWith('Anxiety Without a Trigger'))!;
    expect(teaser.title).to.equal('Anxiety Without a Trigger: Could It Be a Magnesium…');
    expect(teaser.truncated).to.equal(true);
  });
});

describe('nutrients', () => {
  it('has one record per nutrient the article names', () => {
    expect(nutrients.map((n) => n.id)).to.deep.equal([
      'zinc',
      'glutamine',
      'vitamin-a',
      'vitamin-d',
      'omega-3',
      'magnesium',
      'glycine',
      'b-complex',
      'l-theanine',
    ]);
  });

  it('gives Omega-3 both its roles from both sections', () => {
    const omega = getNutrient('omega-3')!;
    expect(omega.roles.map((r) => [r.kind, r.text, getList(r.list)!.section.heading])).to.deep.equal([
      ['deficiency', 'chronic gut inflammation', 'Nutritional Factors in Leaky Gut'],
      ['support', 'stabilize cell membranes', 'Nervous System & Gut Barrier Integrity'],
    ]);
  });

  it('names each nutrient as the source does', async () => {
    const seed = (await seedLines()).join('\n');
    for (const nutrient of nutrients) {
      expect(seed, nutrient.id).to.include(nutrient.name);
    }
  });
});

describe('validation', () => {
  const clone = (): Article => structuredClone(leakyGut);

  it('reports a missing field, a duplicate id and a bad slug', () => {
    const article = clone();
    article.title = '';
    article.sections[1].id = article.sections[0].id;
    article.sections[2].list!.items[0].id = 'Not A Slug';
    const problems = validateArticle(article);
    expect(problems).to.have.length(3);
    expect(problems.join('\n')).to.include('title').and.include('duplicate id').and.include('Not A Slug');
  });

  it('takes a role\'s list by its exact id, not as a partner may type one', () => {
    const problems = validateNutrients([
      {id: 'zinc', name: 'Zinc', roles: [{kind: 'deficiency', text: 'impaired gut lining repair', list: 'Deficiencies' as ListId}]},
    ]);
    expect(problems).to.deep.equal(['zinc role "impaired gut lining repair": no item "zinc" in list "Deficiencies"']);
  });

  it('reports a role that points at no item or strays from its words', () => {
    const problems = validateNutrients([
      {id: 'zinc', name: 'Zinc', roles: [{kind: 'support', text: 'cures everything', list: 'deficiencies'}]},
      {id: 'glycine', name: 'Glycine', roles: [{kind: 'support', text: 'x', list: 'symptoms'}]},
    ]);
    expect(problems).to.have.length(2);
    expect(problems[0]).to.include('not in the words');
    expect(problems[1]).to.include('no item "glycine" in list "symptoms"');
  });

  it('reports duplicate teasers', () => {
    expect(validateTeasers([hotArticles[0], hotArticles[0]])).to.have.length(1);
  });

  // Each check on its own: one fault in otherwise valid data, and the one
  // problem it must give. A check that no test makes fail guards nothing.
  const listed = (article: Article) => article.sections.filter((section) => section.list);
  const articleFaults: [string, (article: Article) => void, string][] = [
    ['an id in capitals', (a) => (a.sections[0].id = 'What-Is-Leaky-Gut'), 'must be a lowercase slug'],
    ['an intro that is not a list', (a) => ((a as {intro: unknown}).intro = a.intro!.join(' ')), 'intro must be a list of paragraphs'],
    ['a blank intro paragraph', (a) => a.intro!.push(' '), `intro[${leakyGut.intro!.length}] must be non-empty text`],
    ['a condition the intro does not name', (a) => (a.condition!.name = 'Candida'), 'condition "Candida" is not in the article\'s intro'],
    ['no sections', (a) => (a.sections = []), 'sections must list at least one section'],
    ['a blank note', (a) => (a.sections[0].note = ' '), '.note must be non-empty text'],
    ['a list without items', (a) => (listed(a)[0].list!.items = []), '.list must have items'],
    ['an item twice in a list', (a) => listed(a)[0].list!.items.push(listed(a)[0].list!.items[0]), 'duplicate id'],
    ['two lists with one id', (a) => (listed(a)[1].list!.id = listed(a)[0].list!.id), 'lists: duplicate id'],
  ];
  for (const [fault, spoil, problem] of articleFaults) {
    it(`reports ${fault}`, () => {
      const article = clone();
      spoil(article);
      const problems = validateArticle(article);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include(problem);
    });
  }

  it('reports a nutrient without roles, and a role of no known kind', () => {
    const zinc = structuredClone(getNutrient('zinc')!);
    expect(validateNutrients([zinc]), 'as bundled').to.deep.equal([]);
    expect(validateNutrients([{...zinc, roles: []}])).to.deep.equal(['zinc must have at least one role']);
    const cure = {...zinc, roles: [{...zinc.roles[0], kind: 'cure' as 'support'}]};
    expect(validateNutrients([cure])).to.have.length(1);
    expect(validateNutrients([cure])[0]).to.include('kind must be "deficiency" or "support"');
  });

  it('reports a base URL that is not http(s)', () => {
    const writable = site as {baseUrl: string};
    const baseUrl = site.baseUrl;
    writable.baseUrl = 'javascript:alert(1)//';
    try {
      expect(validateContent()).to.deep.equal(['site.baseUrl must be an absolute http(s) URL, got "javascript:alert(1)//"']);
    } finally {
      writable.baseUrl = baseUrl;
    }
  });

  it('reports a teaser with a blank category or subtitle', () => {
    for (const key of ['category', 'subtitle'] as const) {
      expect(validateTeasers([{...hotArticles[0], [key]: ' '}])).to.deep.equal([`teasers[0].${key} must be non-empty text`]);
    }
  });
});
