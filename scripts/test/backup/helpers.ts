import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import {
  link,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { submitCase } from '../../../cms/test/helpers/citizenCases'
import { minimalPdf } from '../../../cms/test/helpers/documents'
import { bootPayload } from '../../../cms/test/helpers/payload'
import { createTestDatabase } from '../../../cms/test/helpers/test-database'
import { draftArticle, seedWorld } from '../../../cms/test/helpers/world'
import { readAllDocuments } from './documents'

const scriptsDir = fileURLToPath(new URL('../../', import.meta.url))
const tsx = path.join(scriptsDir, 'node_modules', '.bin', 'tsx')

// Tests never depend on a developer's .env (same fixed values as the CMS tests).
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production-0123456789'
process.env.PUBLISHER_WEBHOOK_SECRET ??= 'test-webhook-secret-0123456789abcdef'
process.env.PAYLOAD_DISABLE_ADMIN ??= 'true'
process.env.CONG_JOBS_AUTORUN = 'false'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

function runTsx(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      args,
      { cwd: scriptsDir, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

/** `pnpm ops <args>` as an operator runs it, in its own process. */
export const ops = (args: string[], env: Record<string, string>) => runTsx(['src/cli/ops.ts', ...args], env)

export type Documents = Awaited<ReturnType<typeof readAllDocuments>>

/** Where a CMS keeps its state: what the CLI and the CMS read from the environment. */
export interface Place {
  DATABASE_URL: string
  CONG_DATA_DIR: string
  CONG_VAR_DIR: string
}

export const LOGIN = { email: 'admin.backup@example.gov.vn', password: 'mat-khau-thu-nghiem' }

/** Reads every document of `place` through Payload, in a process of its own. */
export async function readDocumentsAt(place: Place): Promise<Documents> {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'cong-backup-read-')), 'documents.json')
  try {
    const result = await runTsx(['test/backup/read-documents.ts', out, LOGIN.email, LOGIN.password], {
      ...place,
    })
    if (result.code !== 0) throw new Error(`reading the restored documents failed:\n${result.stderr}`)
    return JSON.parse(await readFile(out, 'utf8')) as Documents
  } finally {
    await rm(path.dirname(out), { recursive: true, force: true })
  }
}

/**
 * A CMS with content on the database the environment names (SQLite, or TEST_DATABASE_URL):
 * the test world, an image with its generated sizes, a legal document's PDF, a citizen's case with
 * a PDF attachment, an article with Vietnamese and English text and several versions, the site
 * settings in both languages, and two published releases sharing a hard-linked file.
 */
export async function seededCms(): Promise<{ payload: Payload; place: Place; close: () => Promise<void> }> {
  const { payload, close } = await bootPayload()
  const place: Place = {
    DATABASE_URL: process.env.DATABASE_URL!,
    CONG_DATA_DIR: process.env.CONG_DATA_DIR!,
    CONG_VAR_DIR: path.join(process.env.CONG_DATA_DIR!, 'var'),
  }
  const world = await seedWorld(payload, 'backup')
  const png = await sharp({ create: { width: 1800, height: 1000, channels: 3, background: '#b22' } })
    .png()
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Lễ ký kết', caption: 'Ảnh: Văn phòng Bộ' },
    file: { data: png, name: 'le-ky-ket.png', mimetype: 'image/png', size: png.length },
    locale: 'vi',
  })
  await payload.update({ collection: 'media', id: image.id, data: { alt: 'Signing ceremony' }, locale: 'en' })
  const pdf = minimalPdf('Thong tu 01/2026')
  await payload.create({
    collection: 'document-files',
    data: {},
    file: { data: pdf, name: 'thong-tu-01.pdf', mimetype: 'application/pdf', size: pdf.length },
  })
  const question = await submitCase(payload)
  const attachment = minimalPdf('Giay xac nhan')
  await payload.create({
    collection: 'case-files',
    data: { case: question.id },
    file: {
      data: attachment,
      name: 'giay-xac-nhan.pdf',
      mimetype: 'application/pdf',
      size: attachment.length,
    },
  })
  const article = await draftArticle(payload, world, 'Hội nghị tổng kết công tác năm')
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { title: 'Hội nghị tổng kết công tác năm 2026', cover: image.id },
    locale: 'vi',
  })
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: { title: 'Annual review conference 2026', sapo: 'Summary' },
    locale: 'en',
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: 'Cổng thông tin điện tử' },
    locale: 'vi',
  })
  await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Electronic portal' }, locale: 'en' })
  await fakeReleases(place.CONG_VAR_DIR)
  return { payload, place, close }
}

