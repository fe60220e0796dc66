/**
 * React wrappers, for React 18 and 19 apps that prefer components to tags:
 * `import {GutChecklist} from '@innateheal/widgets/react'`, then
 * `<GutChecklist list="symptoms" onGutChecklistChange={(e) => …} />`.
 * Made with @lit/react, which wires the on… props to the element's events and
 * sets lists and objects as properties; every other prop is an attribute.
 * Importing this module also registers the elements.
 */
import * as React from 'react';
import {createComponent} from '@lit/react';
import type {EventName, ReactWebComponent} from '@lit/react';
import type {LitElement} from 'lit';
import {GutChecklist as GutChecklistElement} from '../components/gut-checklist/gut-checklist.js';
import type {GutChecklistChangeDetail} from '../components/gut-checklist/gut-checklist.js';
import {HealthArticle as HealthArticleElement} from '../components/health-article/health-article.js';
import {HotArticles as HotArticlesElement} from '../components/hot-articles/hot-articles.js';
import type {HotArticlesSelectDetail} from '../components/hot-articles/hot-articles.js';
import {InnatehealProvider as InnatehealProviderElement} from '../components/innateheal-provider/innateheal-provider.js';
import {NutrientCard as NutrientCardElement} from '../components/nutrient-card/nutrient-card.js';

/**
 * The React component for one element. @lit/react alone would set every prop
 * the element class knows (`nutrient`, `list`, even `id`) as a property, in a
 * layout effect: in the browser just after React renders, and on a server
 * never. A page that Next.js or Remix renders on the server would then arrive
 * as `<nutrient-card></nutrient-card>`, and the widget, upgraded as soon as
 * its script runs, would show "no nutrient given" until React hydrates. So
 * the props that are attributes go into the markup as attributes, under
 * their attribute's name (a boolean present or left out), on the server as in
 * the browser; @lit/react sets only the properties no attribute can carry:
 * `checked`, `articles`, `strings`.
 */
function wrap<I extends LitElement, E extends Record<string, EventName> = Record<never, never>>(
  tagName: string,
  elementClass: typeof LitElement & (new () => I),
  displayName: string,
  events?: E
): ReactWebComponent<I, E> {
  // Lit's record of the class's properties is complete once the class is
  // finalized: defining the tag does that, and so (when another copy of this
  // package defined the tag first) does asking for its observed attributes.
  void elementClass.observedAttributes;
  const attributes = new Map<string, {name: string; boolean: boolean}>();
  const properties: Record<string, unknown> = {};
  for (const [key, {attribute, type}] of elementClass.elementProperties) {
    if (typeof key !== 'string') continue;
    if (attribute === false) properties[key] = undefined;
    else attributes.set(key, {name: typeof attribute === 'string' ? attribute : key.toLowerCase(), boolean: type === Boolean});
  }
  const Inner = createComponent({
    react: React,
    tagName,
    // All @lit/react asks of the class: whether a prop is `in` its prototype.
    elementClass: {prototype: properties} as unknown as new () => I,
    events,
    displayName,
  });
  const Outer = React.forwardRef<I, Record<string, unknown>>((props, ref) => {
    const routed: Record<string, unknown> = {ref};
    for (const [key, value] of Object.entries(props)) {
      const attribute = attributes.get(key);
      if (!attribute) routed[key] = value;
      else if (value != null && value !== false) routed[attribute.name] = attribute.boolean ? true : value;
    }
    return React.createElement(Inner, routed as React.ComponentProps<typeof Inner>);
  });
  Outer.displayName = displayName;
  // The same props as Inner's: only their way to the element differs.
  return Outer as unknown as ReactWebComponent<I, E>;
}

export const InnatehealProvider = wrap('innateheal-provider', InnatehealProviderElement, 'InnatehealProvider');

export const NutrientCard = wrap('nutrient-card', NutrientCardElement, 'NutrientCard');

export const GutChecklist = wrap('gut-checklist', GutChecklistElement, 'GutChecklist', {
  onGutChecklistChange: 'gut-checklist-change' as EventName<CustomEvent<GutChecklistChangeDetail>>,
});

export const HotArticles = wrap('hot-articles', HotArticlesElement, 'HotArticles', {
  onHotArticlesSelect: 'hot-articles-select' as EventName<CustomEvent<HotArticlesSelectDetail>>,
});

export const HealthArticle = wrap('health-article', HealthArticleElement, 'HealthArticle');
