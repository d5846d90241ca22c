import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { UPLOAD_DIRS } from '../../src/backup/manifest'
import { ops, placeDigest } from './helpers'
import { describeRoundTrip } from './roundtrip'

// This file is the SQLite leg whatever database CI points the other tests at.
delete process.env.TEST_DATABASE_URL

const sh = promisify(execFile)

describeRoundTrip('pnpm ops backup / restore on SQLite', (context) => {
  const newPlace = () => context().newPlace()

  it('refuses to restore over a non-empty database and folders without --force, and changes nothing', async () => {
    const { archive, source } = context()
    const files = await placeDigest(source, UPLOAD_DIRS)
    const database = await readFile(source.DATABASE_URL.replace(/^file:/, ''))
    const result = await ops(['restore', archive], { ...source })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'The restore target is not empty; run again with --force to replace it. Nothing was changed.',
    )
    expect(result.stderr).toContain(path.join(source.CONG_DATA_DIR, 'media'))
    expect(result.stderr).toContain(path.join(source.CONG_VAR_DIR, 'releases'))
    expect(await placeDigest(source, UPLOAD_DIRS)).toEqual(files)
    expect(await readFile(source.DATABASE_URL.replace(/^file:/, ''))).toEqual(database)
  })

  it('replaces a non-empty place with --force, leaving nothing of what was there', async () => {
    const place = await newPlace()
    expect((await ops(['restore', context().archive], { ...place })).code).toBe(0)
    await writeFile(path.join(place.CONG_DATA_DIR, 'media', 'stray.png'), 'not from the backup')
    const forced = await ops(['restore', '--force', context().archive], { ...place })
    expect(forced.stderr).not.toContain('✗')
    expect(forced.code).toBe(0)
    expect(await placeDigest(place, UPLOAD_DIRS)).toEqual(context().beforeFiles)
  })

  // Depending on where the damage falls, tar fails or unpacks garbage the checksums then catch.
  it('refuses a damaged archive before touching anything', async () => {
    const damaged = path.join(path.dirname(context().archive), 'damaged.tar.gz')
    const bytes = await readFile(context().archive)
    for (let i = Math.floor(bytes.length / 3); i < Math.floor(bytes.length / 3) + 64; i++) bytes[i] ^= 0xff
    await writeFile(damaged, bytes)
    const place = await newPlace()
    const result = await ops(['restore', '--force', damaged], { ...place })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /The archive is (damaged or not a Cổng backup|corrupted or unsafe \(it does not match its manifest\)); nothing was changed\./,
    )
    expect(await readdir(path.dirname(place.CONG_DATA_DIR))).toEqual([])
  })

  it('refuses an archive whose files no longer match its manifest, naming them', async () => {
    const unpacked = await mkdtemp(path.join(os.tmpdir(), 'cong-backup-tamper-'))
    try {
      await sh('tar', ['-xzf', context().archive, '-C', unpacked])
      const caseFiles = path.join(unpacked, 'data', 'case-files')
      const [attachment] = await readdir(caseFiles)
      await writeFile(path.join(caseFiles, attachment), '<script>alert(1)</script>')
      await writeFile(path.join(unpacked, 'data', 'media', 'extra.svg'), '<svg onload="alert(1)"/>')
      const tampered = path.join(path.dirname(context().archive), 'tampered.tar.gz')
      await sh('tar', ['-czf', tampered, '-C', unpacked, '.'])
      const place = await newPlace()
      const result = await ops(['restore', '--force', tampered], { ...place })
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(
        'The archive is corrupted or unsafe (it does not match its manifest); nothing was changed.',
      )
      expect(result.stderr).toContain(`checksum mismatch: data/case-files/${attachment}`)
      expect(result.stderr).toContain('not in the manifest: data/media/extra.svg')
      expect(await readdir(path.dirname(place.CONG_DATA_DIR))).toEqual([])
    } finally {
      await rm(unpacked, { recursive: true, force: true })
    }
  })

  it('refuses to restore a SQLite archive into a PostgreSQL database', async () => {
    const place = await newPlace()
    const result = await ops(['restore', context().archive], {
      ...place,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'The archive holds a sqlite database but DATABASE_URL is postgres; nothing was changed.',
    )
  })

  it('says MongoDB is not supported yet', async () => {
    const place = await newPlace()
    const result = await ops(
      ['backup', '--out', path.join(path.dirname(context().archive), 'mongo.tar.gz')],
      { ...place, DATABASE_URL: 'mongodb://127.0.0.1:1/cong' },
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Backing up MongoDB is not supported yet')
  })

  it('writes cong-backup-YYYYMMDD-HHMMSS.tar.gz under var/backups by default, without releases when asked', async () => {
    const { source } = context()
    const place = {
      ...source,
      CONG_VAR_DIR: path.join(await mkdtemp(path.join(os.tmpdir(), 'cong-backup-var-')), 'var'),
    }
    try {
      const result = await ops(['backup', '--no-releases'], { ...place })
      expect(result.code).toBe(0)
      const [name] = await readdir(path.join(place.CONG_VAR_DIR, 'backups'))
      expect(name).toMatch(/^cong-backup-\d{8}-\d{6}\.tar\.gz$/)
      expect(result.stdout).toContain('Releases: không gồm / not included')
      const { stdout } = await sh('tar', ['-tzf', path.join(place.CONG_VAR_DIR, 'backups', name)])
      expect(stdout).not.toContain('var/releases')
    } finally {
      await rm(path.dirname(place.CONG_VAR_DIR), { recursive: true, force: true })
    }
  })
})
