import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { S3Client } from '@aws-sdk/client-s3'
import { readObjectStorageSettings, s3ClientConfig } from '@cong/shared/objectStorage'
import {
  COPY_MIN_BYTES,
  POINTER_KEY,
  releaseMirrorFromEnv,
  S3ReleaseMirror,
} from '../../src/publisher/release-bucket'
import { createIdGenerator, ReleaseStore } from '../../src/publisher/releases'
import { localS3 } from '../helpers/localS3'
import { makePublisher, makeSnapshot, startFakeCms, tempDir } from './helpers'

/**
 * Releases mirrored to a bucket (the CDN's origin), against s3rver, a local S3 server: every file
 * is uploaded before the pointer object moves, rollback moves the pointer back, and a failed
 * upload leaves both the bucket's pointer and the local `current` on the previous release.
 */
const BUCKET = 'cong-site'
const s3 = localS3(BUCKET)
let env: Record<string, string>
let base: string
/** Each test has its own folder in the bucket, so releases of one are not the previous of another. */
let prefix = ''
let tests = 0

beforeAll(async () => {
  base = await s3.start()
  env = { RELEASE_S3_BUCKET: BUCKET, ...s3.env(base) }
})
afterAll(() => s3.stop())

/** The bucket as a CDN sees it (s3rver answers unsigned GETs). */
async function object(
  key: string,
): Promise<{ status: number; text: string; type: string | null; cache: string | null }> {
  const res = await fetch(`${base}/${BUCKET}/${prefix}/${key}`)
  return {
    status: res.status,
    text: await res.text(),
    type: res.headers.get('content-type'),
    cache: res.headers.get('cache-control'),
  }
}
const pointer = async () =>
  JSON.parse((await object(POINTER_KEY)).text) as { release: string; previous: string | null }

/** Counts what each publish sends: uploads, copies inside the bucket. */
function countingClient(failOn?: (key: string) => boolean) {
  const settings = readObjectStorageSettings(env, 'RELEASE_S3_BUCKET')!
  const client = new S3Client(s3ClientConfig(settings))
  const sent = { PutObjectCommand: [] as string[], CopyObjectCommand: [] as string[] }
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const key = (args.input as { Key?: string }).Key ?? ''
      const name = context.commandName as keyof typeof sent
      if (name in sent) {
        if (failOn?.(key)) throw new Error(`simulated storage failure on ${key}`)
        sent[name].push(key.replace(/^[^/]+\/releases\/[^/]+\//, ''))
      }
      return next(args)
    },
    { step: 'initialize', name: 'countAndFail' },
  )
  return { mirror: new S3ReleaseMirror(settings, client), sent }
}

