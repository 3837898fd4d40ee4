import type { ArgTypes } from '@storybook/web-components-vite';
import { nothing } from 'lit';

export type Args = Record<string, string | number | boolean | undefined>;

/** Attribute bindings for whatever args are set (unset ones are left off the tag). */
export const attr = (args: Args, name: string) => {
  const value = args[name];
  if (value === undefined || value === '' || value === false) return nothing;
  return value === true ? '' : String(value);
};

export const THEMES = ['auto', 'light', 'dark'];
export const LEVELS = [1, 2, 3, 4, 5, 6];
export const SECTIONS = [
  'why-trust-feels-risky',
  'the-therapeutic-frame',
  'rupture-and-repair',
  'earned-secure-attachment',
  'dependence-independence-and-interdependence',
  'therapy-beyond-the-hour',
  'trust-isnt-rebuilt-by-deciding-trust',
];

/** Controls shared by the three content elements. */
export const commonArgTypes: ArgTypes = {
  heading: { control: 'text' },
  'heading-level': { control: { type: 'select' }, options: LEVELS },
  theme: { control: { type: 'inline-radio' }, options: THEMES },
};
