/**
 * The provider's side of the context protocol: a provider that upgrades inside another one
 * takes over the elements inside it, and the outer one stops reaching them.
 * This file runs in its own page and registers nothing on import: each test defines what it needs.
 *
 * Plain markup goes in with `fixtureSync`: `fixture` waits for an animation frame when the
 * element has no `updateComplete`, and a page running in the background may never get one.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import { $, settle } from '../../test/helpers.js';
import { define } from '../define.js';
import { KeyPoints } from '../key-points/key-points.js';
import { TrustProvider } from '../trust-provider/trust-provider.js';

const level = (el: Element) => $(el, '[part~="heading"]').localName;
const DARK_BG = 'rgb(21, 25, 30)';
const background = (el: Element) => getComputedStyle($(el, '[part~="base"]')).backgroundColor;

describe('<trust-provider> inside another, upgraded later', () => {
  it('takes over the elements inside it; the outer one no longer reaches them', async () => {
    define('trust-provider', TrustProvider);
    define('key-points', KeyPoints);
    const page = fixtureSync(`<trust-provider heading-level="3">
      <key-points id="outside"></key-points>
      <late-provider heading-level="5"><key-points id="inside"></key-points></late-provider>
    </trust-provider>`);
    await settle(page);
    const outer = page as TrustProvider;
    const outside = page.querySelector('#outside')!;
    const inside = page.querySelector('#inside')!;
    // the inner provider is not defined yet: the outer one answers everything
    expect([outside, inside].map(level)).to.deep.equal(['h3', 'h3']);

    define('late-provider', class LateProvider extends TrustProvider {});
    await settle(page);
    expect([outside, inside].map(level)).to.deep.equal(['h3', 'h5']);

    // the outer one's level reaches only its own; its theme is inherited through the inner one
    outer.headingLevel = 4;
    outer.theme = 'dark';
    await settle(page);
    expect([outside, inside].map(level)).to.deep.equal(['h4', 'h5']);
    expect([outside, inside].map(background)).to.deep.equal([DARK_BG, DARK_BG]);
    await expect(page).to.be.accessible();
  });
});
