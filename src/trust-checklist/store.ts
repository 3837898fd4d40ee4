/**
 * Saving ticks in localStorage, only when a site opts in with `persist`.
 *
 * What is stored is a versioned record of item ids, never their text: `{"v":1,"ticked":["id",…]}`,
 * written by our own few lines (a page's `Array.prototype.toJSON`, as Prototype.js adds, can't
 * change it) and shape-checked when read (version 0.1.0's bare list of ids is read too). Every
 * access may throw (storage blocked, sandboxed iframe, quota full): the checklist carries on in
 * memory, a failed write never removes what was saved before, and the note says what is true.
 *
 * Checklists with the same key stay in step: on one page when either saves, and across tabs through
 * the `storage` event (one listener for all of them). Following never writes, so nothing loops.
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

/** The record for `ids`. (JSON.stringify of a string never calls a page's toJSON: only objects have one.) */
export const serialise = (ids: string[]): string => `{"v":1,"ticked":[${ids.map(id => JSON.stringify(id)).join(',')}]}`;

/** The ids in a stored record; `null` when it is not one of ours (damaged, or another shape). */
export const parse = (text: string): string[] | null => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  // Version 1, or 0.1.0's bare list of ids. (Its own fields only: copied to an object without a prototype.)
  const { v, ticked } = Object.assign(Object.create(null), value) as Record<string, unknown>;
  const ids = Array.isArray(value) ? value : v === 1 ? ticked : undefined;
  return Array.isArray(ids) && ids.every(id => typeof id === 'string') ? [...ids] : null;
};

/** The ids saved under `key` (none yet: `[]`); `null` when what is there is not ours to read. */
export const load = (key: string): string[] | null => {
  const text = localStorage.getItem(key);
  return text === null ? [] : parse(text);
};

/** Saves `ids` under `key` in one write (none: removes it). A write that fails leaves the older record as it was. */
export const save = (key: string, ids: string[]): void => {
  if (ids.length) localStorage.setItem(key, serialise(ids));
  else localStorage.removeItem(key);
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
  /** Loading (or another checklist with the same key, here or in another tab) changed the ticks. */
  loaded(): void;
  /** Something went wrong with storage: the words for a warning. */
  warn(problem: string): void;
}

/** The checklists whose ticks were loaded from each key, on this page. */
const following = new Map<string, Set<SavedTicks>>();

/** Whether a checklist other than `self` on this page follows `key`. */
const shared = (key: string, self: SavedTicks): boolean => [...(following.get(key) ?? [])].some(other => other !== self);

/** Another tab saved (or cleared) ticks: the checklists here with that key follow. */
const otherTab = (event: StorageEvent): void => {
  const { key } = event; // null: the other tab cleared all storage
  if (key !== null && !following.has(key)) return;
  try {
    if (event.storageArea !== localStorage) return;
  } catch {
    return; // storage is blocked here: nothing of ours is saved to follow
  }
  const ids = key === null ? [] : parse(event.newValue ?? '[]');
  if (!ids) return; // not a record of ours: nothing to follow
  for (const k of key === null ? [...following.keys()] : [key]) following.get(k)?.forEach(saved => saved.follow(ids));
};

/**
 * Keeps a checklist's ticks in step with what is saved: before each render it loads the ticks
 * saved under the current key (when saving was just turned on, or the key changed), and `save()`
 * writes them after each change. Turning saving off removes what was saved, as the note then says.
 */
