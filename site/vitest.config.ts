import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'site',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Browser tests share one Chromium and one built site; building takes a few seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
