import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { createTestDatabase } from './test-database'

/**
 * Boots Payload through its local API on a fresh temporary SQLite file (or on TEST_DATABASE_URL
 * when CI points the suite at PostgreSQL/MongoDB). Call `close()` in afterAll.
 */
export async function bootPayload(): Promise<{ payload: Payload; close: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cong-cms-test-'))
  const database = await createTestDatabase(path.join(dir, 'test.db'))
  process.env.DATABASE_URL = database.url
  process.env.CONG_DATA_DIR = dir
  process.env.CONG_MAIL_DIR = path.join(dir, 'mail')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    close: async () => {
      await payload.destroy?.()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
