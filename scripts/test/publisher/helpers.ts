import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { signedHeaders, verify } from '@cong/shared/webhook'
import { silentLogger } from '../../src/lib/log'
import { Publisher, type PublisherOptions } from '../../src/publisher/publisher'
import { ReplayGuard } from '../../src/publisher/replay-guard'
import { createPublisherServer } from '../../src/publisher/server'

export const SECRET = 'publisher-test-secret-0123456789'
export const FAKE_BUILD = fileURLToPath(new URL('./fixtures/fake-site-build.mjs', import.meta.url))

export function fakeBuildCommand(mode: 'ok' | 'fail' | 'broken-link' | 'hang' = 'ok'): string {
  return `FAKE_BUILD=${mode} ${process.execPath} ${FAKE_BUILD}`
}

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cong-publisher-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

export function close(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

export interface SnapshotOptions {
  marker?: string
  articles?: number
  version?: number
  files?: { path: string; content: string }[]
}

export function makeSnapshot(options: SnapshotOptions = {}) {
  const files = options.files ?? [{ path: '/media/cover.webp', content: 'fake image bytes' }]
  return {
    version: options.version ?? 1,
    generatedAt: new Date().toISOString(),
    siteUrl: 'http://127.0.0.1:4321',
    cmsPublicUrl: 'http://127.0.0.1:3000',
    settings: { vi: { siteName: options.marker ?? 'Cổng thử nghiệm' }, en: { siteName: 'Test portal' }, quickLinks: [] },
    sections: [],
    units: [],
    pages: [],
    articles: Array.from({ length: options.articles ?? 3 }, (_, i) => ({
      id: String(i + 1),
      vi: { title: `Bài ${i + 1}`, slug: `bai-${i + 1}`, sapo: '', bodyHtml: `Nội dung ${i + 1}` },
    })),
    files: files.map((f) => ({ path: f.path, sourceUrl: `/api/media/file${f.path.slice('/media'.length)}`, bytes: Buffer.byteLength(f.content) })),
    fileContents: Object.fromEntries(files.map((f) => [`/api/media/file${f.path.slice('/media'.length)}`, f.content])),
  }
}

/**
 * A CMS that answers signed snapshot pulls the way the real one must (signature over the path)
 * and serves the media files; `snapshot` can be swapped between builds.
 */
export async function startFakeCms(initial: ReturnType<typeof makeSnapshot>) {
  const state = { snapshot: initial, snapshotRequests: 0, fileRequests: 0, refused: 0 }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://cms.invalid')
    if (url.pathname === '/api/snapshot') {
      const result = verify({
        secret: SECRET,
        body: url.pathname,
        timestamp: req.headers['x-cong-timestamp'] as string,
        signature: req.headers['x-cong-signature'] as string,
        delivery: req.headers['x-cong-delivery'] as string,
      })
      if (!result.ok) {
        state.refused++
        res.writeHead(401).end(result.reason)
        return
      }
      state.snapshotRequests++
      const { fileContents: _omit, ...snapshot } = state.snapshot
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(snapshot))
      return
    }
    const content = state.snapshot.fileContents[url.pathname]
    if (content !== undefined) {
      state.fileRequests++
      res.writeHead(200).end(content)
      return
    }
    res.writeHead(404).end()
  })
  const url = await listen(server)
  return { url, state, close: () => close(server) }
}

export function makePublisher(options: Partial<PublisherOptions> & { varDir: string; cmsUrl: string }): Publisher {
  return new Publisher({
    secret: SECRET,
    siteDir: path.dirname(FAKE_BUILD),
    siteBuildCommand: fakeBuildCommand('ok'),
    logger: silentLogger,
    quietMs: 50,
    maxWaitMs: 200,
    ...options,
  })
}

/** A raw request, so paths like `/../x` reach the server un-normalised (fetch would clean them). */
export function rawGet(base: string, rawPath: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const { hostname, port } = new URL(base)
    const req = request({ hostname, port, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

export interface PublisherServer {
  /** The publisher's var folder (a temp folder `close` removes). */
  dir: string
  cms: Awaited<ReturnType<typeof startFakeCms>>
  publisher: Publisher
  server: Server
  base: string
  close: () => Promise<void>
}

/** An in-process publisher behind its real HTTP server on loopback, reading a fake CMS. */
export async function startPublisherServer(): Promise<PublisherServer> {
  const { dir, cleanup } = await tempDir()
  const cms = await startFakeCms(makeSnapshot())
  const publisher = makePublisher({ varDir: dir, cmsUrl: cms.url })
  await publisher.init()
  const server = createPublisherServer({
    publisher,
    secret: SECRET,
    replayGuard: new ReplayGuard(null),
    logger: silentLogger,
  })
  const base = await listen(server)
  return {
    dir,
    cms,
    publisher,
    server,
    base,
    close: async () => {
      await publisher.stop()
      await close(server)
      await cms.close()
      await cleanup()
    },
  }
}

/** `POST /webhook` with `text` signed as the CMS signs it, under a fresh delivery id; `headers` win. */
export function postSignedWebhook(base: string, text: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/webhook`, {
    method: 'POST',
    body: text,
    headers: { ...signedHeaders(SECRET, text, randomUUID()), ...headers },
  })
}
