/**
 * Saving ticks in localStorage, only when a site opts in with `persist`.
 * What is stored is a list of item ids, never their text. Every access may throw
 * (storage blocked, sandboxed iframe, quota full): the checklist catches that and
 * carries on in memory.
 */

export const PREFIX = 'rebuild-trust:';

/** A short, stable fingerprint of the items, so different checklists never share a key. */
export const fingerprint = (parts: string[]): string => {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) as number; // each char of the string is one code point
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
};

/** The ids saved under `key` (none yet: `[]`); `null` when what is there is not a list of ids. */
export const load = (key: string): string[] | null => {
  const raw = localStorage.getItem(key);
  try {
    const ids: unknown = JSON.parse(raw ?? '[]');
    if (Array.isArray(ids) && ids.every(id => typeof id === 'string')) return ids;
  } catch {
    // not JSON
  }
  return null;
};

/** Saves `ids` under `key` (none: removes it). Removed first, so that a save that fails leaves no older ticks behind. */
export const save = (key: string, ids: string[]): void => {
  localStorage.removeItem(key);
  if (ids.length) localStorage.setItem(key, JSON.stringify(ids));
};
