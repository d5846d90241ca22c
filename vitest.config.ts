import { defineConfig } from 'vitest/config'

// One test command for the whole workspace; each package keeps its own config.
export default defineConfig({
  test: {
    projects: ['shared', 'cms', 'site', 'scripts'],
  },
})
