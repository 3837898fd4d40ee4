import { createContext } from '@lit/context';
import type { ContentOverride } from './content.js';

/** The heading levels an element may use. */
export const LEVELS = [1, 2, 3, 4, 5, 6];

/** The themes: `auto` blends into the page; `light` and `dark` draw their own surface. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** One interface string and the language and direction it is written in. */
export interface UiText {
  text: string;
  lang: string;
  dir: string;
}

/** What a `<trust-provider>` shares with the elements inside it. Unset means “no opinion”. */
export interface TrustSettings {
  headingLevel?: number;
  persist?: boolean;
  theme?: Theme;
  /** Replacement interface strings (keys as in `defaultStrings`), each in its own language. */
  strings?: Readonly<Record<string, UiText>>;
  /** Replacement content, already validated. */
  content?: ContentOverride;
}

/**
 * A string key, not a Symbol, so that two copies of the library with the same
 * major version on one page still find each other.
 */
export const settingsContext = createContext<TrustSettings>('rebuild-trust:settings:1');
