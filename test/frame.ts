/**
 * Pages for the tests of the built files: each is an iframe, a fresh document and registry,
 * that records its own warnings and errors in `window.__log`.
 */
import { expect, waitUntil } from '@open-wc/testing';

export const CDN = '/dist/cdn/rebuild-trust.js';
export const CLASSIC = '/dist/cdn/rebuild-trust.classic.js';
export const TAGS = ['key-points', 'trust-checklist', 'reflection-card'] as const;

export const POINT = 'Trust is relearned through experience, not instruction.';
export const ITEM = 'I worry the good moments won’t last.';
export const SECTION_START = 'If safety once came and went without warning, trust can feel like walking a tightrope.';

/** Records warnings and errors inside the frame before anything else runs (its nonce passes a strict CSP). */
export const NONCE = 'rebuild-trust-test';
const RECORDER = `<script nonce="${NONCE}">
  window.__log = [];
  for (const level of ['warn', 'error']) {
    console[level] = (...args) => window.__log.push(level + ': ' + args.join(' '));
  }
  addEventListener('error', e => window.__log.push('uncaught: ' + e.message));
</script>`;

export type Frame = { win: Window & { __log?: string[] }; doc: Document; iframe: HTMLIFrameElement };

export async function page(body: string, { head = '', scripts = true, width = 800, height = 1200 } = {}): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width:${width}px;height:${height}px;border:0`;
  if (!scripts) iframe.setAttribute('sandbox', 'allow-same-origin');
  iframe.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A page of the clinic’s site</title>${scripts ? RECORDER : ''}${head}</head><body>${body}</body></html>`;
  const loaded = new Promise(resolve => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return { iframe, win: iframe.contentWindow as Frame['win'], doc: iframe.contentDocument! };
}

export const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What the reader sees rendered from the light DOM (text inside shadow roots not included). */
export const lightText = (doc: Document) => doc.body.innerText.replace(/\s+/g, ' ');
export const items = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll('[part~="item"], [part~="body"] > p, blockquote p')).map(n =>
    (n.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
export const rendered = async ({ doc, win }: Frame, count: number) => {
  const done = () => Array.from(doc.querySelectorAll(TAGS.join(','))).filter(el => el.shadowRoot?.querySelector('[part~="base"]')).length;
  try {
    await waitUntil(() => done() === count, '', { timeout: 5000 });
  } catch {
    throw new Error(`expected ${count} rendered elements, found ${done()}; frame log: ${win.__log?.join('; ')}`);
  }
  return Array.from(doc.querySelectorAll(TAGS.join(',')));
};
export const snippetFile = async (path: string) => {
  const res = await fetch(path);
  expect(res.ok, `${path} is built`).to.equal(true);
  // The snippets point at the public CDN; here the same file is served locally (the integrity hash still has to match).
  return (await res.text())
    .replace(/href="https:\/\/cdn\.jsdelivr\.net\/npm\/rebuild-trust@[^/]+\/dist\/cdn\/rebuild-trust\.css"/, 'href="/dist/cdn/rebuild-trust.css"')
    .replace(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/rebuild-trust@[^/]+\/dist\/cdn\/rebuild-trust\.js"/, `src="${CDN}"`)
    .replace(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/rebuild-trust@[^/]+\/dist\/cdn\/rebuild-trust\.classic\.js"/, `src="${CLASSIC}"`);
};

/** The script that gives a frame axe; a page under Trusted Types must have it in its markup. */
export const AXE = '/node_modules/axe-core/axe.min.js';

/** axe (WCAG 2.2 A and AA) run inside the frame, on its whole page: the violations' ids and targets. */
export const axeViolations = async ({ doc, win }: Frame): Promise<string[]> => {
  type Axe = { run(context: Node, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
  const w = win as unknown as { axe?: Axe };
  if (!w.axe) {
    const script = Object.assign(doc.createElement('script'), { src: AXE });
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
      doc.head.append(script);
    });
  }
  const { violations } = await w.axe!.run(doc, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
  return violations.map(v => `${v.id}: ${v.nodes.map(n => JSON.stringify(n.target)).join(', ')}`);
};

afterEach(() => document.querySelectorAll('iframe').forEach(f => f.remove()));
