import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { periodState } from '@cong/shared/commentPeriod'
import { parseCommentInput } from '@cong/shared/draftComment'
import { slugify } from '@cong/shared/slug'
import { startOfVietnamDay } from '@cong/shared/vnDate'
import { detectDocumentType } from '../../../cms/src/uploads/documentType'
import { readLegalFile } from '../../src/legal-import/file'
import { checkRows } from '../../src/legal-import/rows'
import { DRAFTS } from '../../src/seed/data/drafts'
import { UNITS } from '../../src/seed/data/units'
import { docxDocument, pdfDocument } from '../../src/seed/documents'
import { LEGAL_DOCUMENTS_CSV, writeLegalAttachments } from '../../src/seed/legal'
import { draftPeriod } from '../../src/seed/seed'

const dir = mkdtempSync(path.join(os.tmpdir(), 'cong-seed-legal-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the demo register', () => {
  it('is a valid import file on its own: every relation points inside it', async () => {
    expect(await writeLegalAttachments(dir)).toBeGreaterThanOrEqual(20)
    const read = await readLegalFile(LEGAL_DOCUMENTS_CSV, { attachmentsDir: dir, today: '2026-11-23' })
    expect(read.refused).toBe(false)
    if (read.refused) return
    expect(read.issues).toEqual([])
    expect(read.results.length).toBeGreaterThanOrEqual(40)
    expect(checkRows(read.results, [], read.columns).filter((i) => i.level === 'error')).toEqual([])
  })
})

describe('generated document files', () => {
  it.each([
    ['pdf', pdfDocument('Nghị định số 145/2020/NĐ-CP', ['Quy định chi tiết (Điều 1) \\ ngoặc'])],
    ['docx', docxDocument('Nghị định số 145/2020/NĐ-CP', ['Quy định chi tiết & <đặc biệt>'])],
  ])('%s passes the CMS content check and is the same on every run', async (ext, bytes) => {
    expect((await detectDocumentType(bytes))?.ext).toBe(ext)
    const again =
      ext === 'pdf'
        ? pdfDocument('Nghị định số 145/2020/NĐ-CP', ['Quy định chi tiết (Điều 1) \\ ngoặc'])
        : docxDocument('Nghị định số 145/2020/NĐ-CP', ['Quy định chi tiết & <đặc biệt>'])
    expect(again.equals(bytes)).toBe(true)
  })

  it('PDFs carry the structure Payload checks (cross-reference table and end marker)', () => {
    const tail = pdfDocument('A', ['B']).subarray(-1024).toString('latin1')
    expect(tail).toContain('xref')
    expect(tail.trimEnd().endsWith('%%EOF')).toBe(true)
  })
})

describe('demo drafts', () => {
  it('have unique slugs, known units and files', () => {
    const slugs = DRAFTS.map((d) => slugify(d.title.vi))
    expect(new Set(slugs).size).toBe(slugs.length)
    const units = new Set(UNITS.map((u) => u.shortName))
    for (const draft of DRAFTS) {
      expect(units).toContain(draft.unit)
      expect(draft.files.length).toBeGreaterThan(0)
    }
  })

  it.each(['2026-11-23', '2030-02-28'])(
    'are open, upcoming and closed whatever the seed day (%s)',
    (today) => {
      const now = startOfVietnamDay(today)
      const states = DRAFTS.filter((d) => !d.resultingDocument).map((d) =>
        periodState(draftPeriod(d, today), now),
      )
      expect(new Set(states)).toEqual(new Set(['open', 'not-yet-open', 'closed']))
      expect(DRAFTS.some((d) => d.resultingDocument)).toBe(true)
    },
  )

  it('hold only comments the public form would accept, in every moderation state', () => {
    const comments = DRAFTS.flatMap((d) => d.comments)
    for (const comment of comments)
      expect(parseCommentInput(comment), comment.text).toMatchObject({ ok: true })
    expect(new Set(comments.map((c) => c.moderation))).toEqual(
      new Set(['pending', 'approved', 'private', 'spam']),
    )
  })
})
