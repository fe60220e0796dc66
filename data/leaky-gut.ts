import type {Article, Nutrient, Section} from './types.js';

/**
 * Each section with its anchor id: its heading in lower case, `&` as "and",
 * every other run of non-letters a hyphen (`Mind–Body Support for Gut
 * Repair` is `mind-body-support-for-gut-repair`). Made, not written out,
 * because the bundle then carries each heading once; the ids are partners'
 * deep links and `sections` values, so test/data.test.ts pins them.
 */
const withIds = (sections: Omit<Section, 'id'>[]): Section[] =>
  sections.map((section) => ({
    id: section.heading.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-'),
    ...section,
  }));

/**
 * "Leaky Gut - Supporting Gut Integrity Through Lifestyle", as scraped into
 * `data/seed/leaky-gut.txt`: stray characters dropped, every sentence and
 * bullet in the source's own words. `test/data.test.ts` holds the two equal.
 */
export const leakyGut: Article = {
  id: 'leaky-gut',
  slug: 'leaky-gut',
  title: 'Leaky Gut - Supporting Gut Integrity Through Lifestyle',
  condition: {name: 'Leaky gut', alternateName: 'increased intestinal permeability'},
  intro: [
    'Leaky gut, also known as increased intestinal permeability, occurs when the protective lining of the gut becomes compromised, allowing toxins, microbes, and undigested food particles to enter the bloodstream.',
    'At InnateHeal, leaky gut is approached through a root-cause framework that focuses on gut lining repair, nutrient restoration, immune balance, nervous system calming, and lifestyle alignment rather than symptom masking alone.',
  ],
  sections: withIds([
    {
      heading: 'Understanding Leaky Gut Beyond Digestion',
      lead: [
        'Leaky gut is not only a digestive issue; it affects immunity, inflammation, and overall health.',
      ],
      list: {
        id: 'symptoms',
        items: [
          {id: 'bloating', text: 'Bloating, gas, or food sensitivities'},
          {id: 'fatigue', text: 'Fatigue and brain fog'},
          {id: 'skin', text: 'Skin issues or allergies'},
          {id: 'autoimmune', text: 'Autoimmune or inflammatory symptoms'},
        ],
      },
      closing:
        'These signs often indicate weakened gut barrier function and immune overactivation.',
    },
    {
      heading: 'Nutritional Factors in Leaky Gut',
      lead: [
        'The intestinal lining requires specific nutrients to maintain integrity and heal.',
      ],
      subheading: 'Key Nutrient Deficiencies Linked to Leaky Gut',
      list: {
        id: 'deficiencies',
        items: [
          {id: 'zinc', text: 'Zinc Deficiency: impaired gut lining repair'},
          {id: 'glutamine', text: 'Glutamine Deficiency: weakened intestinal cells'},
          {id: 'vitamin-a', text: 'Vitamin A Deficiency: reduced mucosal protection'},
          {id: 'vitamin-d', text: 'Vitamin D Deficiency: immune dysregulation'},
          {id: 'omega-3', text: 'Omega-3 Deficiency: chronic gut inflammation'},
        ],
      },
      closing:
        'Correcting these deficiencies supports gut barrier healing and immune balance.',
    },
    {
      heading: 'Nervous System & Gut Barrier Integrity',
      lead: ['The gut lining is highly sensitive to stress and nervous system signals.'],
      list: {
        id: 'nervous-system',
        items: [
          {id: 'magnesium', text: 'Magnesium – reduces stress-induced gut permeability'},
          {id: 'glycine', text: 'Glycine – supports mucosal repair and calm digestion'},
          {id: 'b-complex', text: 'B-complex vitamins – support enteric nerve function'},
          {id: 'l-theanine', text: 'L-Theanine – reduces stress-related gut inflammation'},
          {id: 'omega-3', text: 'Omega-3 fatty acids – stabilize cell membranes'},
        ],
      },
      note: 'Chronic stress is a major contributor to leaky gut.',
    },
    {
      heading: 'Gut Health & Intestinal Lining Repair',
      lead: [
        'The gut lining renews itself rapidly when supported correctly.',
        'Gut-related contributors to leaky gut include:',
      ],
      list: {
        id: 'contributors',
        items: [
          {id: 'inflammation', text: 'Chronic inflammation or infections'},
          {id: 'food-sensitivities', text: 'Food sensitivities (gluten, dairy, additives)'},
          {id: 'alcohol-nsaids', text: 'Excess alcohol or NSAID use'},
          {id: 'microbiota', text: 'Imbalanced gut microbiota'},
        ],
      },
      closing: 'Removing irritants and restoring balance allows the gut to heal.',
    },
    {
      heading: 'Hormonal & Immune Influences',
      lead: ['Hormonal imbalance can weaken gut barrier defenses.'],
      list: {
        id: 'hormonal',
        items: [
          {id: 'cortisol', text: 'Chronic stress and elevated cortisol'},
          {id: 'thyroid', text: 'Thyroid imbalance'},
          {id: 'blood-sugar', text: 'Blood sugar instability'},
          {id: 'sex-hormones', text: 'Sex hormone fluctuations'},
          {id: 'sleep-hormones', text: 'Sleep hormone disruption'},
        ],
      },
      closing: 'Hormonal balance supports immune tolerance and gut repair.',
    },
    {
      heading: 'Lifestyle Practices That Heal the Gut',
      list: {
        id: 'lifestyle',
        items: [
          {id: 'whole-foods', text: 'Eating simple, whole foods'},
          {id: 'trigger-foods', text: 'Identifying and removing trigger foods'},
          {id: 'relaxed-eating', text: 'Eating in a relaxed state'},
          {id: 'meal-timings', text: 'Maintaining regular meal timings'},
          {id: 'recovery-time', text: 'Allowing time for gut recovery'},
        ],
      },
      closing: 'Consistency and patience are essential for gut healing.',
    },
    {
      heading: 'Mind–Body Support for Gut Repair',
      list: {
        id: 'mind-body',
        items: [
          {id: 'relaxation', text: 'Stress reduction and relaxation practices'},
          {id: 'deep-breathing', text: 'Deep breathing to activate vagal tone'},
          {id: 'mindfulness', text: 'Mindfulness and emotional regulation'},
          {id: 'food-anxiety', text: 'Reducing anxiety around food'},
        ],
      },
      closing: 'A calm mind directly supports intestinal healing.',
    },
    {
      heading: 'What Can Worsen Leaky Gut',
      list: {
        id: 'worsens',
        items: [
          {id: 'ultra-processed', text: 'Ultra-processed foods'},
          {id: 'alcohol', text: 'Excess alcohol consumption'},
          {id: 'stress', text: 'Chronic stress'},
          {id: 'nsaids-antibiotics', text: 'Frequent NSAID or antibiotic use'},
          {id: 'ignoring-sensitivities', text: 'Ignoring food sensitivities'},
        ],
      },
    },
    {
      heading: 'When to Seek Medical Care',
      lead: ['Medical evaluation is recommended if:'],
      list: {
        id: 'seek-care',
        items: [
          {id: 'digestive-persist', text: 'Digestive symptoms persist or worsen'},
          {id: 'autoimmune-allergic', text: 'Autoimmune or allergic symptoms increase'},
          {id: 'fatigue-inflammation', text: 'Unexplained fatigue or inflammation occurs'},
          {id: 'deficiencies', text: 'Nutrient deficiencies are suspected'},
        ],
      },
    },
    {
      heading: 'Final Thoughts',
      lead: [
        'Leaky gut is a reversible condition when the intestinal lining is supported properly.',
        'By removing irritants, restoring nutrients, calming the nervous system, and supporting digestion, gut integrity and overall health can be rebuilt naturally.',
      ],
    },
  ]),
};

/**
 * Nutrients the article names, each with every role it gives them, read from
 * its two lists that name them: "Zinc Deficiency: impaired gut lining repair"
 * (a deficiency) and "Magnesium – reduces stress-induced gut permeability" (a
 * support). A nutrient in both (omega-3) keeps the first list's name.
 */
export const nutrients: Nutrient[] = [];
for (const [list, kind, separator] of [
  ['deficiencies', 'deficiency', ' Deficiency: '],
  ['nervous-system', 'support', ' – '],
] as const) {
  for (const {id, text} of leakyGut.sections.find((section) => section.list?.id === list)!.list!.items) {
    const [name, role] = text.split(separator);
    let nutrient = nutrients.find((each) => each.id === id);
    if (!nutrient) nutrients.push((nutrient = {id: id as Nutrient['id'], name, roles: []}));
    nutrient.roles.push({kind, text: role, list});
  }
}
