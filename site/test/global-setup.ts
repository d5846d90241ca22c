import { rm } from 'node:fs/promises'
import type { TestProject } from 'vitest/node'
import { buildFixtureSite, serveSite } from './fixture-site'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served fixture site, e.g. http://127.0.0.1:41234 */
    siteUrl: string
    /** Folder holding the built fixture site. */
    outDir: string
  }
}

// Build the fixture site once for all test files and serve it for the browser tests.
export default async function setup(project: TestProject) {
  const { root, outDir, summary } = await buildFixtureSite()
  const server = await serveSite(outDir)
  console.log(
    `[site] fixture built: ${summary.pages} pages in ${summary.astroSeconds} s, Pagefind ${summary.pagefindSeconds} s; serving ${server.url}`,
  )
  project.provide('siteUrl', server.url)
  project.provide('outDir', outDir)
  return async () => {
    await server.close()
    await rm(root, { recursive: true, force: true })
  }
}
