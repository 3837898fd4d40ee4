/**
 * Saving ticks in localStorage, only when a site opts in with `persist`.
 * What is stored is a list of item ids, never their text. Every access may throw
 * (storage blocked, sandboxed iframe, quota full): callers get the problem in words
 * and carry on in memory.
 */

export const PREFIX = 'rebuild-trust:';

/** A short, stable fingerprint of the items, so different checklists never share a key. */
export const fingerprint = (parts: string[]): string => {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
};

const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** The saved ids, or the problem in words (`blocked` when storage itself refused). */
export type Loaded = { ids: string[]; problem?: undefined } | { ids?: undefined; problem: string; blocked: boolean };

export const load = (key: string): Loaded => {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(key);
  } catch (error) {
    return { problem: `saved ticks could not be read (${describe(error)})`, blocked: true };
  }
  if (raw === null) return { ids: [] };
  try {
    const ids: unknown = JSON.parse(raw);
    if (Array.isArray(ids) && ids.every(id => typeof id === 'string')) return { ids };
  } catch {
    // fall through: not JSON
  }
  return { problem: 'the saved ticks are not in a form this checklist understands and were ignored', blocked: false };
};

/** Saves `ids` (or removes the key when there are none); returns a problem in words, if any. */
export const save = (key: string, ids: string[]): string | undefined => {
  try {
    if (ids.length) window.localStorage.setItem(key, JSON.stringify(ids));
    else window.localStorage.removeItem(key);
    return undefined;
  } catch (error) {
    try {
      // Older ticks must not stay behind once the checklist says nothing is saved.
      window.localStorage.removeItem(key);
    } catch {
      // storage is blocked altogether: nothing of ours can be in it
    }
    return `ticks could not be saved (${describe(error)})`;
  }
};
