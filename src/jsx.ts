import type {GutChecklist, GutChecklistChangeDetail} from '../components/gut-checklist/gut-checklist.js';
import type {HealthArticle} from '../components/health-article/health-article.js';
import type {HotArticles, HotArticlesSelectDetail} from '../components/hot-articles/hot-articles.js';
import type {InnatehealProvider} from '../components/innateheal-provider/innateheal-provider.js';
import type {NutrientCard} from '../components/nutrient-card/nutrient-card.js';

type Props<E, K extends keyof E> = Partial<Pick<E, K>>;

/**
 * What each tag accepts in JSX, beyond the framework's own HTML attributes:
 * its properties, its kebab-case attributes and, as React 19 and Preact name
 * custom element events, `on<event-name>` listeners.
 */
export interface InnateHealElements {
  'nutrient-card': Props<NutrientCard, 'nutrient' | 'variant' | 'eager'>;
  'gut-checklist': Props<GutChecklist, 'list' | 'heading' | 'persist' | 'checked' | 'eager' | 'name' | 'required' | 'disabled'> & {
    /** The id of the form it belongs to, when not inside it. */
    form?: string;
    'ongut-checklist-change'?: (event: CustomEvent<GutChecklistChangeDetail>) => void;
  };
  'hot-articles': Props<HotArticles, 'limit' | 'category' | 'heading' | 'articles' | 'eager'> & {
    'heading-level'?: number | string;
    'onhot-articles-select'?: (event: CustomEvent<HotArticlesSelectDetail>) => void;
  };
  'health-article': Props<HealthArticle, 'article' | 'sections' | 'eager'> & {
    'heading-level'?: number | string;
    'structured-data'?: boolean;
  };
  'innateheal-provider': Props<InnatehealProvider, 'partner' | 'theme' | 'strings'> & {
    'base-url'?: string;
    'link-target'?: '_self' | '_blank';
  };
}
