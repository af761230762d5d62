import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic, schemas and content rules: no build needed.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // The web editor's server, file round trip and checks (npm run test:editor), on a copy of content/.
        test: { name: 'editor', include: ['tests/editor/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // Checks of the built site in dist/ (pages, search index): run after `npm run build`.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 30_000 },
      },
    ],
  },
});
