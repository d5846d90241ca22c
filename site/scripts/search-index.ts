/**
 * The site's search index: Pagefind over the built HTML, one bundle per shard
 * (`<outDir>/pagefind/<shard>/`, shards from shared/src/searchShards.ts) and a manifest the browser
 * merges them by (`<outDir>/pagefind/shards.json`, read by site/src/lib/pagefind.ts).
 *
 * build-site.ts calls it once the release folder holds every page of the build. Given the live
 * release and the pages this build rendered or removed, it re-indexes only the shards those pages
 * were or are in and hard-links every other shard's files from the live release.
 */
import { createHash } from 'node:crypto'
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { SEARCH_SHARD_RULE_VERSION, searchShard, type SearchShardLocale } from '@cong/shared/searchShards'
import * as pagefind from 'pagefind'
import { chunkWords } from './pagefind-words'

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
  /** Shards in the new index. */
  shards: number
  /** Shards indexed by this build (all of them in a full build). */
  rebuiltShards: string[]
  /** Shards hard-linked from the previous release. */
  reusedShards: number
  /** Why the index was built in full although a previous release was given, if it was. */
  fullReason?: string
  /**
   * Words the rebuilt shards brought that the language had not had: the anchors of the shards
   * linked from the previous release lack them until the next full build, so a search for one
   * of them may add those shards' pages that begin with a prefix of it (see the anchor).
   */
  newWords: number
}

/** What the browser reads to merge the shards (site/src/lib/pagefind.ts has the same shape). */
export interface SearchManifest {
  version: 1
  rule: number
  pagefind: string
  shards: {
    id: string
    /** The language key of the shard's Pagefind index (`vi`, `en`). */
    language: string
    /** The `type` filter values of its pages, so a finder over one type merges only its shards. */
    types: string[]
    pages: number
    /** The id of the shard's anchor record, which every search finds and the browser drops. */
    anchor: string
    /** Hash of the shard's files: changes exactly when the shard was rebuilt differently. */
    hash: string
  }[]
}

/** Build-side record of which shard each indexed page is in; the browser never reads it. */
interface PageMap {
  rule: number
  pagefind: string
  pages: Record<string, string>
}

export const PAGEFIND_DIR = 'pagefind'
export const MANIFEST_FILE = 'shards.json'
const PAGE_MAP_FILE = 'pages.json'
/** Pagefind's ready-made search UIs: the site draws its own, so 430 KB a shard are dropped. */
const UNUSED_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/
/** The runtime kept at `/pagefind/` so every page imports one cached module. */
const RUNTIME_FILE = 'pagefind.js'

interface IndexedPage {
  path: string
  shard: string
  language: SearchShardLocale
  types: string[]
  /** The page's sort keys (`data-pagefind-sort`) and values. */
  sorts: Record<string, string>
}

const HTML_LANG = /<html[^>]*\slang="([^"]+)"/
const SORT_DATE = /<meta data-pagefind-sort="date\[content\]" content="([^"]*)"/
const TYPE_FILTER = /<meta data-pagefind-filter="type\[content\]" content="([^"]*)"/g
const SORT_META = /<meta data-pagefind-sort="([^"[]+)\[content\]" content="([^"]*)"/g

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
/** Attribute text as Pagefind reads it (Astro writes `Q&#38;A` for the English type "Q&A"). */
const unescapeHtml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (NAMED_ENTITIES[name.toLowerCase()] ?? entity),
  )

/**
 * The page at a site path, if it is a search result: it marks its body for Pagefind (pages without
 * `data-pagefind-body` were never indexed, Pagefind skips them once any page has one).
 */
async function readIndexedPage(outDir: string, path: string): Promise<IndexedPage | null> {
  let html: string
  try {
    html = await readPage(outDir, path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null
    throw error
  }
  if (!html.includes('data-pagefind-body')) return null
  const lang = HTML_LANG.exec(html)?.[1]
  const language: SearchShardLocale = lang?.toLowerCase().startsWith('en') ? 'en' : 'vi'
  const shard = searchShard({ path, locale: language, date: SORT_DATE.exec(html)?.[1] })
  if (!shard) return null
  const types = [...html.matchAll(TYPE_FILTER)].map((m) => unescapeHtml(m[1]!))
  const sorts = Object.fromEntries([...html.matchAll(SORT_META)].map((m) => [m[1]!, unescapeHtml(m[2]!)]))
  // Not the HTML: at reference scale every page's HTML at once is gigabytes; openShard reads it again.
  return { path, shard, language, types, sorts }
}

const readPage = (outDir: string, path: string) => readFile(join(outDir, ...path.split('/'), 'index.html'), 'utf8')

/** Every page's site path (`/bai-viet/x/`) in the release, sorted; the index's own files skipped. */
async function sitePaths(outDir: string): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true })
  return files
    .filter((file) => file.endsWith(`${sep}index.html`) && !file.startsWith(`${PAGEFIND_DIR}${sep}`))
    .map((file) => `/${dirname(file).split(sep).join('/')}/`)
    .sort()
}

