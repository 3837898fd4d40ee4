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

/** The saved ids, or the problem in words (`blocked` when storage itself refused). */
export type Loaded = { ids: string[]; problem?: undefined } | { ids?: undefined; problem: string; blocked: boolean };

export const load = (key: string): Loaded => {
  let raw: string | null;
  try {
    raw = localStorage.getItem(key);
  } catch (error) {
    return { problem: `saved ticks could not be read (${String(error)})`, blocked: true };
  }
  try {
    // Nothing saved yet reads as an empty list.
    const ids: unknown = JSON.parse(raw ?? '[]');
    if (Array.isArray(ids) && ids.every(id => typeof id === 'string')) return { ids };
  } catch {
    // fall through: not JSON
  }
  return { problem: 'the saved ticks were not understood and were ignored', blocked: false };
};

/** Saves `ids` (or removes the key when there are none); returns a problem in words, if any. */
export const save = (key: string, ids: string[]): string | undefined => {
  try {
    if (ids.length) localStorage.setItem(key, JSON.stringify(ids));
    else localStorage.removeItem(key);
  } catch (error) {
    try {
      // Older ticks must not stay behind once the checklist says nothing is saved.
      localStorage.removeItem(key);
    } catch {
      // storage is blocked altogether: nothing of ours can be in it
    }
    return `ticks could not be saved (${String(error)})`;
  }
  return undefined;
};
