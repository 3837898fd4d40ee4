/**
 * A page that server-rendered the elements and loads Lit's hydration support (as Astro and
 * Eleventy pages may): the elements don't hydrate (what they draw depends on what the page wrote
 * inside them and on their provider, which the server render couldn't see): they draw afresh into
 * the server's shadow roots, with no error. This file runs in its own page; the hydration support
 * must load before Lit, so it is imported first.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixtureSync } from '@open-wc/testing';
import { seenText, settle, text } from '../test/helpers.js';
import './index.js';

/** What @lit-labs/ssr writes for an element's shadow root (markers included), abridged. */
const serverRoot = (heading: string) =>
  `<template shadowrootmode="open"><!--lit-part AEmR7W+R0Ak=--><div part="base" class="base auto" lang="en-GB" dir="ltr"><!--lit-part--><h2 class="heading" part="heading"><!--lit-part-->${heading}<!--/lit-part--></h2><!--/lit-part--><slot name="footer" part="footer"></slot></div><!--/lit-part--></template>`;

describe('with Lit’s hydration support loaded', () => {
  it('server-rendered elements draw afresh, with the page’s own content and their provider’s settings, and no error', async () => {
    expect('litElementHydrateSupport' in globalThis).to.equal(true);
    const page = fixtureSync(`<div></div>`);
    page.setHTMLUnsafe(`<trust-provider heading-level="3">
      <key-points>${serverRoot('At a glance')}<ul><li>Mine</li></ul><footer>Talk to us</footer></key-points>
      <trust-checklist>${serverRoot('Reflection: When You Feel the Urge to Pull Away')}</trust-checklist>
    </trust-provider>`);
    await settle(page);
    await new Promise(r => setTimeout(r, 50));
    const points = page.querySelector('key-points')!;
    expect(seenText(points)).to.equal('At a glance Mine Talk to us');
    expect(points.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h3');
    const checklist = page.querySelector('trust-checklist')!;
    expect(checklist.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h3');
    expect(checklist.shadowRoot!.querySelectorAll('input[type="checkbox"]')).to.have.length(5);
    // drawn once: the server's markup is gone
    expect(text(checklist).match(/Reflection:/g)).to.have.length(1);
    await expect(page).to.be.accessible();
  });
});
