/**
 * The process `snapshot-profile.ts` starts: a throw-away stack holding a copy of the dataset's
 * database, one snapshot streamed under the CPU profiler, and the figures printed.
 */
import { copyFile, rm } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import path from 'node:path'
import { loadPayloadInWorker } from '../lib/cms-process'
import { parseSnapshotProfileOptions } from './options'
import { topSelfTime, type CpuProfile } from './profile'
import { useTemporaryStack } from './tempStack'
import { LOADED_MESSAGE } from './worker-ipc'

const opts = parseSnapshotProfileOptions(process.argv)

/** The JSON keys that open each part of the snapshot stream (cms/src/publishing/snapshot.ts). */
const PARTS = ['articles', 'legalDocuments', 'drafts', 'questions', 'albums', 'files'] as const

async function main(): Promise<void> {
  const { dir } = await useTemporaryStack('cong-snapshot-profile-')
  await copyFile(path.join(opts.dataset, 'cong.db'), process.env.DATABASE_URL!.replace(/^file:/, ''))
  const payload = await loadPayloadInWorker(LOADED_MESSAGE)
  // Imported after Payload has booted, like the endpoint that serves it.
  const { snapshotJsonChunks } = await import('../../../cms/src/publishing/snapshot')
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  const started = performance.now()
  const times: { part: string; ms: number; bytes: number }[] = []
  let part = 'head (indexes, settings, sections, units, pages)'
  let partStart = started
  let bytes = 0
  let total = 0
  try {
    for await (const chunk of snapshotJsonChunks(payload, { siteUrl: 'http://127.0.0.1', cmsPublicUrl: 'http://127.0.0.1' })) {
      const next = PARTS.find((key) => chunk.startsWith(`],"${key}":`) || chunk.endsWith(`,"${key}":[`))
      if (next) {
        const now = performance.now()
        times.push({ part, ms: now - partStart, bytes })
        part = next
        partStart = now
        bytes = 0
      }
      bytes += Buffer.byteLength(chunk)
      total += Buffer.byteLength(chunk)
    }
    times.push({ part, ms: performance.now() - partStart, bytes })
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile }
    const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(7)
    const mib = (b: number) => (b / 2 ** 20).toFixed(1).padStart(7)
    console.log(`\nSnapshot of ${opts.dataset}: ${((performance.now() - started) / 1000).toFixed(1)} s, ${(total / 2 ** 20).toFixed(1)} MiB`)
    console.log('\n      s     MiB  part (the time until the next part began)')
    for (const t of times) console.log(`${seconds(t.ms)} ${mib(t.bytes)}  ${t.part}`)
    console.log(`\nSelf time by function (top ${opts.top}), then by package:`)
    const { functions, packages } = topSelfTime(profile, opts.top)
    for (const f of functions) console.log(`${seconds(f.ms)} s  ${f.share.toFixed(1).padStart(5)} %  ${f.name}  ${f.where}`)
    console.log('')
    for (const p of packages) console.log(`${seconds(p.ms)} s  ${p.share.toFixed(1).padStart(5)} %  ${p.name}`)
  } finally {
    session.disconnect()
    await payload.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench:snapshot failed:', error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
