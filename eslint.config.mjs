import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      // Host strings must never become HTML.
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Host strings are text, never HTML.' }] }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never parse outside strings as HTML.' },
        { property: 'outerHTML', message: 'Never parse outside strings as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never parse outside strings as HTML.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['scripts/**', '*.mjs', 'test/**/*.mjs', '.puppeteerrc.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', fetch: 'readonly', module: 'writable', URL: 'readonly', Buffer: 'readonly' } },
  },
);
