import { defineConfig } from 'vitest/config'
import tsconfigPaths from 'vite-tsconfig-paths'

export default defineConfig({
  plugins: [tsconfigPaths()],
  // Admin components are rendered in tests the way Next compiles them (tsconfig keeps JSX as is).
  esbuild: { jsx: 'automatic' },
  test: {
    name: 'cms',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/setup-env.ts'],
    // Each file boots Payload on its own temporary SQLite database.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
