// Node (no browser): every entry point of the npm package imports in bare Node and under Lit's
// global DOM shim (as Astro and Eleventy load it), and @lit-labs/ssr renders each element into a
// declarative shadow root with the article's words. Runs against the built dist/npm.
// `node --test test/node/` (npm test runs it after the build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ENTRIES = ['index', 'key-points/key-points', 'trust-checklist/trust-checklist', 'reflection-card/reflection-card', 'trust-provider/trust-provider', 'define', 'content', 'snippets'];
const dist = new URL('../../dist/npm/', import.meta.url);

/** Runs `code` (an ES module) in a fresh Node process from this folder, and returns what it printed. */
const node = code => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: fileURLToPath(new URL('.', import.meta.url)), encoding: 'utf8' });
const importAll = `for (const entry of ${JSON.stringify(ENTRIES)}) await import(new URL(entry + '.js', ${JSON.stringify(dist.href)}).href);`;

test('every entry point imports in bare Node, and the index registers the four tags', () => {
  const out = node(`${importAll}
    console.log(typeof document, ['key-points', 'trust-checklist', 'reflection-card', 'trust-provider'].map(t => typeof customElements.get(t)).join());`);
  assert.equal(out.trim(), 'undefined function,function,function,function');
});

test('every entry point imports under Lit’s global DOM shim (document exists, but not its DOM methods)', () => {
  const out = node(`import '@lit-labs/ssr/lib/install-global-dom-shim.js';
    ${importAll}
    console.log(typeof document, typeof customElements.get('key-points'));`);
  assert.equal(out.trim(), 'object function');
});

/** The server render of `markup`, with declarative shadow roots; `connected` opts in to connectedCallback. */
const serverRender = (markup, connected = false) =>
  node(`import { render, LitElementRenderer } from '@lit-labs/ssr';
    import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
    import { html } from 'lit';
    await import(${JSON.stringify(new URL('index.js', dist).href)});
    ${connected ? 'LitElementRenderer.renderOptions.push(() => ({ connectedCallback: true }));' : ''}
    process.stdout.write(collectResultSync(render(html\`${markup}\`)));`)
    // Lit's hydration markers and our styles are not what a reader sees
    .replace(/<!--.*?-->/g, '')
    .replace(/<style>.*?<\/style>/g, '');

/** The text a reader would see, tags dropped (inline ones and Lit's markers without a space) and white space folded. */
const words = html =>
  html
    .replace(/<!--.*?-->|<\/?(bdi|cite|span)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

test('<key-points> renders its heading and the four points in a declarative shadow root', () => {
  const out = serverRender('<key-points></key-points>');
  assert.match(out, /<key-points><template shadowroot="open" shadowrootmode="open">/);
  assert.match(out, /<h2 class="heading" part="heading" *>At a glance<\/h2>/);
  assert.match(words(out), /Therapy can model secure attachment through consistency and care\. .*Trust is relearned through experience, not instruction\./);
  assert.match(out, /lang="en-GB"/);
});

test('<trust-checklist> renders its five statements as real, unticked checkboxes, with the note', () => {
  const out = serverRender('<trust-checklist></trust-checklist>');
  assert.match(out, /<h2 class="heading" part="heading" *>Reflection: When You Feel the Urge to Pull Away<\/h2>/);
  const boxes = out.match(/<input [^>]*>/g);
  assert.equal(boxes.length, 5);
  for (const box of boxes) {
    assert.match(box, /type="checkbox"/);
    assert.doesNotMatch(box, /\bchecked\b/, 'no box is ticked');
  }
  assert.match(words(out), /I test people to see if they’ll leave\./);
  assert.match(words(out), /Only you can see your ticks\. They are not saved or sent to anyone, and they go when you leave this page\./);
});

test('<reflection-card> renders a section, and a quotation with its citation', () => {
  const section = serverRender('<reflection-card section="rupture-and-repair"></reflection-card>');
  assert.match(section, /<h2 class="heading" part="heading" *>Rupture and Repair<\/h2>/);
  assert.match(words(section), /connection can survive disruption\./);
  const quote = serverRender('<reflection-card variant="quote" section="rupture-and-repair"></reflection-card>');
  assert.match(quote, /<blockquote>/);
  assert.match(words(quote), /— Rupture and Repair, How Therapy Helps Rebuild Trust/);
});

test('a surrounding <trust-provider>’s settings apply on the server only with Lit’s connectedCallback opt-in', () => {
  const markup = '<trust-provider heading-level="4" theme="dark"><key-points></key-points></trust-provider>';
  const plain = serverRender(markup);
  assert.match(plain, /<div part="base" class="base auto"/);
  assert.match(plain, /<h2 class="heading"/);
  const connected = serverRender(markup, true);
  assert.match(connected, /<div part="base" class="base dark"/);
  assert.match(connected, /<h4 class="heading" part="heading" *>At a glance<\/h4>/);
});

test('the element’s own attributes render on the server', () => {
  const out = serverRender('<key-points heading="Our summary" heading-level="3" theme="light"></key-points>');
  assert.match(out, /<h3 class="heading" part="heading" *>Our summary<\/h3>/);
  assert.match(out, /class="base light"/);
});
