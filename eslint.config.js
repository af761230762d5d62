// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import compat from 'eslint-plugin-compat';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
      // With noUncheckedIndexedAccess every regex capture group is `string | undefined`;
      // a `!` on a group the pattern guarantees is clearer than a redundant check.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // What runs in readers' browsers: every Web API it uses must exist in the browsers of
    // package.json's "browserslist" (README: "Trình duyệt của người đọc").
    files: ['src/**/*.{ts,astro}'],
    ignores: ['src/integrations/**', 'src/content.config.ts'],
    ...compat.configs['flat/recommended'],
  },
  // Imports one way (STYLE.md "Layout"): schemas are the root every layer reads, leaf
  // helpers import nothing of ours, the checker does not reach into the editor that calls
  // it, and scripts do not borrow from tests. Each folder lists only what it may not import.
  {
    files: ['src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|\\.\\./lib/format/|astro/zod$|astro:content$|zod$)',
              message: "Schemas import only zod, Astro's content helpers, each other and src/lib/format/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/format/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message: 'src/lib/format/ holds leaf helpers: they import nothing else of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    // src/lib/markdown/ holds the build's Markdown plugins, which read the site's helpers in
    // src/lib/: the helpers beside them do not import the plugins back.
    files: ['src/lib/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['./markdown/*'],
              message:
                'src/lib/markdown/ imports from src/lib/, not the other way round; shared helpers go in src/lib/format/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/content-check/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/editor/**'], message: 'The editor calls the checker, not the other way round.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/tests/**'], message: 'Scripts share helpers through scripts/lib/, never tests/.' },
          ],
        },
      ],
    },
  },
);
