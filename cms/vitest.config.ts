import { configDefaults, defineConfig } from 'vitest/config'
import tsconfigPaths from 'vite-tsconfig-paths'

const faults = process.env.CONG_TEST_FAULTS === '1'

export default defineConfig({
  plugins: [tsconfigPaths()],
  // Admin components are rendered in tests the way Next compiles them (tsconfig keeps JSX as is).
  esbuild: { jsx: 'automatic' },
  test: {
    name: 'cms',
    environment: 'node',
    // Fault tests (database outages and the like) run apart, through `pnpm test:faults`.
    include: faults ? ['test/faults/**/*.test.ts'] : ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: faults ? configDefaults.exclude : [...configDefaults.exclude, 'test/faults/**'],
    setupFiles: ['./test/setup-env.ts'],
    // Each file boots Payload on its own temporary SQLite database.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
