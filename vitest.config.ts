import { defineConfig } from 'vitest/config'

// One test command for the whole workspace; each package keeps its own config. In CI each run
// also writes a JSON report that .ci/run totals into one closing line.
const ci = process.env.CI === 'true'
const leg = process.env.TEST_DATABASE_URL?.split(':')[0] ?? 'default'

export default defineConfig({
  test: {
    projects: ['shared', 'cms', 'site', 'scripts'],
    reporters: ci ? ['default', 'json'] : ['default'],
    outputFile: ci ? { json: `var/test-results/${leg}-${process.pid}.json` } : undefined,
  },
})
