/**
 * `pnpm portal`: the whole demo on one machine — embedded SQLite with the demo agency, the CMS
 * admin, the publisher and the static server for the live release. Children write their logs to
 * `var/logs/` so the terminal shows only what a newcomer needs: progress, the URLs (printed once
 * they answer) and the demo logins.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pc from 'picocolors'
import { loadEnvFile, repoRoot } from './lib/env'
import { DEMO_LOGINS } from './seed/users'

const root = repoRoot()
const varDir = process.env.CONG_VAR_DIR ?? path.join(root, 'var')
const logDir = path.join(varDir, 'logs')
const children: ChildProcess[] = []

const step = (msg: string) => console.log(pc.cyan('▸ ') + msg)
const fail = (msg: string): never => {
  console.error(pc.red('✗ ') + msg)
  shutdown(1)
  throw new Error(msg)
}

/** First run writes `.env` with fresh random secrets; later runs keep them (sessions survive). */
function ensureEnvFile(): void {
  const file = path.join(root, '.env')
  if (!existsSync(file)) {
    const secret = () => randomBytes(32).toString('hex')
    writeFileSync(
      file,
      [
        '# Created by `pnpm portal` for the local demo. Never commit this file.',
        `PAYLOAD_SECRET=${secret()}`,
        `PUBLISHER_WEBHOOK_SECRET=${secret()}`,
        'CMS_URL=http://127.0.0.1:3000',
        'CMS_PUBLIC_URL=http://127.0.0.1:3000',
        'PUBLISHER_URL=http://127.0.0.1:4100',
        'SITE_URL=http://127.0.0.1:4321',
        '',
      ].join('\n'),
      { mode: 0o600 },
    )
    step('Created .env with random secrets')
  }
  loadEnvFile(file)
}

function run(label: string, cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): void {
  const log = path.join(logDir, `${label}.log`)
  const res = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  writeFileSync(log, (res.stdout ?? '') + (res.stderr ?? ''))
  if (res.status !== 0) {
    const tail = ((res.stdout ?? '') + (res.stderr ?? '')).trim().split('\n').slice(-25).join('\n')
    fail(`${label} failed (exit ${res.status}). Last lines of ${path.relative(root, log)}:\n${tail}`)
  }
}

function start(label: string, cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): ChildProcess {
  const out = createWriteStream(path.join(logDir, `${label}.log`), { flags: 'a' })
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.pipe(out)
  child.stderr?.pipe(out)
  child.on('exit', (code, signal) => {
    if (!stopping) fail(`${label} stopped unexpectedly (${signal ?? `exit ${code}`}); see ${path.relative(root, path.join(logDir, label + '.log'))}`)
  })
  children.push(child)
  return child
}

/** A hash of everything the admin bundle is built from, so an unchanged checkout skips `next build`. */
function cmsSourceHash(): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const p = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(p)
      else hash.update(p).update(String(statSync(p).mtimeMs)).update(readFileSync(p))
    }
  }
  walk(path.join(root, 'cms', 'src'))
  walk(path.join(root, 'shared', 'src'))
  for (const f of ['cms/package.json', 'cms/next.config.ts', 'pnpm-lock.yaml']) hash.update(readFileSync(path.join(root, f)))
  return hash.digest('hex')
}

async function waitFor(url: string, label: string, timeoutMs: number, ok = (s: number) => s >= 200 && s < 400): Promise<void> {
  const started = Date.now()
  let last = ''
  while (Date.now() - started < timeoutMs) {
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) })
      if (ok(res.status)) return
      last = `HTTP ${res.status}`
    } catch (error) {
      last = String((error as Error).cause ?? error)
    }
    await new Promise((r) => setTimeout(r, 1_000))
  }
  fail(`${label} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s (${last})`)
}

let stopping = false
function shutdown(code: number): void {
  if (stopping) return
  stopping = true
  for (const child of children) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 1_500).unref()
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

async function main(): Promise<void> {
  mkdirSync(logDir, { recursive: true })
  ensureEnvFile()
  const cmsDir = path.join(root, 'cms')
  const scriptsDir = path.join(root, 'scripts')
  const tsx = path.join(scriptsDir, 'node_modules', '.bin', 'tsx')
  const next = path.join(cmsDir, 'node_modules', 'next', 'dist', 'bin', 'next')

  step('Preparing the database and demo content (embedded SQLite, idempotent)…')
  // Development mode lets Payload create or update the SQLite tables before the production server starts.
  run('seed', tsx, ['src/seed/run.ts'], scriptsDir, { NODE_ENV: 'development' })

  const hashFile = path.join(cmsDir, '.next', 'cong-source-hash')
  const hash = cmsSourceHash()
  if (!existsSync(hashFile) || readFileSync(hashFile, 'utf8') !== hash) {
    step('Building the admin (next build, about a minute on 2 cores)…')
    run('cms-build', 'node', ['--no-deprecation', '--max-old-space-size=4096', next, 'build', '--webpack'], cmsDir, {
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    })
    writeFileSync(hashFile, hash)
  } else {
    step('Admin build is up to date')
  }

  step('Starting the CMS, the publisher and the static server…')
  start('cms', 'node', ['--no-deprecation', next, 'start', '-p', '3000', '-H', '127.0.0.1'], cmsDir, {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  })
  start('publisher', tsx, ['src/publisher/main.ts'], scriptsDir)
  start('static', tsx, ['src/publisher/static-main.ts'], scriptsDir)

  const cmsUrl = process.env.CMS_PUBLIC_URL ?? 'http://127.0.0.1:3000'
  const siteUrl = process.env.SITE_URL ?? 'http://127.0.0.1:4321'
  const publisherUrl = process.env.PUBLISHER_URL ?? 'http://127.0.0.1:4100'
  await waitFor(`${cmsUrl}/admin/login`, 'The CMS', 180_000)
  step('CMS is up; waiting for the first site build (Astro + Pagefind)…')
  await waitFor(`${publisherUrl}/health`, 'The publisher', 60_000)
  await waitFor(`${siteUrl}/`, 'The public site', 600_000, (s) => s === 200)

  console.log('')
  console.log(pc.bold(pc.green('Cổng is running.')) + ' Press Ctrl+C to stop.')
  console.log(`  Public portal        ${siteUrl}/`)
  console.log(`  English portal       ${siteUrl}/en/`)
  console.log(`  Admin (CMS)          ${cmsUrl}/admin`)
  console.log(`  Publisher health     ${publisherUrl}/health`)
  console.log('')
  console.log(pc.bold('Demo logins') + ' (demo only; change them before any real use):')
  for (const login of DEMO_LOGINS) {
    console.log(`  ${login.email.padEnd(28)} ${login.password.padEnd(12)} ${login.roleLabel}${login.unit ? ` — ${login.unit}` : ''}`)
  }
  console.log('')
  console.log(`Logs: ${path.relative(root, logDir)}/ · ops: pnpm ops status | rebuild | rollback | releases | logs`)
}

main().catch((error) => {
  if (!stopping) {
    console.error(pc.red('✗ ') + String(error?.stack ?? error))
    shutdown(1)
  }
})
