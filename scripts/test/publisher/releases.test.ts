import { lstat, mkdir, readlink, symlink, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createIdGenerator, RELEASE_ID, ReleaseError, ReleaseStore } from '../../src/publisher/releases'
import { tempDir } from './helpers'

describe('ReleaseStore', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let store: ReleaseStore
  const newId = createIdGenerator()

  beforeEach(async () => {
    ;({ dir, cleanup } = await tempDir())
    store = new ReleaseStore(dir, 3)
    await store.init()
  })
  afterEach(() => cleanup())

  async function release(pages = 10): Promise<string> {
    const id = newId()
    await mkdir(store.stagingDir(id), { recursive: true })
    await writeFile(path.join(store.stagingDir(id), 'index.html'), id)
    await store.commit({ id, createdAt: new Date().toISOString(), pages, files: pages, snapshotGeneratedAt: '', trigger: 'test' })
    return id
  }

  it('has nothing live before the first activation', async () => {
    expect(await store.live()).toBeNull()
    expect(await store.list()).toEqual([])
  })

  it('switches current with a relative symlink and records the switch', async () => {
    const a = await release()
    await store.activate(a, 'first')
    const b = await release()
    expect(await store.live()).toBe(a) // committed is not live
    await store.activate(b)
    expect(await store.live()).toBe(b)
    const current = path.join(store.root, 'current')
    expect((await lstat(current)).isSymbolicLink()).toBe(true)
    expect(await readlink(current)).toBe(b)
    expect((await store.history()).map((h) => [h.action, h.releaseId, h.from])).toEqual([
      ['activate', a, null],
      ['activate', b, a],
    ])
    expect((await store.list()).map((r) => [r.id, r.live])).toEqual([
      [b, true],
      [a, false],
    ])
  })

  it('rolls back to the previous release, then further back, skipping releases rolled back from', async () => {
    const [a, b, c] = [await release(), await release(), await release()]
    for (const id of [a, b, c]) await store.activate(id)
    expect(await store.rollback(undefined, 'bad content')).toEqual({ from: c, to: b })
    expect(await store.live()).toBe(b)
    expect(await store.rollback()).toEqual({ from: b, to: a })
    await expect(store.rollback()).rejects.toBeInstanceOf(ReleaseError)

    // A new build after rollbacks: rolling it back must not land on the bad c or b.
    const d = await release()
    await store.activate(d)
    expect(await store.rollbackTarget()).toBe(a)
    const last = (await store.history()).at(-1)
    expect(last).toMatchObject({ action: 'activate', releaseId: d, from: a })
  })

  it('rolls back to a named release and refuses unknown ones', async () => {
    const [a, b] = [await release(), await release()]
    await store.activate(b)
    expect(await store.rollback(a)).toEqual({ from: b, to: a })
    await expect(store.rollback('20990101-000000-000-00')).rejects.toThrow(/Unknown release/)
    await expect(store.rollback('../../etc')).rejects.toThrow(/Unknown release/)
  })

  it('prunes beyond keep but never the live release or its rollback target', async () => {
    const ids: string[] = []
    for (let i = 0; i < 6; i++) ids.push(await release())
    await store.activate(ids[1]) // an old release is live (as after rollbacks); ids[0] is its rollback target
    const removed = await store.prune()
    expect(removed.sort()).toEqual([ids[2]])
    expect(await store.ids()).toEqual([ids[0], ids[1], ids[3], ids[4], ids[5]])

    await store.activate(ids[5])
    await store.prune()
    expect(await store.ids()).toEqual([ids[3], ids[4], ids[5]])
    expect(await store.live()).toBe(ids[5])
  })

  it('cleans what a killed build, switch or prune left behind, keeping current intact', async () => {
    const a = await release()
    await store.activate(a)
    await mkdir(path.join(store.root, '.tmp-20990101-000000-000-00', 'half'), { recursive: true })
    await mkdir(path.join(store.root, '.trash-20000101-000000-000-00'), { recursive: true })
    await symlink('nowhere', path.join(store.root, 'current.tmp-x-1'))
    const removed = await store.init()
    expect(removed).toHaveLength(3)
    expect(await store.live()).toBe(a)
    expect(existsSync(path.join(store.root, 'current', 'index.html'))).toBe(true)
  })

  it('issues sortable unique ids', () => {
    const gen = createIdGenerator()
    const at = new Date('2025-06-11T08:30:00.123Z')
    const ids = [gen(at), gen(at), gen(new Date('2025-06-11T08:30:00.124Z'))]
    expect(ids).toEqual(['20250611-083000-123-00', '20250611-083000-123-01', '20250611-083000-124-00'])
    expect(ids.every((id) => RELEASE_ID.test(id))).toBe(true)
    expect([...ids].sort()).toEqual(ids)
  })
})
