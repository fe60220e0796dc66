/**
 * JSX types for React 19: `import type {} from '@innateheal/widgets/jsx-react';`
 * once in your app, and `<nutrient-card nutrient="zinc" />` type-checks.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {InnateHealElements} from './jsx.js';

type ReactElements = {
  [K in keyof InnateHealElements]: DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & InnateHealElements[K];
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ReactElements {}
  }
}