/** Two releases as the publisher leaves them: a shared asset hard-linked, `current` a relative symlink. */
async function fakeReleases(varDir: string): Promise<void> {
  const releases = path.join(varDir, 'releases')
  const [older, newer] = ['20260105-080000-000-01', '20260106-080000-000-01']
  for (const id of [older, newer]) {
    await mkdir(path.join(releases, id, '.cong'), { recursive: true })
    await mkdir(path.join(releases, id, 'bai-viet', 'hoi-nghi'), { recursive: true })
    await writeFile(path.join(releases, id, 'index.html'), `<!doctype html><title>Cổng</title><p>${id}</p>`)
    await writeFile(path.join(releases, id, 'bai-viet', 'hoi-nghi', 'index.html'), '<p>Hội nghị</p>')
    await writeFile(
      path.join(releases, id, '.cong', 'release.json'),
      JSON.stringify({ id, pages: 2, files: 4 }),
    )
  }
  await mkdir(path.join(releases, older, 'media'))
  await writeFile(
    path.join(releases, older, 'media', 'le-ky-ket.webp'),
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#b22' } })
      .webp()
      .toBuffer(),
  )
  await mkdir(path.join(releases, newer, 'media'))
  await link(
    path.join(releases, older, 'media', 'le-ky-ket.webp'),
    path.join(releases, newer, 'media', 'le-ky-ket.webp'),
  )
  await symlink(newer, path.join(releases, 'current'))
  await mkdir(path.join(varDir, 'publisher'), { recursive: true })
  await writeFile(
    path.join(varDir, 'publisher', 'history.jsonl'),
    [older, newer]
      .map((id) => JSON.stringify({ at: new Date().toISOString(), action: 'activate', releaseId: id }))
      .join('\n') + '\n',
  )
}

/** A fresh, empty place for a restore: a new SQLite file, or a new database on TEST_DATABASE_URL's server. */
export async function emptyPlace(): Promise<{ place: Place; dir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cong-backup-target-'))
  const { url } = await createTestDatabase(path.join(dir, 'data', 'cong.db'))
  return {
    dir,
    place: { DATABASE_URL: url, CONG_DATA_DIR: path.join(dir, 'data'), CONG_VAR_DIR: path.join(dir, 'var') },
  }
}

/**
 * What a folder holds, written independently of the code under test: each entry's kind, its
 * SHA-256 or link target, and for hard links the first path sharing its inode.
 */
export async function treeDigest(root: string): Promise<string[]> {
  if (!existsSync(root)) return []
  const lines: string[] = []
  const inodes = new Map<number, string>()
  const names = (await readdir(root, { recursive: true })).sort()
  for (const name of names) {
    const full = path.join(root, name)
    const stat = await lstat(full)
    if (stat.isSymbolicLink()) lines.push(`${name} -> ${await readlink(full)}`)
    else if (stat.isDirectory()) lines.push(`${name}/`)
    else {
      const first = inodes.get(stat.ino) ?? name
      inodes.set(stat.ino, first)
      const sha = createHash('sha256')
        .update(await readFile(full))
        .digest('hex')
      lines.push(`${name} ${sha}${first === name ? '' : ` = ${first}`}`)
    }
  }
  return lines
}

/** Every file and link of a place's uploads, releases and history, keyed by where they live. */
export async function placeDigest(
  place: Place,
  uploadDirs: readonly string[],
): Promise<Record<string, string[]>> {
  const digest: Record<string, string[]> = {}
  for (const dir of uploadDirs) digest[`data/${dir}`] = await treeDigest(path.join(place.CONG_DATA_DIR, dir))
  digest['var/releases'] = await treeDigest(path.join(place.CONG_VAR_DIR, 'releases'))
  digest['var/publisher'] = await treeDigest(path.join(place.CONG_VAR_DIR, 'publisher'))
  return digest
}

/** Runs psql on `url` (the tests' PostgreSQL access needs no driver of their own). */
export function psql(url: string, sql: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      'psql',
      ['--no-psqlrc', '--tuples-only', '--no-align', `--dbname=${url}`, '--command', sql],
      { timeout: 20_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

/** Drops a test database made by createTestDatabase (no-op for SQLite). */
export async function dropDatabase(url: string): Promise<void> {
  if (!/^postgres(ql)?:\/\//.test(url)) return
  const maintenance = new URL(url)
  const name = maintenance.pathname.slice(1)
  maintenance.pathname = '/postgres'
  const dropped = await psql(maintenance.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  if (dropped.code !== 0) throw new Error(`could not drop the test database ${name}: ${dropped.stderr}`)
}
