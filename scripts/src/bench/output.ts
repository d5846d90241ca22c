/** How every bench worker ends: its report files written, then the process left on purpose. */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { repoRoot } from '../lib/env'

/** Writes `<out>/<name>.json` (raw figures) and `<out>/<name>.md` (the table) and says where. */
export async function writeReportFiles(out: string, name: string, json: unknown, markdown: string, log: (message: string) => void): Promise<void> {
  await mkdir(out, { recursive: true })
  const jsonFile = path.join(out, `${name}.json`)
  const mdFile = path.join(out, `${name}.md`)
  await writeFile(jsonFile, JSON.stringify(json, null, 2) + '\n')
  await writeFile(mdFile, markdown)
  log(`report written: ${path.relative(repoRoot(), jsonFile)}, ${path.relative(repoRoot(), mdFile)}`)
}

/** Runs a worker's `main` and exits: 0 when it finished, 1 with the error printed when it threw. */
export function exitWhenDone(main: () => Promise<void>): void {
  main().then(
    // Payload keeps database and job handles open after destroy; the bench is done, so leave.
    () => process.exit(0),
    (error: unknown) => {
      console.error('Bench failed:', error instanceof Error ? (error.stack ?? error.message) : error)
      process.exit(1)
    },
  )
}
