import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SECTIONS, attr, commonArgTypes, type Args } from './shared.js';

const render = (args: Args) => html`<reflection-card
  section=${attr(args, 'section')}
  variant=${attr(args, 'variant')}
  heading=${attr(args, 'heading')}
  heading-level=${attr(args, 'heading-level')}
  theme=${attr(args, 'theme')}
></reflection-card>`;

const meta: Meta<Args> = {
  title: 'Elements/reflection-card',
  component: 'reflection-card',
  render,
  argTypes: {
    section: { control: { type: 'select' }, options: SECTIONS },
    variant: { control: { type: 'inline-radio' }, options: ['section', 'quote'] },
    ...commonArgTypes,
  },
};
export default meta;
type Story = StoryObj<Args>;

const title = (id: string) => id.replace(/-/g, ' ').replace(/^./, c => c.toUpperCase());

export const Default: Story = {};

// Every section, and each as a quote.
export const WhyTrustFeelsRisky: Story = { name: title(SECTIONS[0]), args: { section: SECTIONS[0] } };
export const TheTherapeuticFrame: Story = { name: title(SECTIONS[1]), args: { section: SECTIONS[1] } };
export const RuptureAndRepair: Story = { name: title(SECTIONS[2]), args: { section: SECTIONS[2] } };
export const EarnedSecureAttachment: Story = { name: title(SECTIONS[3]), args: { section: SECTIONS[3] } };
export const Interdependence: Story = { name: title(SECTIONS[4]), args: { section: SECTIONS[4] } };
export const TherapyBeyondTheHour: Story = { name: title(SECTIONS[5]), args: { section: SECTIONS[5] } };
export const DecidingTrust: Story = { name: title(SECTIONS[6]), args: { section: SECTIONS[6] } };
export const QuoteWhyTrustFeelsRisky: Story = { name: `Quote: ${title(SECTIONS[0])}`, args: { section: SECTIONS[0], variant: 'quote' } };
export const QuoteTheTherapeuticFrame: Story = { name: `Quote: ${title(SECTIONS[1])}`, args: { section: SECTIONS[1], variant: 'quote' } };
export const QuoteRuptureAndRepair: Story = { name: `Quote: ${title(SECTIONS[2])}`, args: { section: SECTIONS[2], variant: 'quote' } };
export const QuoteEarnedSecureAttachment: Story = { name: `Quote: ${title(SECTIONS[3])}`, args: { section: SECTIONS[3], variant: 'quote' } };
export const QuoteInterdependence: Story = { name: `Quote: ${title(SECTIONS[4])}`, args: { section: SECTIONS[4], variant: 'quote' } };
export const QuoteTherapyBeyondTheHour: Story = { name: `Quote: ${title(SECTIONS[5])}`, args: { section: SECTIONS[5], variant: 'quote' } };
export const QuoteDecidingTrust: Story = { name: `Quote: ${title(SECTIONS[6])}`, args: { section: SECTIONS[6], variant: 'quote' } };

export const HeadingLevel3: Story = { name: 'Heading at level 3', args: { section: SECTIONS[2], 'heading-level': 3 } };
export const Dark: Story = { args: { section: SECTIONS[1], theme: 'dark' } };

export const Authored: Story = {
  name: 'Authored card with a footer',
  render: () => html`<reflection-card>
    <h3>How we work</h3>
    <p>Sessions are weekly, at the same time, with the same counsellor.</p>
    <footer><p>Would you like to talk? <a href="#book">Book a first conversation</a>.</p></footer>
  </reflection-card>`,
};

export const Narrow: Story = {
  name: 'Long text in a 320 px column',
  args: { section: SECTIONS[4] },
  render: args => html`<div style="width: 320px">${render(args)}</div>`,
};

export const BadInput: Story = {
  name: 'Bad input: unknown section',
  args: { section: 'not-a-section' },
  parameters: { expectedWarnings: ['<reflection-card> section: "not-a-section"'] },
};
