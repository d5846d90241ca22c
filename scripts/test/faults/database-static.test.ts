import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { activateFileRelease } from '../../src/publisher/file-release'
import { ReleaseStore } from '../../src/publisher/releases'
import { createStaticServer } from '../../src/publisher/static-server'
import { close, listen, tempDir } from '../publisher/helpers'

/**
 * The static site does not depend on the CMS or its database at request time: with the CMS's
 * address refusing connections (its process or database gone), every page of the live release
 * is still served whole.
 */
const PAGES: Record<string, string> = {
  'index.html': '<!doctype html><h1>Cổng thông tin điện tử</h1>',
  'tin-tuc/index.html': '<!doctype html><h1>Tin tức</h1>',
  'hoi-dap/index.html': '<!doctype html><h1>Hỏi đáp</h1><form data-cms-form></form>',
  'en/index.html': '<!doctype html><h1>Portal</h1>',
}

/** An address nothing listens on: a port taken and released again. */
async function deadAddress(): Promise<string> {
  const probe: Server = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return `http://127.0.0.1:${port}`
}

describe('static site while the CMS or its database is down', () => {
  let cleanup: () => Promise<void>
  let server: ReturnType<typeof createStaticServer> | undefined
  let base: string
  let cms: string

  beforeAll(async () => {
    const temp = await tempDir()
    cleanup = temp.cleanup
    const store = new ReleaseStore(temp.dir)
    await activateFileRelease(store, PAGES, {
      createdAt: '',
      pages: 4,
      files: 4,
      snapshotGeneratedAt: '',
      trigger: 'test',
    })
    cms = await deadAddress()
    server = createStaticServer({ releasesDir: store.root, cmsOrigin: cms })
    base = await listen(server)
  })
  afterAll(async () => {
    if (server) await close(server)
    await cleanup?.()
  })

  it('serves every page of the live release with the CMS unreachable', async () => {
    await expect(fetch(`${cms}/api/views/1`)).rejects.toThrow()
    for (const [rel, content] of Object.entries(PAGES)) {
      const url = `${base}/${rel.replace(/index\.html$/, '')}`
      const res = await fetch(url)
      expect(res.status, url).toBe(200)
      expect(await res.text()).toBe(content)
    }
  })
})
