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
);