export class SavedTicks implements ReactiveController {
  /** A write failed: nothing more is written (but clearing), and the note says the ticks aren't saved. */
  failed = false;
  /** The key the ticks were loaded from; unset while saving is off or nothing is loaded yet. */
  #loadedKey: string | undefined;
  /** Keys written to on this page: only those may be emptied when the key changes. */
  #written = new Set<string>();
  /** The ticks changed while they couldn't be saved (off the page): saved when it is back. */
  #unsaved = false;
  /** Off the page it follows no one: when it is back, it follows (and shows) what is saved again. */
  #away = false;
  /** Asks for an update once the page is parsed (the same function: added once however often). */
  #parsed = () => this.#host.requestUpdate();
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: TicksOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: TicksOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#follow(undefined);
    this.#away = true;
  }

  /** Before each render: load the saved ticks if saving was just turned on or the key changed. */
  hostUpdate(): void {
    // Off the page (moved, or removed by a framework that may put it back), its settings are unknown:
    // nothing is loaded, nor removed, until it is back.
    if (isServer || !this.#host.isConnected) return;
    const previous = this.#loadedKey;
    const key = this.#options.key();
    if (key === undefined) {
      // Saving was turned off: what was saved goes too, as the note now says (unless the same
      // checklist elsewhere on the page still saves it).
      this.#follow(undefined);
      if (previous && !shared(previous, this)) this.#access(() => localStorage.removeItem(previous));
      this.#loadedKey = undefined;
      return;
    }
    // The page is still being parsed: this checklist's own items may not have arrived yet.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.#parsed, { once: true });
      return;
    }
    if (key === previous) {
      if (this.#away) {
        // Back on the page: follow the others again, and show what was saved meanwhile (or save
        // what changed here while it was away).
        this.#away = false;
        this.#follow(key);
        const saved = this.#unsaved ? undefined : this.#access(() => load(key));
        if (saved) this.follow(saved);
      }
      if (this.#unsaved) this.save();
      return;
    }
    this.#away = false;
    this.#loadedKey = key;
    this.#follow(key);
    const { ticks } = this.#options;
    const before = [...ticks].join();
    // Ticks that only came from the old key belong to other items: they don't carry over.
    if (!this.#options.touched()) ticks.clear();
    this.failed = false;
    let saved = this.#access(() => load(key));
    if (saved === null) {
      // Storage works, but what it holds is not ours to read: start afresh (the next save replaces it).
      this.#options.warn('the saved ticks were not understood; ignored.');
      saved = [];
    }
    if (saved) {
      const unsaved = [...ticks].some(id => !saved.includes(id));
      for (const id of this.#options.items()) if (saved.includes(id)) ticks.add(id);
      // Ticks made before saving was on (or under the old key) are saved now, as the note says.
      if (unsaved) this.save();
      // The key changed under ticks this checklist saved: once they are safely under the new key,
      // nothing stays behind (unless the same checklist elsewhere on the page still uses it).
      if (previous && this.#written.has(previous) && !this.failed && !shared(previous, this)) {
        this.#access(() => localStorage.removeItem(previous));
      }
    }
    if ([...ticks].join() !== before) this.#options.loaded();
  }

  /** Saves the ticks, if saving is on and they have been loaded (else the next load saves them). */
  save(): void {
    const key = this.#options.key();
    // Off the page its settings are unknown (a cleared checklist moved between providers): later.
    this.#unsaved = !this.#host.isConnected;
    if (this.#unsaved || !key || key !== this.#loadedKey) return;
    const ids = this.#ids();
    // After a failed write only clearing is tried: the reader asked for what was saved to go.
    if (this.failed && ids.length) return;
    // Ids saved under this key for items this checklist doesn't have (the same storage-key on a
    // checklist with other items) are kept.
    const items = this.#options.items();
    const theirs = (this.#access(() => load(key)) ?? []).filter(id => !items.includes(id));
    if (!this.#access(() => (save(key, [...ids, ...theirs]), true))) return;
    this.#written.add(key);
    for (const other of following.get(key) ?? []) if (other !== this) other.follow([...ids, ...theirs]);
  }

  /**
   * Shows what is saved now, writing nothing (the page came back from the back/forward cache, where
   * it may have missed another tab's changes). False when nothing could be read.
   */
  reload(): boolean {
    const key = this.#loadedKey;
    const saved = key && this.#access(() => load(key));
    if (saved) this.follow(saved);
    return !!saved;
  }

  /** Another checklist with the same key saved `ids` (here or in another tab): show those, write nothing. */
  follow(ids: string[]): void {
    const { ticks } = this.#options;
    const before = this.#ids().join();
    ticks.clear();
    for (const id of this.#options.items()) if (ids.includes(id)) ticks.add(id);
    if (this.#ids().join() === before) return;
    this.#host.requestUpdate();
    this.#options.loaded();
  }

  /** The ticked ids, in the items' order. */
  #ids(): string[] {
    const { ticks } = this.#options;
    return this.#options.items().filter(id => ticks.has(id));
  }

  /** Registers this checklist as following `key` (or none). */
  #follow(key: string | undefined): void {
    for (const [k, set] of following) if (k !== key && set.delete(this) && !set.size) following.delete(k);
    if (key === undefined) return;
    addEventListener('storage', otherTab); // (the same listener: added once)
    following.set(key, (following.get(key) ?? new Set()).add(this));
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