/** A changed path as the page map keys it: `/bai-viet/x/` (a trailing `index.html` dropped). */
function pagePath(changed: string): string {
  const path = changed.replace(/index\.html$/, '')
  return path.endsWith('/') ? path : `${path}/`
}

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return null
  }
}

/** Every file under `dir`, as sorted paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

/** Hard-link a file (copy it across file systems), creating its folder. */
async function linkFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true })
  try {
    await link(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await copyFile(from, to)
  }
}

async function shardHash(dir: string): Promise<string> {
  const hash = createHash('sha256')
  for (const file of await filesUnder(dir)) {
    hash.update(file.split(sep).join('/')).update('\0').update(await readFile(join(dir, file))).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/** The installed Pagefind's version: shards written by another version are never mixed in. */
async function pagefindVersion(): Promise<string> {
  // Read from the site package's own dependency: Pagefind's package exports no package.json.
  const file = new URL('../node_modules/pagefind/package.json', import.meta.url)
  const pkg = JSON.parse(await readFile(file, 'utf8')) as { version: string }
  return pkg.version
}

/**
 * The order Pagefind sorts a key's values in: as numbers when every value is one, otherwise as
 * text, digit runs compared by their value. Dates (`yyyy-MM-dd`) and document numbers sort the
 * same either way; the sharded-search test checks the merged order against one index.
 */
export function compareSortValues(values: readonly string[]): (a: string, b: string) => number {
  if (values.every((value) => /^-?\d+(\.\d+)?$/.test(value.trim()))) return (a, b) => Number(a) - Number(b)
  const collator = new Intl.Collator('en', { numeric: true })
  return (a, b) => collator.compare(a, b)
}

/**
 * Each sort key's values in the order Pagefind ranks them, as [value, pages] runs. A sorted
 * search ranks a shard's results by their position in that order (site/src/lib/pagefind.ts reads
 * the position back as a value, to merge the shards' results into one order).
 */
function sortTable(pages: IndexedPage[]): SortTable {
  const keys = [...new Set(pages.flatMap((page) => Object.keys(page.sorts)))].sort()
  const table: SortTable = {}
  for (const key of keys) {
    const values = pages.flatMap((page) => (page.sorts[key] === undefined ? [] : [page.sorts[key]!]))
    values.sort(compareSortValues(values))
    const runs: [string, number][] = []
    for (const value of values) {
      const last = runs[runs.length - 1]
      if (last && last[0] === value) last[1]++
      else runs.push([value, 1])
    }
    table[key] = runs
  }
  return table
}

/** Sort keys → [value, pages] runs, ascending; written beside each shard as `sorts.json`. */
export type SortTable = Record<string, [string, number][]>
export const SORT_TABLE_FILE = 'sorts.json'
/**
 * Every shard holds one record of its own besides its pages, the shard's *anchor*, which carries
 * two things Pagefind needs to answer across shards as one index would:
 *
 * - the words of the whole language (a `vocabulary` meta field, so they add no page length).
 *   Pagefind looks up each query word as a prefix of the words an index holds, and when an index
 *   holds none it falls back to the longest of its words that begins the query word ("dang"
 *   finds "da"). One index over the site falls back only for a word nowhere on the site; a shard
 *   would for every word only other shards have, and add unrelated pages. With every word in
 *   every shard, a shard falls back exactly when the whole site would.
 * - sort values before every page's, so that no page sits at position 0 of a sort: a merged sorted
 *   result's score (position × shard weight) then always names its shard.
 *
 * It matches every query word, so the browser drops it by its id (`anchor` in the manifest); its
 * one word of content (Pagefind drops records without any) is U+A66E, an archaic Cyrillic letter
 * nobody types, and it has no filters, so filtered searches never return it.
 */
const ANCHOR_URL = '/pagefind-shard-anchor/'
const ANCHOR_WORD = '\ua66e\ua66e\ua66e'
const ANCHOR_SORT_VALUE = '0'
/** Build-side: each language's words, for the anchors of the shards an incremental build re-indexes. */
const VOCABULARY_FILE = 'vocabulary.json'

interface OpenShard {
  id: string
  pages: IndexedPage[]
  index: pagefind.PagefindIndex
  table: SortTable
  words: Set<string>
}

/** Add a shard's pages (sorted by path, so the same pages give the same bytes) and read its words. */
async function openShard(outDir: string, id: string, pages: IndexedPage[]): Promise<OpenShard> {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const added = await index.addHTMLFile({ url: page.path, content: await readPage(outDir, page.path) })
    if (added.errors.length) throw new Error(`pagefind: ${page.path}: ${added.errors.join('; ')}`)
  }
  const { files, errors: fileErrors } = await index.getFiles()
  if (fileErrors.length) throw new Error(`pagefind: ${fileErrors.join('; ')}`)
  const words = new Set(files.filter((file) => /(^|\/)index\/[^/]+\.pf_index$/.test(file.path)).flatMap((file) => chunkWords(file.content)))
  return { id, pages, index, table: sortTable(pages), words }
}

/** The id Pagefind gave the anchor: the name of the fragment holding it (or its key in a group). */
async function anchorId(dir: string): Promise<string> {
  const folder = join(dir, 'fragment')
  for (const file of (await readdir(folder)).sort()) {
    const raw = gunzipSync(await readFile(join(folder, file))).toString('utf8')
    const json = JSON.parse(raw.slice(raw.indexOf('{'))) as { url?: string } | Record<string, { url?: string }>
    if ((json as { url?: string }).url === ANCHOR_URL) return file.replace(/\.pf_fragment$/, '')
    for (const [hash, fragment] of Object.entries(json)) if ((fragment as { url?: string })?.url === ANCHOR_URL) return hash
  }
  throw new Error(`search index: no anchor in ${dir}`)
}

/** Add the anchor with the language's words and write the shard into `dir`. */
async function writeShard(shard: OpenShard, vocabulary: readonly string[], dir: string): Promise<string> {
  const { index, table } = shard
  try {
    const anchor = await index.addCustomRecord({
      url: ANCHOR_URL,
      content: ANCHOR_WORD,
      language: shard.pages[0]!.language,
      meta: { vocabulary: vocabulary.join(' ') },
      sort: Object.fromEntries(Object.keys(table).map((key) => [key, ANCHOR_SORT_VALUE])),
    })
    if (anchor.errors.length) throw new Error(`pagefind: anchor: ${anchor.errors.join('; ')}`)
    await rm(dir, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath: dir })
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
  } finally {
    await index.deleteIndex()
  }
  for (const file of await readdir(dir)) if (UNUSED_FILES.test(file)) await rm(join(dir, file))
  await writeFile(join(dir, SORT_TABLE_FILE), `${JSON.stringify(table)}\n`)
  return anchorId(dir)
}

