import type {Teaser} from './types.js';

/** The "Hot Articles" strip at the foot of the leaky-gut article, in order. */
export const hotArticles: Teaser[] = [
  {
    slug: 'early-warning-signs-you-ignore',
    category: 'Symptom Decoder Series',
    title: 'Early Warning Signs You Ignore',
    subtitle: 'The Subtle Signals Your Body Sends Long Before Disease Appears',
  },
  {
    slug: 'anxiety-without-a-trigger',
    category: 'Mental & Cognitive Health',
    title: 'Anxiety Without a Trigger: Could It Be a Magnesium…',
    truncated: true,
    subtitle:
      'When Anxiety Appears Out of Nowhere, the Cause Is Often Biochemical — Not Psychological',
  },
  {
    slug: 'burning-feet-at-night',
    category: 'Vitamin Deficiency Symptoms',
    title: 'Burning Feet at Night? Check These Vitamin Deficiencies',
    subtitle: 'Burning Feet at Night? Check These Vitamin Deficiencies',
  },
  {
    slug: 'poor-appetite-but-constant-fatigue',
    category: 'Digestive Health & Absorption',
    title: 'Poor Appetite but Constant Fatigue',
    subtitle: 'Poor Appetite but Constant Fatigue',
  },
];
