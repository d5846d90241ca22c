import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { mkdir, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../lib/env'

/**
 * Points this process's CMS at a throw-away folder and SQLite database with fresh secrets, no
 * admin, no job runner and no publisher, and returns the folder, its `var` directory and the webhook secret. A benchmark must never touch the
 * developer's own data. The folder goes when the process exits, also when a stalled CMS load ends
 * it without reaching any `finally` (the runner retries it).
 */
export async function useTemporaryStack(prefix: string): Promise<{ dir: string; varDir: string; webhookSecret: string }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), prefix))
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }))
  process.env.CONG_DATA_DIR = path.join(tmp, 'data')
  const varDir = path.join(tmp, 'var')
  const webhookSecret = randomBytes(24).toString('hex')
  process.env.CONG_VAR_DIR = varDir
  process.env.DATABASE_URL = `file:${path.join(tmp, 'data', 'bench.db')}`
  process.env.PAYLOAD_SECRET = randomBytes(24).toString('hex')
  process.env.PUBLISHER_WEBHOOK_SECRET = webhookSecret
  process.env.PAYLOAD_DISABLE_ADMIN = 'true'
  process.env.CONG_JOBS_AUTORUN = 'false'
  delete process.env.PUBLISHER_URL
  await mkdir(process.env.CONG_DATA_DIR, { recursive: true })
  return { dir: tmp, varDir, webhookSecret }
}

/** The machine and commit a report's figures come from: figures are only comparable within one. */
export function runFacts() {
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  }
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot(), encoding: 'utf8' }).trim()
  return { machine, commit }
}
