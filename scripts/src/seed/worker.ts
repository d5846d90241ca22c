/**
 * The seeding process `run.ts` starts: boots Payload on the configured database, loads the demo
 * agency and prints the report and the demo logins. It tells its parent once the CMS config has
 * loaded, so the parent can tell a stalled module load (retried) from a failed seed (reported).
 */
import { loadPayloadInWorker } from '../lib/cms-process'
import { loadEnvFile } from '../lib/env'
import { LOADED_MESSAGE } from './ipc'
import { seed } from './seed'
import { DEMO_LOGINS } from './users'

async function main(): Promise<void> {
  loadEnvFile()
  // The seed is a one-shot process: the CMS, not the seed, runs scheduled publishing.
  process.env.CONG_JOBS_AUTORUN ??= 'false'
  const payload = await loadPayloadInWorker(LOADED_MESSAGE)
  try {
    const report = await seed(payload, {
      log: (msg) => console.log(`▸ ${msg}`),
      progress: process.stdout.isTTY,
    })
    const totals = Object.entries(report.totals)
      .map(([collection, count]) => `${collection} ${count}`)
      .join(', ')
    console.log(`Demo content ready in ${(report.durationMs / 1000).toFixed(1)} s — ${totals}`)
    console.log('Demo logins (demo only; change them before any real use):')
    for (const login of DEMO_LOGINS) {
      console.log(
        `  ${login.email.padEnd(26)} ${login.password.padEnd(11)} ${login.roleLabel}${login.unit ? ` — ${login.unit}` : ''}`,
      )
    }
  } finally {
    await payload.destroy()
  }
}

main().then(
  // Payload keeps database and job handles open after destroy; the seed is done, so leave.
  () => process.exit(0),
  (error: unknown) => {
    console.error('Seeding failed:', error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
