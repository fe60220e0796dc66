// A React 19 app using the tags directly in JSX.
import type {} from '@innateheal/widgets/jsx-react';

export const Post = () => (
  <article>
    <nutrient-card nutrient="zinc" variant="compact" className="inline" />
    <gut-checklist list="symptoms" persist ongut-checklist-change={(e) => console.log(e.detail.checked.length)} />
    <hot-articles limit="3" heading-level={3} onhot-articles-select={(e) => e.preventDefault()} />
    <form action="/intake" method="post">
      <gut-checklist name="symptoms" required disabled={false} />
    </form>
    <gut-checklist name="symptoms" form="intake" />
    <health-article sections="final-thoughts" structured-data />
    <innateheal-provider partner="acme" link-target="_blank" theme="dark" />
    {/* @ts-expect-error: not a variant */}
    <nutrient-card variant="huge" />
    {/* @ts-expect-error: not a link target */}
    <innateheal-provider link-target="_top" />
  </article>
);
