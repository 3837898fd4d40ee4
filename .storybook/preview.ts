import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../dist/custom-elements.json';
import '../src/index.js';

type Named = { name: string };
type Declaration = { members?: (Named & { privacy?: string; static?: boolean })[]; slots?: Named[]; cssParts?: Named[] };
type Manifest = { modules: { declarations?: Declaration[] }[] };

/**
 * Docs show the public API only (private and protected members, and statics, are left out).
 * Storybook keys every API row by name, so slots and parts get names of their own: the
 * `footer` slot, the `footer` part and the `heading` attribute must not overwrite each other.
 */
const forDocs = (m: Manifest): Manifest => ({
  ...m,
  modules: m.modules.map(mod => ({
    ...mod,
    declarations: mod.declarations?.map(d => ({
      ...d,
      members: d.members?.filter(member => (!member.privacy || member.privacy === 'public') && !member.static),
      slots: d.slots?.map(slot => ({ ...slot, name: slot.name ? `slot="${slot.name}"` : '(default slot)' })),
      cssParts: d.cssParts?.map(part => ({ ...part, name: `::part(${part.name})` })),
    })),
  })),
});
setCustomElementsManifest(forDocs(manifest as Manifest));

/** Host pages to preview on, as a clinic's site might be. */
export const PAGES = {
  white: { background: '#ffffff', color: '#1f1f1f', link: '#1d4ed8' },
  'warm off-white': { background: '#f7f1e8', color: '#2b2118', link: '#1e40af' },
  'near-black': { background: '#121212', color: '#ececec', link: '#9ecbff' },
} as const;

/** A clinic brand colour, applied through the --trust- custom properties. */
export const BRANDS = {
  none: {},
  'clinic teal': { '--trust-accent': '#00665e' },
  'clinic plum': { '--trust-accent': '#6b2d5c' },
} as const;

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'fullscreen',
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
    viewport: {
      options: {
        phone: { name: 'Phone (390 × 844)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        narrow: { name: '320 px (400% zoom)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        desktop: { name: 'Desktop (1280 × 800)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    docs: { toc: true },
  },
  globalTypes: {
    page: {
      description: 'Host page background',
      toolbar: { title: 'Page', icon: 'paintbrush', items: Object.keys(PAGES), dynamicTitle: true },
    },
    theme: {
      description: 'Theme (set on a <trust-provider> around the story; an element’s own theme wins)',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['auto', 'light', 'dark'], dynamicTitle: true },
    },
    brand: {
      description: 'A clinic brand colour through --trust-accent',
      toolbar: { title: 'Brand', icon: 'heart', items: Object.keys(BRANDS), dynamicTitle: true },
    },
    direction: {
      description: 'Host page language and direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['en-GB ltr', 'ar rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { page: 'white', theme: 'auto', brand: 'none', direction: 'en-GB ltr' },
  decorators: [
    (story, { globals }) => {
      const page = PAGES[(globals.page as keyof typeof PAGES) ?? 'white'] ?? PAGES.white;
      const brand = BRANDS[(globals.brand as keyof typeof BRANDS) ?? 'none'] ?? {};
      const [lang, dir] = String(globals.direction ?? 'en-GB ltr').split(' ');
      const { link, ...colours } = page;
      return html`<style>
          .host-page a { color: ${link}; }
        </style>
        <div
          class="host-page"
          lang=${lang}
          dir=${dir}
          style=${styleMap({ ...colours, ...brand, padding: '1rem', minHeight: '100vh', boxSizing: 'border-box', font: '18px/1.6 Georgia, serif' })}
        >
        <trust-provider theme=${globals.theme ?? 'auto'}>${story()}</trust-provider>
      </div>`;
    },
  ],
};

export default preview;