export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexSummary> {
  const { outDir, previousRelease, changedPages } = options
  const root = join(outDir, PAGEFIND_DIR)
  // An incremental site build may have linked the old release's index in: it is rewritten here.
  await rm(root, { recursive: true, force: true })
  await mkdir(root, { recursive: true })
  const version = await pagefindVersion()

  // Which pages the new index holds, and which shards must be indexed anew.
  const previousMap = previousRelease ? await readJson<PageMap>(join(previousRelease, PAGEFIND_DIR, PAGE_MAP_FILE)) : null
  const previousManifest = previousRelease
    ? await readJson<SearchManifest>(join(previousRelease, PAGEFIND_DIR, MANIFEST_FILE))
    : null
  let fullReason: string | undefined
  if (previousRelease && changedPages) {
    if (!previousMap || !previousManifest) fullReason = 'the previous release has no sharded index'
    else if (previousMap.rule !== SEARCH_SHARD_RULE_VERSION) fullReason = 'the shard rule changed'
    else if (previousMap.pagefind !== version) fullReason = `Pagefind changed (${previousMap.pagefind} → ${version})`
  }
  const incremental = Boolean(previousRelease && changedPages && !fullReason)

  const shardOf = new Map<string, string>()
  const dirty = new Set<string>()
  const known = new Map<string, IndexedPage>()
  if (incremental) {
    for (const [path, shard] of Object.entries(previousMap!.pages)) shardOf.set(path, shard)
    for (const changed of new Set(changedPages!.map(pagePath))) {
      const before = shardOf.get(changed)
      if (before) dirty.add(before)
      shardOf.delete(changed)
      const page = await readIndexedPage(outDir, changed)
      if (page) {
        shardOf.set(changed, page.shard)
        dirty.add(page.shard)
        known.set(changed, page)
      }
    }
  } else {
    for (const path of await sitePaths(outDir)) {
      const page = await readIndexedPage(outDir, path)
      if (!page) continue
      shardOf.set(path, page.shard)
      dirty.add(page.shard)
      known.set(path, page)
    }
  }

  const pagesOf = new Map<string, string[]>()
  for (const [path, shard] of shardOf) {
    const paths = pagesOf.get(shard)
    if (paths) paths.push(path)
    else pagesOf.set(shard, [path])
  }
  const shardIds = [...pagesOf.keys()].sort()
  const previousShards = new Map(previousManifest?.shards.map((shard) => [shard.id, shard]) ?? [])

  const manifest: SearchManifest = { version: 1, rule: SEARCH_SHARD_RULE_VERSION, pagefind: version, shards: [] }
  const rebuilt: string[] = []
  const previousVocabulary = incremental ? await readJson<Record<string, string[]>>(join(previousRelease!, PAGEFIND_DIR, VOCABULARY_FILE)) : null
  const vocabulary = new Map<string, Set<string>>(Object.entries(previousVocabulary ?? {}).map(([language, words]) => [language, new Set(words)]))
  let newWords = 0
  try {
    // First every shard to index, so that each one's anchor can hold the words of all the others.
    const open: OpenShard[] = []
    for (const id of shardIds.filter((id) => !(incremental && !dirty.has(id) && previousShards.has(id)))) {
      const pages: IndexedPage[] = []
      for (const path of pagesOf.get(id)!) {
        const page = known.get(path) ?? (await readIndexedPage(outDir, path))
        if (!page) throw new Error(`search index: ${path} is in shard ${id} but no longer a search page`)
        pages.push(page)
      }
      const shard = await openShard(outDir, id, pages)
      open.push(shard)
      const words = vocabulary.get(pages[0]!.language) ?? new Set<string>()
      vocabulary.set(pages[0]!.language, words)
      for (const word of shard.words) {
        if (words.has(word)) continue
        words.add(word)
        newWords++
      }
    }
    const sortedVocabulary = new Map([...vocabulary].map(([language, words]) => [language, [...words].sort()]))
    const written = new Map<string, SearchManifest['shards'][number]>()
    for (const shard of open) {
      const dir = join(root, shard.id)
      const language = shard.pages[0]!.language
      const anchor = await writeShard(shard, sortedVocabulary.get(language)!, dir)
      rebuilt.push(shard.id)
      written.set(shard.id, {
        id: shard.id,
        language,
        types: [...new Set(shard.pages.flatMap((page) => page.types))].sort(),
        pages: shard.pages.length,
        anchor,
        hash: await shardHash(dir),
      })
    }
    for (const id of shardIds) {
      const entry = written.get(id)
      if (entry) {
        manifest.shards.push(entry)
        continue
      }
      const from = join(previousRelease!, PAGEFIND_DIR, id)
      for (const file of await filesUnder(from)) await linkFile(join(from, file), join(root, id, file))
      manifest.shards.push(previousShards.get(id)!)
    }
  } finally {
    await pagefind.close()
  }
  await writeFile(join(root, VOCABULARY_FILE), `${JSON.stringify(Object.fromEntries([...vocabulary].sort().map(([language, words]) => [language, [...words].sort()])))}\n`)

  // One copy of the runtime at /pagefind/pagefind.js: every search page imports the same module
  // and points it at its primary shard; the publisher checks for this file too.
  const first = manifest.shards[0]
  if (first) await linkFile(join(root, first.id, RUNTIME_FILE), join(root, RUNTIME_FILE))
  await writeFile(join(root, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`)
  const pageMap: PageMap = {
    rule: SEARCH_SHARD_RULE_VERSION,
    pagefind: version,
    pages: Object.fromEntries([...shardOf].sort(([a], [b]) => (a < b ? -1 : 1))),
  }
  await writeFile(join(root, PAGE_MAP_FILE), `${JSON.stringify(pageMap)}\n`)

  return {
    indexedPages: shardOf.size,
    shards: manifest.shards.length,
    rebuiltShards: rebuilt,
    reusedShards: manifest.shards.length - rebuilt.length,
    newWords: incremental ? newWords : 0,
    ...(fullReason ? { fullReason } : {}),
  }
}
