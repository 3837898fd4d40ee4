/**
 * Saving ticks in localStorage, only when a site opts in with `persist`.
 * What is stored is a list of item ids, never their text. Every access may throw
 * (storage blocked, sandboxed iframe, quota full): the checklist carries on in memory,
 * and `failed` tells it that its note must stop saying anything is saved.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

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

/** What the saved ticks need from their checklist. */
export interface TicksOptions {
  /** Where the ticks are saved now; undefined while saving is off. */
  key(): string | undefined;
  /** The ticks shown (changed in place when saved ones are loaded). */
  ticks: Set<string>;
  /** The ids of the items shown, in order. */
  items(): string[];
  /** Whether the ticks were changed on the page (by the reader or the page), not only loaded. */
  touched(): boolean;
  /** Loading changed the ticks. */
  loaded(): void;
  /** Something went wrong with storage: the words for a warning. */
  warn(problem: string): void;
}

/**
 * Keeps a checklist's ticks in step with what is saved: before each render it loads the ticks
 * saved under the current key (when saving was just turned on, or the key changed), and `save()`
 * writes them after each change. Turning saving off removes what was saved, as the note then says.
 */
export class SavedTicks implements ReactiveController {
  /** Storage failed: nothing more is written while the note says nothing is saved. */
  failed = false;
  /** The key the ticks were loaded from; unset while saving is off or nothing is loaded yet. */
  #loadedKey: string | undefined;
  /** Keys written to on this page: only those may be emptied when the key changes. */
  #written = new Set<string>();
  /** The ticks changed while they couldn't be saved (off the page): saved when it is back. */
  #unsaved = false;
  /** Asks for an update once the page is parsed (the same function: added once however often). */
  #parsed = () => this.#host.requestUpdate();
  readonly #host: ReactiveControllerHost;
  readonly #options: TicksOptions;

  constructor(host: ReactiveControllerHost, options: TicksOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Before each render: load the saved ticks if saving was just turned on or the key changed. */
  hostUpdate(): void {
    // Off the page (moved, or removed by a framework that may put it back), its settings are unknown:
    // nothing is loaded, nor removed, until it is back.
    if (isServer || !(this.#host as ReactiveControllerHost & Node).isConnected) return;
    const previous = this.#loadedKey;
    const key = this.#options.key();
    if (key === undefined) {
      // Saving was turned off: what was saved goes too, as the note now says.
      if (previous) this.#access(() => localStorage.removeItem(previous));
      this.#loadedKey = undefined;
      return;
    }
    // The page is still being parsed: this checklist's own items may not have arrived yet.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.#parsed, { once: true });
      return;
    }
    if (key === previous) {
      if (this.#unsaved) this.save();
      return;
    }
    this.#loadedKey = key;
    const { ticks } = this.#options;
    const before = [...ticks].join();
    // Ticks that only came from the old key belong to other items: they don't carry over.
    if (!this.#options.touched()) ticks.clear();
    this.failed = false;
    let saved = this.#access(() => load(key));
    if (saved === null) {
      // Storage works, but what it holds is not ours to read: start afresh (the next save replaces it).
      this.#options.warn('the saved ticks were not understood and were ignored.');
      saved = [];
    }
    if (saved) {
      const unsaved = [...ticks].some(id => !saved.includes(id));
      for (const id of this.#options.items()) if (saved.includes(id)) ticks.add(id);
      // The key changed under ticks this checklist saved: they move with it, nothing stays behind.
      if (previous && this.#written.has(previous)) this.#access(() => localStorage.removeItem(previous));
      // Ticks made before saving was on (or under the old key) are saved now, as the note says.
      if (unsaved) this.save();
    }
    if ([...ticks].join() !== before) this.#options.loaded();
  }

  /** Saves the ticks, if saving is on and they have been loaded (else the next load saves them). */
  save(): void {
    const key = this.#options.key();
    // Off the page its settings are unknown (a cleared checklist moved between providers): later.
    this.#unsaved = !(this.#host as ReactiveControllerHost & Node).isConnected;
    if (this.#unsaved || !key || key !== this.#loadedKey || this.failed) return;
    this.#written.add(key);
    const { ticks } = this.#options;
    this.#access(() => save(key, this.#options.items().filter(id => ticks.has(id))));
  }

  /** One access to storage. Storage that throws (blocked, full) warns once and leaves the ticks on the page. */
  #access<T>(access: () => T): T | undefined {
    try {
      return access();
    } catch (error) {
      if (!this.failed) this.#options.warn(`storage failed (${error}); ticks stay on this page.`);
      this.failed = true;
      return undefined;
    }
  }
}