describe('releases mirrored to a bucket', () => {
  let dir: string
  let cleanup: () => Promise<void>
  const newId = createIdGenerator()

  beforeEach(async () => {
    ;({ dir, cleanup } = await tempDir())
    prefix = `portal-${++tests}`
    env.RELEASE_S3_PREFIX = prefix
  })
  afterEach(() => cleanup())

  async function release(store: ReleaseStore, files: Record<string, string>): Promise<string> {
    const id = newId()
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(store.stagingDir(id), rel)), { recursive: true })
      await writeFile(path.join(store.stagingDir(id), rel), text)
    }
    await store.commit({
      id,
      createdAt: new Date().toISOString(),
      pages: 2,
      files: 3,
      snapshotGeneratedAt: '',
      trigger: 'test',
    })
    return id
  }

  const SITE = {
    'index.html': '<h1>Trang chủ</h1>',
    'tin-tuc/index.html': '<h1>Tin tức</h1>',
    '_astro/app.3f2a.js': 'console.log(1)',
    // Big enough to be copied inside the bucket when unchanged (COPY_MIN_BYTES).
    'media/hoi-nghi.webp': 'x'.repeat(COPY_MIN_BYTES),
  }

  it('is configured from RELEASE_S3_BUCKET, and absent without it', () => {
    expect(releaseMirrorFromEnv({ ...env, RELEASE_S3_BUCKET: '' })).toBeNull()
    expect(releaseMirrorFromEnv(env)?.location).toBe(`s3://cong-site/${prefix}/`)
    expect(new ReleaseStore(dir).mirror).toBeNull()
  })

  it('uploads a release before moving the pointer, with the static server’s types and cache rules', async () => {
    const store = new ReleaseStore(dir, 5, releaseMirrorFromEnv(env))
    await store.init()
    const a = await release(store, SITE)
    await store.activate(a)

    expect(await pointer()).toMatchObject({ release: a, previous: null })
    const page = await object(`releases/${a}/tin-tuc/index.html`)
    expect(page).toMatchObject({
      status: 200,
      text: '<h1>Tin tức</h1>',
      type: 'text/html; charset=utf-8',
      cache: 'no-cache',
    })
    expect(await object(`releases/${a}/_astro/app.3f2a.js`)).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      cache: 'public, max-age=31536000, immutable',
    })
    // The publisher's own folder stays local; a marker says the release is complete.
    expect((await object(`releases/${a}/.cong/release.json`)).status).toBe(404)
    expect(JSON.parse((await object(`releases/${a}.json`)).text)).toMatchObject({ id: a })
    expect((await object(POINTER_KEY)).cache).toBe('no-cache')
  })

  it('copies big unchanged files inside the bucket, and rolls back with one pointer write', async () => {
    const store = new ReleaseStore(dir, 5, null)
    await store.init()
    const { mirror, sent } = countingClient()
    Object.assign(store, { mirror })
    const a = await release(store, SITE)
    await store.activate(a)
    expect(sent.PutObjectCommand.sort()).toEqual([
      '_astro/app.3f2a.js',
      'index.html',
      'media/hoi-nghi.webp',
      `${prefix}/current.json`,
      `${prefix}/releases/${a}.json`,
      'tin-tuc/index.html',
    ])

    sent.PutObjectCommand.length = 0
    const b = await release(store, { ...SITE, 'index.html': '<h1>Trang chủ mới</h1>' })
    await store.activate(b)
    // Small files cost one request either way and are sent again; the big unchanged one is copied.
    expect(sent.PutObjectCommand.sort()).toEqual([
      '_astro/app.3f2a.js',
      'index.html',
      `${prefix}/current.json`,
      `${prefix}/releases/${b}.json`,
      'tin-tuc/index.html',
    ])
    expect(sent.CopyObjectCommand).toEqual(['media/hoi-nghi.webp'])
    const copied = await object(`releases/${b}/media/hoi-nghi.webp`)
    expect(copied).toMatchObject({ status: 200, type: 'image/webp', cache: 'public, max-age=3600' })
    expect(copied.text).toHaveLength(COPY_MIN_BYTES)
    expect(await pointer()).toMatchObject({ release: b, previous: a })

    sent.PutObjectCommand.length = 0
    sent.CopyObjectCommand.length = 0
    expect(await store.rollback()).toEqual({ from: b, to: a })
    expect(await pointer()).toMatchObject({ release: a, previous: b })
    // Release a is complete in the bucket already: nothing is sent again but the pointer.
    expect(sent).toEqual({ PutObjectCommand: [`${prefix}/current.json`], CopyObjectCommand: [] })
    expect(await store.live()).toBe(a)
  })

  it('leaves the pointer and the local current unchanged when an upload fails, and resumes on retry', async () => {
    const store = new ReleaseStore(dir, 5, releaseMirrorFromEnv(env))
    await store.init()
    const a = await release(store, SITE)
    await store.activate(a)

    const failing = countingClient((key) => key.endsWith('/bai-moi/index.html'))
    Object.assign(store, { mirror: failing.mirror })
    const b = await release(store, {
      ...SITE,
      'index.html': '<h1>Có bài mới</h1>',
      'bai-moi/index.html': '<h1>Bài mới</h1>',
    })
    await expect(store.activate(b)).rejects.toThrow(/simulated storage failure/)
    expect((await pointer()).release).toBe(a)
    expect(await store.live()).toBe(a)
    expect((await object(`releases/${b}.json`)).status).toBe(404)

    const retry = countingClient()
    Object.assign(store, { mirror: retry.mirror })
    await store.activate(b)
    expect((await pointer()).release).toBe(b)
    expect(await store.live()).toBe(b)
    // What reached the bucket before the failure is not sent again.
    expect(retry.sent.PutObjectCommand).not.toContain('index.html')
    expect(retry.sent.PutObjectCommand).toContain('bai-moi/index.html')
    expect((await object(`releases/${b}/bai-moi/index.html`)).text).toBe('<h1>Bài mới</h1>')
  })
})

describe('a publisher with RELEASE_S3_BUCKET', () => {
  const saved = { ...process.env }
  let dir: string
  let cleanup: () => Promise<void>
  let cms: Awaited<ReturnType<typeof startFakeCms>>

  beforeEach(async () => {
    ;({ dir, cleanup } = await tempDir())
    cms = await startFakeCms(makeSnapshot())
    prefix = `publisher-${++tests}`
    Object.assign(process.env, env, { RELEASE_S3_PREFIX: prefix })
  })
  afterEach(async () => {
    process.env = { ...saved }
    await cms.close()
    await cleanup()
  })

  it('puts each build live in the bucket too; with the bucket unreachable the build fails at its switch and nothing moves', async () => {
    const publisher = makePublisher({ varDir: dir, cmsUrl: cms.url })
    await publisher.init()
    await publisher.enqueue({ source: 'ops', at: new Date().toISOString() })
    await publisher.idle()
    const live = await publisher.releases.live()
    expect(live).not.toBeNull()
    expect((await pointer()).release).toBe(live)
    expect((await object(`releases/${live}/index.html`)).status).toBe(200)
    await publisher.stop()

    // Port 9 (discard) refuses the connection: the storage server is down.
    process.env.S3_ENDPOINT = 'http://127.0.0.1:9'
    const cut = makePublisher({ varDir: dir, cmsUrl: cms.url })
    await cut.init()
    await cut.enqueue({ source: 'ops', at: new Date().toISOString() })
    await cut.idle()
    const [last] = await cut.builds.list(1)
    expect(last).toMatchObject({ status: 'failed', failedStep: 'activate' })
    expect(await cut.releases.live()).toBe(live)
    expect((await pointer()).release).toBe(live)
    await cut.stop()
  }, 60_000)
})
