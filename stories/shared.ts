import type { ArgTypes } from '@storybook/web-components-vite';
import { nothing } from 'lit';
import { article } from '../src/content.js';
import { LEVELS, THEMES } from '../src/context.js';

export type Args = Record<string, string | number | boolean | undefined>;

/** Attribute bindings for whatever args are set (unset ones are left off the tag). */
export const attr = (args: Args, name: string) => {
  const value = args[name];
  if (value === undefined || value === '' || value === false) return nothing;
  return value === true ? '' : String(value);
};

export { LEVELS, THEMES };
/** The article's section ids, in order. */
export const SECTIONS = article.sections.map(section => section.id);

/** Controls shared by the three content elements. */
export const commonArgTypes: ArgTypes = {
  heading: { control: 'text' },
  'heading-level': { control: { type: 'select' }, options: LEVELS },
  theme: { control: { type: 'inline-radio' }, options: THEMES },
};
