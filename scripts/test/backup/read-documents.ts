/**
 * `tsx read-documents.ts <out.json> <email> <password>`: boots Payload on the database and data
 * folder of the environment (the restored ones) and writes `readAllDocuments` to <out.json>.
 * A process of its own, because one process holds one Payload. Retried when the CMS modules
 * stall while loading (see lib/cms-process.ts).
 */
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { loadPayloadInWorker, runWithLoadRetry } from '../../src/lib/cms-process'
import { readAllDocuments } from './documents'

const LOADED = 'backup-test-cms-loaded'
const [out, email, password, role] = process.argv.slice(2)

async function worker(): Promise<void> {
  const payload = await loadPayloadInWorker(LOADED)
  await writeFile(out, JSON.stringify(await readAllDocuments(payload, { email, password })))
  await payload.destroy()
}

if (role === '--worker') {
  worker().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error)
      process.exit(1)
    },
  )
} else {
  runWithLoadRetry({
    worker: fileURLToPath(import.meta.url),
    loadedMessage: LOADED,
    args: [out, email, password, '--worker'],
  }).then((code) => process.exit(code))
}
