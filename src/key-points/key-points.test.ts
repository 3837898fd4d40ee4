import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, takeWarnings, text } from '../../test/helpers.js';
import '../index.js';
import type { KeyPoints } from './key-points.js';

const POINTS = [
  'Therapy can model secure attachment through consistency and care.',
  'Rupture and repair teach the body that safety can survive conflict.',
  'Testing boundaries is part of healing, not failure.',
  'Trust is relearned through experience, not instruction.',
];

describe('<key-points>', () => {
  it('renders “At a glance” and the four points verbatim, as a list', async () => {
    const el = await fixture<KeyPoints>(html`<key-points></key-points>`);
    const heading = $(el, 'h2');
    expect(heading.textContent!.trim()).to.equal('At a glance');
    expect($$(el, 'ul > li').map(li => li.textContent!.trim())).to.deep.equal(POINTS);
    expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('en-GB');
    await expect(el).to.be.accessible();
  });
});
