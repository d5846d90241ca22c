import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  describeTree,
  FORMAT,
  FORMAT_VERSION,
  isSafeLink,
  isSafePath,
  MANIFEST_FILE,
  type BackupManifest,
} from '../../src/backup/manifest'
import { ops } from './helpers'

const sh = promisify(execFile)

describe('paths and links an archive may hold', () => {
  it.each([
    ['data/media/a.png', true],
    ['var/releases/current', true],
    ['../etc/passwd', false],
    ['data/../../etc/passwd', false],
    ['/etc/passwd', false],
    ['data//a.png', false],
    ['./data/a.png', false],
    ['data\\..\\a', false],
    ['data/a\0.png', false],
    ['', false],
  ])('%j is safe: %s', (rel, safe) => {
    expect(isSafePath(rel)).toBe(safe)
  })

  it.each([
    ['var/releases/current', '20260106-080000-000-01', true],
    ['var/releases/a/b', '../a/c', true],
    ['var/releases/current', '/etc', false],
    ['var/releases/current', '../../../../etc', false],
    ['data/media/x', '../../../x', false],
  ])('%s → %s stays inside: %s', (rel, target, safe) => {
    expect(isSafeLink(rel, target)).toBe(safe)
  })
})

/**
 * Archives made by hand, as an attacker would: a manifest that matches its files exactly (so
 * checksums alone would pass) but with a symlink out of the archive or a member climbing out of it.
 */
describe('pnpm ops restore of a hostile archive', () => {
  let work: string
  let place: Record<string, string>

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'cong-backup-hostile-'))
    place = {
      DATABASE_URL: `file:${path.join(work, 'target', 'data', 'cong.db')}`,
      CONG_DATA_DIR: path.join(work, 'target', 'data'),
      CONG_VAR_DIR: path.join(work, 'target', 'var'),
    }
    await mkdir(path.join(work, 'target'))
  })
  afterAll(async () => {
    await rm(work, { recursive: true, force: true })
  })

  async function archiveOf(
    name: string,
    build: (root: string) => Promise<void>,
    edit: (manifest: BackupManifest) => void = () => {},
  ) {
    const root = path.join(work, name)
    await mkdir(path.join(root, 'database'), { recursive: true })
    await writeFile(path.join(root, 'database', 'cong.db'), 'not really a database')
    await build(root)
    const manifest: BackupManifest = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      database: { kind: 'sqlite', file: 'database/cong.db' },
      uploads: [],
      releases: { included: true, live: null, ids: [] },
      counts: { files: 1, bytes: 0, symlinks: 0, hardLinks: 0, uploads: {} },
      entries: await describeTree(root),
    }
    edit(manifest)
    await writeFile(path.join(root, MANIFEST_FILE), JSON.stringify(manifest))
    const file = path.join(work, `${name}.tar.gz`)
    await sh('tar', ['-czf', file, '-C', root, '.'])
    return file
  }

  it('refuses a release symlink pointing out of the archive, and changes nothing', async () => {
    const file = await archiveOf('link-out', async (root) => {
      await mkdir(path.join(root, 'var', 'releases'), { recursive: true })
      await symlink('/etc', path.join(root, 'var', 'releases', 'current'))
    })
    const result = await ops(['restore', file], place)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'The archive is corrupted or unsafe (it does not match its manifest); nothing was changed.',
    )
    expect(result.stderr).toContain('link leaves the archive: var/releases/current → /etc')
    expect(await readdir(path.join(work, 'target'))).toEqual([])
  })

  it('refuses a manifest naming a path outside the archive as its database', async () => {
    const file = await archiveOf(
      'path-out',
      async () => {},
      (manifest) => {
        manifest.database.file = '../../etc/passwd'
      },
    )
    const result = await ops(['restore', file], place)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Not a Cổng backup; nothing was changed.')
    expect(await readdir(path.join(work, 'target'))).toEqual([])
  })
})
