import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { monthRange } from '@cong/shared/monthlyReport'
import { BuildStore } from '../../src/publisher/build-records'

let varDir: string
let store: BuildStore

beforeEach(async () => {
  varDir = await mkdtemp(path.join(tmpdir(), 'cong-builds-'))
  store = new BuildStore(varDir)
  await store.init()
})
afterEach(() => rm(varDir, { recursive: true, force: true }))

async function build(at: string, status: 'success' | 'failed') {
  const now = new Date(at)
  const record = store.create({ id: store.newId(now), events: [{ source: 'webhook', at }], force: false, now })
  await store.save({ ...record, status, finishedAt: at })
  return record.id
}

describe('build history', () => {
  it('counts the builds of a Vietnamese month, including those whose records were pruned', async () => {
    await build('2026-09-30T16:30:00.000Z', 'success') // 30/09 23:30 in Ha Noi
    const first = await build('2026-09-30T17:10:00.000Z', 'failed') // 01/10 00:10 in Ha Noi
    await build('2026-10-15T03:00:00.000Z', 'success')
    await build('2026-10-31T16:59:00.000Z', 'success')
    await build('2026-10-31T17:01:00.000Z', 'failed') // 01/11 in Ha Noi

    await store.prune(2)
    expect(await store.list(10)).toHaveLength(2)
    expect(await readFile(store.ledgerPath, 'utf8')).toContain(first)

    const { start, end } = monthRange('2026-10')
    const october = await store.history(start, end)
    expect(october.map((b) => [b.startedAt, b.status])).toEqual([
      ['2026-09-30T17:10:00.000Z', 'failed'],
      ['2026-10-15T03:00:00.000Z', 'success'],
      ['2026-10-31T16:59:00.000Z', 'success'],
    ])
  })

  it('survives a ledger line cut short by a crash', async () => {
    await build('2026-10-02T03:00:00.000Z', 'success')
    await build('2026-10-03T03:00:00.000Z', 'success')
    await store.prune(0)
    const { appendFile } = await import('node:fs/promises')
    await appendFile(store.ledgerPath, '{"id":"2026')
    const { start, end } = monthRange('2026-10')
    expect(await store.history(start, end)).toHaveLength(2)
  })
})
