import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Shared test setup. Importing it makes any unexpected console.error, console.warn
 * (Lit's dev-mode warnings included) or uncaught error fail the test it happened in.
 * Tests that expect warnings take them with `takeWarnings()` and assert on them.
 */
type Entry = { level: 'error' | 'warn'; text: string };
let log: Entry[] = [];

// Held back rather than printed: expected ones are asserted on, the rest fail the test with their text.
for (const level of ['error', 'warn'] as const) {
  console[level] = (...args: unknown[]) => {
    log.push({ level, text: args.map(String).join(' ') });
  };
}
window.addEventListener('error', e => log.push({ level: 'error', text: `uncaught: ${e.message}` }));
window.addEventListener('unhandledrejection', e => log.push({ level: 'error', text: `unhandled rejection: ${String(e.reason)}` }));

/** The warnings logged so far in this test; they no longer count as unexpected. */
export const takeWarnings = (): string[] => {
  const warnings = log.filter(e => e.level === 'warn').map(e => e.text);
  log = log.filter(e => e.level !== 'warn');
  return warnings;
};

beforeEach(() => {
  log = [];
});

afterEach(function () {
  const left = log;
  log = [];
  if (left.length) {
    throw new Error(`Unexpected console output in "${this.currentTest?.title}":\n${left.map(e => `${e.level}: ${e.text}`).join('\n')}`);
  }
});

/** Text as a reader sees it (white space folded), of a node or of an element's shadow root. */
export const text = (node: Node | null | undefined): string => {
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
};

/** All matches inside an element's shadow root. */
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string): E[] =>
  Array.from(el.shadowRoot!.querySelectorAll<E>(selector));

/** The first match inside an element's shadow root (fails loudly if none). */
export const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E => {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`<${el.localName}> has no "${selector}" in its shadow root`);
  return found;
};

/** The localStorage keys our elements wrote (all of them start with `rebuild-trust:`). */
export const storedKeys = (): string[] => Object.keys(localStorage).filter(k => k.startsWith('rebuild-trust:'));

/** The values (item ids) of the ticked checkboxes in an element's shadow root. */
export const tickedIds = (el: Element): string[] =>
  $$<HTMLInputElement>(el, 'input')
    .filter(box => box.checked)
    .map(box => box.value);

/** Resource requests the page made since `since` (a performance.now() reading). */
export const requestsSince = (since: number): string[] =>
  performance
    .getEntriesByType('resource')
    .filter(e => e.startTime >= since)
    .map(e => e.name);

/** Lets mutation observers and context callbacks run, then waits for every element under `root` to render. */
export const settle = async (root: Element): Promise<void> => {
  await new Promise(r => setTimeout(r));
  const els = [root, ...Array.from(root.querySelectorAll('*'))].filter(
    (el): el is Element & { updateComplete: Promise<unknown> } => (el as { updateComplete?: unknown }).updateComplete instanceof Promise,
  );
  for (const el of els) await el.updateComplete;
};

/**
 * What a reader sees of an element, as text in reading order: its shadow root with the page's
 * nodes its slots show (flattened), leaving out what is not rendered; white space folded.
 */
export const seenText = (node: Node): string => {
  const walk = (n: Node): string => {
    if (n instanceof Text) return n.data;
    if (!(n instanceof Element)) return '';
    if (n instanceof HTMLSlotElement) return n.assignedNodes({ flatten: true }).map(walk).join('');
    if (!n.getClientRects().length && getComputedStyle(n).display !== 'contents') return '';
    const kids = n.shadowRoot ? n.shadowRoot.childNodes : n.childNodes;
    const inner = [...kids].map(walk).join('');
    return getComputedStyle(n).display === 'inline' ? inner : ` ${inner} `;
  };
  return walk(node).replace(/\s+/g, ' ').trim();
};

/**
 * The item ids saved under `key`, read from our record `{"v":1,"ticked":[…]}` (anything else fails
 * the test); null when nothing is saved there.
 */
export const savedIds = (key: string): string[] | null => {
  const text = localStorage.getItem(key);
  if (text === null) return null;
  const record = JSON.parse(text) as { v?: unknown; ticked?: unknown };
  if (record.v !== 1 || !Array.isArray(record.ticked) || Object.keys(record).length !== 2) throw new Error(`not a saved-ticks record: ${text}`);
  return record.ticked as string[];
};

/** [r, g, b, a] on a 0–255 scale from a computed colour: `rgb()`, `rgba()` or `color(srgb …)` (what color-mix() computes to). */
export const rgba = (colour: string): number[] => {
  const [r, g, b, a = 1] = colour.match(/[\d.]+/g)!.map(Number);
  const scale = colour.startsWith('color(') ? 255 : 1;
  return [r * scale, g * scale, b * scale, a];
};

export type Media = { media?: string; features?: { name: string; value: string }[] };
/** Emulates media where the engine allows it here (Chromium, over CDP); false elsewhere. `{}` undoes it. */
export const emulate = (media: Media) => executeServerCommand<boolean, Media>('emulate-media-cdp', media);
/** Emulates `media` and answers whether `query` now matches (false in the engines that can't emulate it). */
export const emulated = async (media: Media, query: string) => (await emulate(media)) && matchMedia(query).matches;

/** Every rule of `el`'s shadow styles inside an `@media` block whose condition contains `media`. */
export const mediaRules = (el: Element, media: string): string =>
  (el.shadowRoot!.adoptedStyleSheets ?? [])
    .flatMap(sheet => Array.from(sheet.cssRules))
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(media))
    .map(rule => rule.cssText)
    .join('\n');
