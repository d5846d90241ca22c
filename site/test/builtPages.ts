import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { parse, type HTMLElement } from 'node-html-parser'
import { inject } from 'vitest'

/** The fixture site's built pages as files, for tests that read the HTML without a browser. */

const fileOf = (path: string) => join(inject('outDir'), `${path}index.html`)

/** The HTML of the page at a route path ("/hoi-dap/"). */
export const sourceOf = (path: string) => readFile(fileOf(path), 'utf8')

/** The page at a route path, parsed. */
export const htmlOf = async (path: string) => parse(await sourceOf(path))

export const pageExists = (path: string) =>
  stat(fileOf(path)).then(
    () => true,
    () => false,
  )

/** Text as read: block elements apart, runs of white space as one space. */
export const textOf = (el: HTMLElement | null | undefined) => (el?.structuredText ?? '').replace(/\s+/g, ' ').trim()

export interface SitemapEntry {
  loc: string
  lastmod?: string
  'xhtml:link'?: { '@href': string }[]
}

const sitemapXml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
const listOf = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x])

/**
 * The sitemap as a crawler reads it: the index at /sitemap.xml, then every shard it lists (read
 * from the built folder; the locations are absolute URLs under the site's base).
 */
export async function readSitemap(outDir = inject('outDir')): Promise<{
  index: string
  shardTexts: string[]
  shardPaths: string[]
  entries: SitemapEntry[]
}> {
  const index = await readFile(join(outDir, 'sitemap.xml'), 'utf8')
  const shardPaths = listOf(sitemapXml.parse(index).sitemapindex?.sitemap as { loc: string } | { loc: string }[]).map(
    (s) => new URL(s.loc).pathname,
  )
  const shardTexts = await Promise.all(shardPaths.map((p) => readFile(join(outDir, p), 'utf8')))
  const entries = shardTexts.flatMap((text) => listOf(sitemapXml.parse(text).urlset?.url as SitemapEntry | SitemapEntry[]))
  return { index, shardTexts, shardPaths, entries }
}
