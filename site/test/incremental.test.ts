import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  Snapshot,
  SnapshotArticle,
  SnapshotLegalDocument,
  SnapshotQuestion,
} from '@cong/shared/snapshot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, fileOfPath, META_DIR, type BuildSummary } from '../scripts/build-site'
import { fixtureSnapshot } from './fixtures/snapshot'

/**
 * The full build is the reference: the fixture site built fully (R1), then a snapshot with a day's
 * worth of realistic changes built incrementally on top of R1 and again fully, must give the same
 * files byte for byte. The incremental one renders far fewer pages and links the rest from R1,
 * which it never modifies.
 */

const NOW = new Date('2026-11-23T03:00:00Z')
// Later the same Vietnamese day: comment periods do not move, so only the changed items count.
const LATER = '2026-11-23T09:30:00Z'

const clone = <T>(value: T): T => structuredClone(value)

function changed(s1: Snapshot): Snapshot {
  const s2 = clone(s1)
  s2.generatedAt = '2025-06-21T00:00:00Z'
  const article = (id: string) => s2.articles.find((a) => a.id === id)!

  // A new article, Vietnamese only, in a section with pagination.
  const fresh: SnapshotArticle = {
    ...clone(article('a07')),
    id: 'a20',
    publishedAt: '2025-06-20T01:00:00Z',
    updatedAt: '2025-06-20T01:00:00Z',
    relatedIds: [],
    vi: {
      ...article('a07').vi,
      title: 'Hội nghị tổng kết công tác việc làm 6 tháng đầu năm',
      slug: 'hoi-nghi-tong-ket-viec-lam-6-thang',
    },
  }
  delete fresh.en
  s2.articles.push(fresh)

  // An edited title.
  article('a09').vi.title = 'Sàn giao dịch việc lam tháng 6 thu hút hơn 3.000 lượt người (cập nhật)'
  article('a09').updatedAt = '2025-06-20T08:00:00Z'

  // An unpublished article (translated, and an editor's pick of a01).
  s2.articles = s2.articles.filter((a) => a.id !== 'a02')

  // A new English translation.
  article('a03').en = {
    title: 'Ministry leadership directs the mid-year review',
    slug: 'ministry-directs-mid-year-review',
    sapo: 'The Minister asked units to finish their mid-year reports by the end of June.',
    bodyHtml: '<p>The Minister asked units to finish their mid-year reports by the end of June.</p>',
  }
  article('a03').updatedAt = '2025-06-20T09:00:00Z'

  // A new decree amending a published one: both documents carry the relation.
  const amended = s2.legalDocuments.find((d) => d.id === 'nd-12-2024')!
  const decree: SnapshotLegalDocument = {
    ...clone(amended),
    id: 'nd-99-2025',
    slug: '99-2025-nd-cp',
    number: '99/2025/NĐ-CP',
    issuedDate: '2025-06-19',
    effectiveDate: '2025-08-01',
    expiryDate: undefined,
    relations: [{ kind: 'amends', direction: 'outgoing', scope: 'part', documentId: amended.id }],
    attachments: [],
    updatedAt: '2025-06-20T10:00:00Z',
    vi: { summary: 'Sửa đổi, bổ sung một số điều của Nghị định số 12/2024/NĐ-CP.' },
  }
  delete decree.en
  s2.legalDocuments.push(decree)
  amended.relations.push({ kind: 'amends', direction: 'incoming', scope: 'part', documentId: decree.id })
  amended.updatedAt = '2025-06-20T10:00:00Z'

  // A newly published answer.
  const answer: SnapshotQuestion = {
    ...clone(s2.questions.find((q) => q.id === 'q102')!),
    id: 'q116',
    slug: 'nghi-viec-truoc-thoi-han-co-duoc-huong-tro-cap-116',
    answeredAt: '2026-11-20T02:00:00Z',
    updatedAt: '2026-11-20T02:00:00Z',
  }
  answer.vi = { ...answer.vi, title: 'Nghỉ việc trước thời hạn có được hưởng trợ cấp thất nghiệp?' }
  s2.questions.push(answer)
  return s2
}

async function tree(
  root: string,
  skip = new Set([META_DIR]),
): Promise<Map<string, { hash: string; ino: number }>> {
  const out = new Map<string, { hash: string; ino: number }>()
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const rel = join(entry.parentPath, entry.name).slice(root.length + 1)
    if (skip.has(rel.split('/')[0])) continue
    const file = join(root, rel)
    out.set(rel, {
      hash: createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
      ino: (await stat(file)).ino,
    })
  }
  return out
}

