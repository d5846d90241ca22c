import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'scripts',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Publisher tests start real HTTP servers and child processes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
