import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { attr, commonArgTypes, type Args } from './shared.js';

const render = (args: Args) => html`<trust-checklist
  heading=${attr(args, 'heading')}
  heading-level=${attr(args, 'heading-level')}
  theme=${attr(args, 'theme')}
  persist=${attr(args, 'persist')}
  storage-key=${attr(args, 'storage-key')}
  name=${attr(args, 'name')}
></trust-checklist>`;

const meta: Meta<Args> = {
  title: 'Elements/trust-checklist',
  component: 'trust-checklist',
  render,
  argTypes: {
    ...commonArgTypes,
    persist: { control: 'boolean' },
    'storage-key': { control: 'text' },
    name: { control: 'text' },
  },
  // The Actions panel logs every trust-checklist-change with its detail.
  parameters: { actions: { handles: ['trust-checklist-change'] } },
  decorators: [withActions],
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const HeadingLevel3: Story = { name: 'Heading at level 3', args: { 'heading-level': 3 } };
export const Light: Story = { args: { theme: 'light' } };
export const Dark: Story = { args: { theme: 'dark' } };

const SAVED = 'storybook-saved-state';
export const PersistSaved: Story = {
  name: 'persist, with a saved state',
  args: { persist: true, 'storage-key': SAVED },
  loaders: [
    async () => {
      localStorage.setItem(`rebuild-trust:${SAVED}`, JSON.stringify({ v: 1, ticked: ['hide-needs', 'withdraw'] }));
      return {};
    },
  ],
};

export const InAForm: Story = {
  name: 'In the site’s own form (name)',
  parameters: { controls: { disable: true } },
  render: () => html`<form action="#" @submit=${(e: Event) => e.preventDefault()}>
    <trust-checklist name="reflection"></trust-checklist>
    <button type="submit" style="font: inherit; min-height: 2.75rem">Send to my counsellor</button>
  </form>`,
};

export const StorageRefused: Story = {
  name: 'persist, when the browser refuses storage',
  args: { persist: true, 'storage-key': 'storybook-refused' },
  // As in a sandboxed frame or with storage blocked: every access throws. Put back when the story goes.
  beforeEach: () => {
    const { getItem, setItem } = Storage.prototype;
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.assign(Storage.prototype, { getItem: refuse, setItem: refuse });
    return () => Object.assign(Storage.prototype, { getItem, setItem });
  },
  parameters: { expectedWarnings: ['<trust-checklist> persist: storage failed'] },
};

export const Printed: Story = {
  name: 'Printed, from the dark theme (use print preview)',
  args: { theme: 'dark' },
  render: args => {
    const el = render(args);
    return html`${el}<p>Open this story’s canvas in a new tab, then your browser’s print preview: the checklist prints as a light worksheet, the reader’s ticks kept, every other box open, and a line for the date.</p>`;
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('trust-checklist');
    if (el) el.checked = ['hide-needs', 'withdraw'];
  },
  // The story check prints it (Chromium's print media) before it looks.
  parameters: { media: 'print' },
};

export const Authored: Story = {
  name: 'Authored items',
  parameters: { controls: { disable: true } },
  render: () => html`<trust-checklist>
    <ul>
      <li data-id="sleep">I sleep badly before sessions.</li>
      <li data-id="cancel">I think about cancelling.</li>
    </ul>
  </trust-checklist>`,
};

export const WithFooter: Story = {
  name: 'With the clinic’s footer',
  parameters: { controls: { disable: true } },
  render: () => html`<trust-checklist>
    <footer>
      <p>Would you like to talk this through? <a href="#book">Book a first conversation</a>.</p>
      <p>If you need help now, call NHS 111 or, in an emergency, 999.</p>
    </footer>
  </trust-checklist>`,
};

export const Narrow: Story = {
  name: 'In a 320 px column',
  render: args => html`<div style="width: 320px">${render(args)}</div>`,
};

export const BadInput: Story = {
  name: 'Bad input: heading-level="0"',
  args: { 'heading-level': 0 },
  parameters: { expectedWarnings: ['<trust-checklist> heading-level: "0"'] },
};
