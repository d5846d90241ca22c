/**
 * The site's search index: Pagefind over the built HTML, written into `<outDir>/pagefind/`.
 * build-site.ts calls it once the release folder holds every page of the build.
 */
import { join } from 'node:path'
import * as pagefind from 'pagefind'

export interface SearchIndexOptions {
  /** The release folder, holding every HTML page of the new release. */
  outDir: string
  /**
   * The live release this one replaces, for an incremental build; with `changedPages`, the
   * index parts no changed page belongs to may be reused from it.
   */
  previousRelease?: string
  /** Site paths (`/bai-viet/x/`) rendered anew or removed by this build; undefined: all pages. */
  changedPages?: string[]
}

export interface SearchIndexSummary {
  indexedPages: number
}

export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexSummary> {
  const { index, errors } = await pagefind.createIndex({})
  try {
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: options.outDir })
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: join(options.outDir, 'pagefind') })
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
    return { indexedPages: added.page_count }
  } finally {
    await pagefind.close()
  }
}
