import { configDefaults, defineConfig } from 'vitest/config'

const faults = process.env.CONG_TEST_FAULTS === '1'

export default defineConfig({
  test: {
    name: 'scripts',
    environment: 'node',
    // Fault tests (killed publishers, full disks) run apart, through `pnpm test:faults`.
    include: faults ? ['test/faults/**/*.test.ts'] : ['test/**/*.test.ts'],
    exclude: faults ? configDefaults.exclude : [...configDefaults.exclude, 'test/faults/**'],
    // Publisher tests start real HTTP servers and child processes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