describe('incremental site build', () => {
  let root: string
  let r1: string
  let incremental: string
  let full: string
  let batched: string
  let s2: Snapshot
  const summaries: Record<'r1' | 'incremental' | 'full', BuildSummary> = {} as never
  let r1Before: Map<string, { hash: string; ino: number }>

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cong-incremental-'))
    const s1 = fixtureSnapshot(NOW)
    s2 = changed(s1)
    const s1Path = join(root, 's1.json')
    const s2Path = join(root, 's2.json')
    await writeFile(s1Path, JSON.stringify(s1))
    await writeFile(s2Path, JSON.stringify(s2))
    r1 = join(root, 'r1')
    incremental = join(root, 'r2-incremental')
    full = join(root, 'r2-full')
    batched = join(root, 'r2-batched')

    process.env.CONG_BUILT_AT = NOW.toISOString()
    summaries.r1 = await buildSite({ snapshotPath: s1Path, outDir: r1, previousRelease: null })
    // The publisher keeps each release's snapshot in its meta folder.
    await mkdir(join(r1, META_DIR), { recursive: true })
    await writeFile(join(r1, META_DIR, 'snapshot.json'), JSON.stringify(s1))
    r1Before = await tree(r1)

    process.env.CONG_BUILT_AT = LATER
    let started = performance.now()
    summaries.incremental = await buildSite({
      snapshotPath: s2Path,
      outDir: incremental,
      previousRelease: r1,
    })
    const incrementalSeconds = (performance.now() - started) / 1000
    started = performance.now()
    summaries.full = await buildSite({ snapshotPath: s2Path, outDir: full, previousRelease: null })
    const fullSeconds = (performance.now() - started) / 1000
    // The same full build in two Astro runs (CONG_BUILD_BATCH_PAGES), as very large sites build.
    await buildSite({ snapshotPath: s2Path, outDir: batched, previousRelease: null, batchPages: 100 })
    delete process.env.CONG_BUILT_AT
    console.log(
      `[incremental] full ${fullSeconds.toFixed(1)} s (${summaries.full.pagesRendered} pages rendered) · incremental ${incrementalSeconds.toFixed(1)} s (${summaries.incremental.pagesRendered} rendered, ${summaries.incremental.pagesLinked} linked)`,
    )
  }, 600_000)

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true })
  })

  it('builds S2 incrementally on R1', () => {
    expect(summaries.r1.mode).toBe('full')
    expect(summaries.incremental).toMatchObject({ mode: 'incremental' })
    expect(summaries.full.mode).toBe('full')
  })

  it('gives the same files, byte for byte, as the full build', async () => {
    // The search index reuses shards by its own rules and is compared by its own tests
    // (site/scripts/search-index.ts); every other file must be identical.
    const skip = new Set([META_DIR, 'pagefind'])
    const a = await tree(incremental, skip)
    const b = await tree(full, skip)
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
    const different = [...a].filter(([file, { hash }]) => b.get(file)?.hash !== hash).map(([file]) => file)
    expect(different).toEqual([])
  })

  it('reports which search index shards differ from the full build', async () => {
    const shards = (m: Map<string, { hash: string }>) => {
      const byShard = new Map<string, string[]>()
      for (const [file, { hash }] of m) {
        const [, shard] = file.split('/')
        if (file.startsWith('pagefind/'))
          byShard.set(shard, [...(byShard.get(shard) ?? []), `${file}:${hash}`].sort())
      }
      return byShard
    }
    const a = shards(await tree(incremental))
    const b = shards(await tree(full))
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
    const differing = [...a]
      .filter(([shard, files]) => b.get(shard)?.join() !== files.join())
      .map(([shard]) => shard)
    // Printed rather than asserted: the index's equivalence is the search-index helper's to test.
    console.log(
      `[incremental] search shards differing from the full build: ${differing.join(', ') || 'none'}`,
    )
  })

  it('gives the same files when the full build runs Astro in batches', async () => {
    const a = await tree(batched)
    const b = await tree(full)
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
    expect([...a].filter(([file, { hash }]) => b.get(file)?.hash !== hash).map(([file]) => file)).toEqual([])
  })

  it('renders far fewer pages and links the others from R1', async () => {
    const { pagesRendered, pagesLinked, pages } = summaries.incremental
    expect(pages).toBe(summaries.full.pages)
    expect(pagesRendered + pagesLinked).toBe(pages)
    expect(pagesRendered).toBeLessThan(summaries.full.pagesRendered / 2)

    const now = await tree(incremental)
    const organisation = 'co-cau-to-chuc/index.html'
    expect(now.get(organisation)!.ino).toBe(r1Before.get(organisation)!.ino)
    const edited = fileOfPath(`/bai-viet/${s2.articles.find((a) => a.id === 'a09')!.vi.slug}/`)
    expect(now.get(edited)!.ino).not.toBe(r1Before.get(edited)!.ino)
    // Every page not rendered by this build is R1's own file.
    const rendered = new Set(
      JSON.parse(await readFile(join(incremental, META_DIR, 'site-build.json'), 'utf8')).rendered.map(
        fileOfPath,
      ),
    )
    for (const [file, { ino }] of now) {
      if (!file.endsWith('.html') || rendered.has(file)) continue
      expect({ file, linked: ino === r1Before.get(file)?.ino }).toEqual({ file, linked: true })
    }
  })

  it('drops the unpublished article in both languages', async () => {
    const gone = fixtureSnapshot(NOW).articles.find((a) => a.id === 'a02')!
    const now = await tree(incremental)
    expect(now.has(fileOfPath(`/bai-viet/${gone.vi.slug}/`))).toBe(false)
    expect(now.has(fileOfPath(`/en/articles/${gone.en!.slug}/`))).toBe(false)
  })

  it('leaves every file of R1 as it was', async () => {
    const after = await tree(r1)
    expect([...after.keys()].sort()).toEqual([...r1Before.keys()].sort())
    for (const [file, { hash }] of after)
      expect({ file, hash }).toEqual({ file, hash: r1Before.get(file)!.hash })
  })
})
