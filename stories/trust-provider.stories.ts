import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { THEMES, attr, type Args } from './shared.js';

const meta: Meta<Args> = {
  title: 'Elements/trust-provider',
  component: 'trust-provider',
  argTypes: {
    'heading-level': { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] },
    theme: { control: { type: 'inline-radio' }, options: THEMES },
    persist: { control: 'boolean' },
  },
  args: { 'heading-level': 3 },
  render: args => html`<trust-provider heading-level=${attr(args, 'heading-level')} theme=${attr(args, 'theme')} persist=${attr(args, 'persist')}>
    <key-points></key-points>
    <reflection-card section="the-therapeutic-frame" variant="quote"></reflection-card>
    <trust-checklist></trust-checklist>
  </trust-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

export const SharedSettings: Story = { name: 'Shared settings' };

/** The `<script type="application/json">` a clinic would put inside the provider. */
const json = (value: object | string) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof value === 'string' ? value : JSON.stringify(value);
  return script;
};

export const TranslatedStrings: Story = {
  name: 'Translated interface strings (Welsh)',
  parameters: { controls: { disable: true } },
  render: () => html`<trust-provider>
    ${json({ strings: { lang: 'cy', clear: 'Clirio fy nhiciau', cleared: 'Mae eich ticiau wedi’u clirio.', privateNote: 'Dim ond chi sy’n gallu gweld eich ticiau. Dydyn nhw ddim yn cael eu cadw na’u hanfon at neb, ac maen nhw’n mynd pan fyddwch chi’n gadael y dudalen hon.' } })}
    <trust-checklist></trust-checklist>
  </trust-provider>`,
};

export const ReplacementContent: Story = {
  name: 'Replacement content',
  parameters: { controls: { disable: true } },
  render: () => html`<trust-provider>
    ${json({
      content: {
        lang: 'en-GB',
        keyPoints: { heading: 'Our approach, at a glance', items: ['Weekly sessions, same time, same counsellor.', 'A free first conversation.'] },
      },
    })}
    <key-points></key-points>
  </trust-provider>`,
};

export const BadJson: Story = {
  name: 'Bad input: malformed JSON',
  render: () => html`<trust-provider>${json('{oops')}<key-points></key-points></trust-provider>`,
  parameters: { controls: { disable: true }, expectedWarnings: ['<trust-provider> <script type="application/json">: invalid JSON'] },
};
