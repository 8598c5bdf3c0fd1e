import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // The site tests need a built site and a browser: they are the other project.
          exclude: [...configDefaults.exclude, 'tests/site/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/site/support/**'],
          // Builds dist/ when stale (about 20 s with Pagefind) and serves it; tests read inject('siteUrl').
          globalSetup: ['tests/site/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser per file; two at a time keeps a small CI machine responsive.
          maxWorkers: 2,
        },
      },
    ],
  },
});
