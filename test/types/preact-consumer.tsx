// A Preact app using the tags directly in JSX.
import type {} from '@innateheal/widgets/jsx-preact';

export const Post = () => (
  <article>
    <nutrient-card nutrient="zinc" variant="compact" class="inline" />
    <gut-checklist list="symptoms" ongut-checklist-change={(e) => console.log(e.detail.checked.length)} />
    {/* @ts-expect-error: not a variant */}
    <nutrient-card variant="huge" />
  </article>
);
