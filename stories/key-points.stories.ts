import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, commonArgTypes, type Args } from './shared.js';

const render = (args: Args) =>
  html`<key-points heading=${attr(args, 'heading')} heading-level=${attr(args, 'heading-level')} theme=${attr(args, 'theme')}></key-points>`;

const meta: Meta<Args> = {
  title: 'Elements/key-points',
  component: 'key-points',
  render,
  argTypes: { ...commonArgTypes },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const HeadingLevel4: Story = { name: 'Heading at level 4', args: { 'heading-level': 4 } };

export const OwnHeading: Story = { name: 'Heading text replaced', args: { heading: 'In short' } };

export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark' } };

export const Authored: Story = {
  name: 'Authored list (the clinic’s own points)',
  render: () => html`<key-points>
    <h3>What to expect from us</h3>
    <ul>
      <li>The same counsellor, at the same time, <em>every week</em>.</li>
      <li>A first conversation that is free: <a href="#book">book one</a>.</li>
    </ul>
  </key-points>`,
};

export const Narrow: Story = {
  name: 'In a 320 px column',
  render: args => html`<div style="width: 320px">${render(args)}</div>`,
};

export const BadInput: Story = {
  name: 'Bad input: heading-level="9"',
  args: { 'heading-level': 9 },
  parameters: { expectedWarnings: ['<key-points> heading-level: "9"'] },
};
