import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { chooseDatabase, DatabaseUrlError } from '../src/db/adapter'
import { bootPayload } from './helpers/payload'

describe('DATABASE_URL chooses the adapter', () => {
  it.each([
    ['file:/tmp/x.db', 'sqlite'],
    ['postgres://u:p@127.0.0.1:5432/cong', 'postgres'],
    ['postgresql://127.0.0.1/cong', 'postgres'],
    ['mongodb://127.0.0.1:27017/cong', 'mongodb'],
    ['mongodb+srv://cluster.example/cong', 'mongodb'],
  ])('%s → %s', (url, kind) => {
    expect(chooseDatabase(url)).toEqual({ kind, url })
  })

  it('defaults to embedded SQLite under the data folder', () => {
    const choice = chooseDatabase(undefined)
    expect(choice.kind).toBe('sqlite')
    expect(choice.url).toMatch(/^file:.*cong\.db$/)
  })

  it.each(['mysql://root@localhost/cong', 'cong.db', 'http://db'])('refuses %s naming the accepted forms', (url) => {
    expect(() => chooseDatabase(url)).toThrow(DatabaseUrlError)
    expect(() => chooseDatabase(url)).toThrow(/postgres:\/\/.*mongodb:\/\//)
  })

  it('never prints a password from a refused URL', () => {
    expect(() => chooseDatabase('mysql://admin:s3cret@db/cong')).toThrow(/admin:\*\*\*@/)
  })
})

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('SQLite schema', () => {
  let payload: Payload
  let close: () => Promise<void>
  beforeAll(async () => {
    ;({ payload, close } = await bootPayload())
  })
  afterAll(async () => close())

  it('indexes localized rows by parent so document reads do not scan whole tables', async () => {
    const db = payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: { name: string }[] }> } }
    const { rows } = await db.client.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%_parent_lookup_idx'")
    const names = rows.map((r) => r.name)
    expect(names).toContain('articles_locales_parent_lookup_idx')
    expect(names).toContain('_articles_v_locales_parent_lookup_idx')
  })
})
