import { mkdtemp, readlink, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { UPLOAD_DIRS } from '../../src/backup/manifest'
import { readAllDocuments } from './documents'
import {
  dropDatabase,
  emptyPlace,
  ops,
  placeDigest,
  readDocumentsAt,
  seededCms,
  type CliResult,
  type Documents,
  type Place,
} from './helpers'

export interface RoundTrip {
  payload: Payload
  source: Place
  archive: string
  before: Documents
  beforeFiles: Record<string, string[]>
  /** A place to restore into; made empty, removed after the file. */
  newPlace: () => Promise<Place>
}

/**
 * Seeds a CMS on the database the environment names, backs it up with `pnpm ops backup` while it
 * runs, restores the archive into a fresh place with `pnpm ops restore`, and proves from the
 * outside that the restored place holds the same documents and the same files. `more` adds tests
 * on the same archive.
 */
export function describeRoundTrip(name: string, more: (context: () => RoundTrip) => void = () => {}): void {
  // Each test starts the CLI (and a CMS) in a new process: seconds when idle, a minute when busy.
  vi.setConfig({ testTimeout: 240_000 })
  describe(name, () => {
    let context: RoundTrip
    let close: (() => Promise<void>) | undefined
    let work: string | undefined
    const places: { dir: string; place: Place }[] = []
    let backup: CliResult
    let restored: CliResult
    let target: Place

    beforeAll(async () => {
      const cms = await seededCms()
      close = cms.close
      work = await mkdtemp(path.join(os.tmpdir(), 'cong-backup-work-'))
      const newPlace = async () => {
        const made = await emptyPlace()
        places.push(made)
        return made.place
      }
      context = {
        payload: cms.payload,
        source: cms.place,
        archive: path.join(work, 'cong.tar.gz'),
        before: await readAllDocuments(cms.payload),
        beforeFiles: await placeDigest(cms.place, UPLOAD_DIRS),
        newPlace,
      }
      backup = await ops(['backup', '--out', context.archive], { ...cms.place })
      target = await newPlace()
      restored = await ops(['restore', context.archive], { ...target })
      // Seeding, two CMS boots and the archive take a while on a busy 2-core machine.
    }, 600_000)

    afterAll(async () => {
      for (const { dir, place } of places) {
        await dropDatabase(place.DATABASE_URL)
        await rm(dir, { recursive: true, force: true })
      }
      if (work) await rm(work, { recursive: true, force: true })
      const source = context?.source
      // Payload keeps its PostgreSQL pool open after destroy(), and ending it waits for ever on a
      // client it still holds; dropping the database with FORCE ends those connections, which the
      // pool must not report as an uncaught error.
      ;(
        context?.payload.db as { pool?: { on(event: 'error', listener: () => void): void } } | undefined
      )?.pool?.on('error', () => {})
      await close?.()
      if (source) await dropDatabase(source.DATABASE_URL)
    }, 120_000)

    it('backs up the running CMS into one archive and says what it holds', async () => {
      expect(backup.stderr).not.toContain('✗')
      expect(backup.code).toBe(0)
      expect(backup.stdout).toContain(`Backed up: ${context.archive}`)
      expect(backup.stdout).toMatch(/Uploads: media \d+, (media-files 0, )?documents 1, case-files 1/)
      expect(backup.stdout).toContain('Releases: 2, đang chạy/live 20260106-080000-000-01')
      expect(backup.stderr).toContain('✓ Tính tổng kiểm / Computing checksums')
      expect((await stat(context.archive)).size).toBeGreaterThan(0)
    })

    it('restores every document, versions and both languages included, and the logins', async () => {
      expect(restored.stderr).not.toContain('✗')
      expect(restored.code).toBe(0)
      expect(restored.stdout).toContain('Restored')
      expect(restored.stdout).toContain('current → 20260106-080000-000-01')
      const { before } = context
      // The seeded content is really there, so equality below is not two empty readings.
      expect(before.collections.articles.versions!.length).toBeGreaterThanOrEqual(3)
      expect(before.collections.media.docs).toEqual([
        expect.objectContaining({ alt: { vi: 'Lễ ký kết', en: 'Signing ceremony' } }),
      ])
      expect(before.collections['case-files'].docs).toHaveLength(1)
      const after = await readDocumentsAt(target)
      expect(after.loggedIn).toBe(true)
      expect({ collections: after.collections, globals: after.globals }).toEqual({
        collections: before.collections,
        globals: before.globals,
      })
    })

    it('restores every upload and release file byte for byte, hard links and `current` kept', async () => {
      const after = await placeDigest(target, UPLOAD_DIRS)
      expect(context.beforeFiles['data/media'].length).toBeGreaterThanOrEqual(4)
      expect(context.beforeFiles['var/releases'].some((line) => line.includes(' = '))).toBe(true)
      expect(after).toEqual(context.beforeFiles)
      expect(await readlink(path.join(target.CONG_VAR_DIR, 'releases', 'current'))).toBe(
        '20260106-080000-000-01',
      )
      const shared = (id: string) =>
        stat(path.join(target.CONG_VAR_DIR, 'releases', id, 'media', 'le-ky-ket.webp'))
      expect((await shared('20260105-080000-000-01')).ino).toBe((await shared('20260106-080000-000-01')).ino)
    })

    it('knows every upload folder of the CMS', () => {
      const folders = context.payload.config.collections
        .filter((collection) => collection.upload)
        .map((collection) =>
          path.relative(context.source.CONG_DATA_DIR, (collection.upload as { staticDir: string }).staticDir),
        )
      expect(UPLOAD_DIRS).toEqual(expect.arrayContaining(folders))
    })

    more(() => context)
  })
}
