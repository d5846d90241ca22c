import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

// The content comes from SNAPSHOT_PATH (read by src/data/snapshot.ts); the publisher chooses OUT_DIR
// per release. See scripts/build-site.ts for the full build contract.
export default defineConfig({
  output: 'static',
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [react()],
})
