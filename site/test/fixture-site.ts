import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sirv from 'sirv'
import { buildSite, type BuildSummary } from '../scripts/build-site'
import { fixtureSnapshot } from './fixtures/snapshot'

const MEDIA = new URL('./fixtures/media/', import.meta.url)

/**
 * Build the fixture snapshot the way the publisher builds a release: snapshot JSON on disk,
 * build-site into a fresh folder, media copied beside the pages (the publisher's job in production).
 */
export async function buildFixtureSite(): Promise<{ root: string; outDir: string; summary: BuildSummary }> {
  const root = await mkdtemp(join(tmpdir(), 'cong-site-'))
  const snapshotPath = join(root, 'snapshot.json')
  const outDir = join(root, 'site')
  await writeFile(snapshotPath, JSON.stringify(fixtureSnapshot()))
  const summary = await buildSite({ snapshotPath, outDir })
  await cp(MEDIA, join(outDir, 'media'), { recursive: true })
  return { root, outDir, summary }
}

/** Serve a built site on a free loopback port, with its 404 page for unknown paths. */
export async function serveSite(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const notFound = await readFile(join(dir, '404.html'))
  const files = sirv(dir, {
    dev: true,
    onNoMatch: (_, res) => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      res.end(notFound)
    },
  })
  const server = createServer((req, res) => files(req, res))
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
