import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The built bundle and its integrity hash, for the Snippet builder (npm run build makes them).
  staticDirs: [{ from: '../dist/cdn', to: '/cdn' }],
  // Relative asset paths: the built site works from any static file server, in any folder.
  viteFinal: async viteConfig => ({ ...viteConfig, base: './' }),
};

export default config;
