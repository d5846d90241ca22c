import { execFile } from 'node:child_process'
import type { Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/lib/log'
import type { LeaderState } from '../../src/publisher/leader'
import type { Publisher } from '../../src/publisher/publisher'
import { ReplayGuard } from '../../src/publisher/replay-guard'
import { createPublisherServer } from '../../src/publisher/server'
import { close, listen, makePublisher, makeSnapshot, SECRET, startFakeCms, tempDir } from './helpers'

const scriptsDir = fileURLToPath(new URL('../../', import.meta.url))
const tsx = path.join(scriptsDir, 'node_modules', '.bin', 'tsx')

function ops(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(tsx, ['src/cli/ops.ts', ...args], { cwd: scriptsDir, env: { ...process.env, NO_COLOR: '1', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

describe('pnpm ops', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let cms: Awaited<ReturnType<typeof startFakeCms>>
  let publisher: Publisher
  let server: Server
  let online: Record<string, string>
  let offline: Record<string, string>
  let releaseIds: string[]

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir())
    cms = await startFakeCms(makeSnapshot())
    publisher = makePublisher({ varDir: dir, cmsUrl: cms.url })
    await publisher.init()
    for (let i = 0; i < 2; i++) {
      publisher.enqueue({ source: 'ops', at: new Date().toISOString() })
      await publisher.idle()
    }
    releaseIds = (await publisher.releases.ids()).reverse()
    server = createPublisherServer({ publisher, secret: SECRET, replayGuard: new ReplayGuard(null), logger: silentLogger })
    const url = await listen(server)
    online = { CONG_VAR_DIR: dir, PUBLISHER_URL: url, PUBLISHER_WEBHOOK_SECRET: SECRET }
    offline = { ...online, PUBLISHER_URL: 'http://127.0.0.1:9' }
  })
  afterAll(async () => {
    await publisher.stop()
    await close(server)
    await cms.close()
    await cleanup()
  })

  it('status through the API', async () => {
    const { code, stdout } = await ops(['status'], online)
    expect(code).toBe(0)
    expect(stdout).toMatch(new RegExp(`Đang chạy / Live\\s+${releaseIds[0]}\\s+6 trang/pages`))
    expect(stdout).toMatch(new RegExp(`Quay lại về / Rollback to\\s+${releaseIds[1]}`))
    expect(stdout).toContain('✓ thành công/success')
    expect(stdout).not.toContain('không chạy')
  })

  it('status from var/ when the publisher is down, saying so', async () => {
    const { code, stdout } = await ops(['status'], offline)
    expect(code).toBe(0)
    expect(stdout).toContain('Publisher không chạy')
    expect(stdout).toContain(releaseIds[0])
  })

  it('releases and logs, as JSON too', async () => {
    const releases = await ops(['--json', 'releases'], online)
    expect(JSON.parse(releases.stdout).releases.map((r: { id: string }) => r.id)).toEqual(releaseIds)
    const logs = await ops(['logs'], offline)
    expect(logs.code).toBe(0)
    expect(logs.stdout).toContain('fake build: 3 articles')
    const unknown = await ops(['logs', '20990101-000000-000-00'], online)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('No build 20990101-000000-000-00')
  })

  it('rebuild needs the publisher and its secret', async () => {
    expect((await ops(['rebuild'], offline)).code).toBe(2)
    const noSecret = await ops(['rebuild'], { ...online, PUBLISHER_WEBHOOK_SECRET: '' })
    expect(noSecret.code).toBe(3)
    expect(noSecret.stderr).toContain('PUBLISHER_WEBHOOK_SECRET')
    expect((await ops(['rebuild'], { ...online, PUBLISHER_WEBHOOK_SECRET: 'wrong-secret-0123456789' })).code).toBe(3)
  })

  it('rebuild --wait reports the finished build', async () => {
    const { code, stdout } = await ops(['rebuild', '--wait', '--reason', 'cli test'], online)
    expect(code).toBe(0)
    expect(stdout).toMatch(/✓ thành công\/success\s+\d{8}-\d{6}-\d{3}-\d{2}\s+6 trang\/pages/)
    releaseIds = (await publisher.releases.ids()).reverse()
  })

  it('rollback through the API, then offline, then refuses when nothing is older', async () => {
    const first = await ops(['rollback'], online)
    expect(first.code).toBe(0)
    expect(first.stdout).toContain(`${releaseIds[0]} → ${releaseIds[1]}`)
    const second = await ops(['rollback', '--reason', 'offline test'], offline)
    expect(second.code).toBe(0)
    expect(second.stdout).toContain('Publisher không chạy')
    expect(second.stdout).toContain(`${releaseIds[1]} → ${releaseIds[2]}`)
    expect(await publisher.releases.live()).toBe(releaseIds[2])
    const third = await ops(['rollback'], online)
    expect(third.code).toBe(1)
    expect(third.stderr).toContain('No earlier release')
  })
})

describe('pnpm ops status with several publishers (lease on)', () => {
  let cleanup: () => Promise<void>
  let publisher: Publisher
  let server: Server
  let env: Record<string, string>
  let state: LeaderState

  beforeAll(async () => {
    let dir: string
    ;({ dir, cleanup } = await tempDir())
    publisher = makePublisher({ varDir: dir, cmsUrl: 'http://127.0.0.1:9', leaderState: () => state })
    await publisher.init()
    server = createPublisherServer({ publisher, secret: SECRET, replayGuard: new ReplayGuard(null), logger: silentLogger })
    env = { CONG_VAR_DIR: dir, PUBLISHER_URL: await listen(server), PUBLISHER_WEBHOOK_SECRET: SECRET }
  })
  afterAll(async () => {
    await publisher.stop()
    await close(server)
    await cleanup()
  })

  it('prints the leader block of a follower, and where the leader is', async () => {
    state = { enabled: true, holder: 'build-2:4242', leader: false, currentLeader: 'build-1:1717', term: 7, queued: null, lastError: null }
    const { code, stdout } = await ops(['status'], env)
    expect(code).toBe(0)
    expect(stdout).toContain('Nhiều publisher (lease) / Several publishers (lease)')
    expect(stdout).toMatch(/Publisher này \/ This publisher\s+build-2:4242/)
    expect(stdout).toMatch(/Là leader \/ Leader\s+không \/ no/)
    expect(stdout).toMatch(/Leader hiện tại \/ Current leader\s+build-1:1717/)
    expect(stdout).toMatch(/Nhiệm kỳ \/ Term\s+7/)
    expect(stdout).toMatch(/Hàng đợi chung \/ Shared queue\s+chỉ leader đọc \/ read by the leader only/)
    expect(stdout).toMatch(/Lỗi gần nhất \/ Last error\s+—/)
    expect(stdout).toContain('point PUBLISHER_URL at build-1:1717')
  })

  it('prints the leader block of the leader, with the shared queue and the last lease error', async () => {
    state = { enabled: true, holder: 'build-1:1717', leader: true, currentLeader: 'build-1:1717', term: 8, queued: 3, lastError: 'lease renewal failed: ECONNREFUSED' }
    const { code, stdout } = await ops(['status'], env)
    expect(code).toBe(0)
    expect(stdout).toMatch(/Là leader \/ Leader\s+có \/ yes/)
    expect(stdout).toMatch(/Hàng đợi chung \/ Shared queue\s+3 yêu cầu\/requests/)
    expect(stdout).toMatch(/Lỗi gần nhất \/ Last error\s+lease renewal failed: ECONNREFUSED/)
    expect(stdout).not.toContain('point PUBLISHER_URL at')
    const asJson = JSON.parse((await ops(['--json', 'status'], env)).stdout)
    expect(asJson.leader).toEqual(state)
  })

  it('prints no leader block for a single publisher', async () => {
    state = undefined as unknown as LeaderState
    const { stdout } = await ops(['status'], env)
    expect(stdout).not.toContain('Several publishers')
  })
})
