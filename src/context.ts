import { createContext } from '@lit/context';
import type { ContentOverride } from './content.js';

export type Theme = 'auto' | 'light' | 'dark';

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
 * Sends one of the context protocol's events about our settings from `host`: `context-request`
 * (with `callback`: asks the closest provider around `host`, and to keep the answers coming) or
 * `context-provider` (a provider announcing itself). The same events as `@lit/context`'s
 * `ContextEvent` and `ContextProviderEvent`, in one line instead of their classes.
 */
export const contextEvent = (type: 'context-request' | 'context-provider', host: Element, callback?: unknown): boolean =>
  host.dispatchEvent(
    Object.assign(new Event(type, { bubbles: true, composed: true }), { context: settingsContext, contextTarget: host, callback, subscribe: true }),
  );

/**
 * A string key, not a Symbol, so that two copies of the library with the same
 * major version on one page still find each other.
 */
export const settingsContext = createContext<TrustSettings>('rebuild-trust:settings:1');
