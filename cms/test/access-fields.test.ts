import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Case, CaseFile, DraftComment } from '@cong/shared/payload-types'
import { minimalPdf } from './helpers/documents'
import { sentCase } from './helpers/citizenCases'
import { bootPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { draftArticle, seedWorld, type ActingUser, type World } from './helpers/world'

/**
 * Field by field: what a citizen sent about themselves (a case's name, contacts, address and
 * attachments; a commenter's e-mail and phone) is read only by the unit that answers them, the
 * board and admins; translators write English fields only; case handlers reach their unit's cases.
 * Each check goes through the access rules as the person would (local API with
 * `overrideAccess: false`, or REST with their session).
 */
type Actor = keyof World['users'] | 'caseHandlerB' | 'anonymous'

let payload: Payload
let close: () => Promise<void>
let world: World
let caseHandlerB: ActingUser
let call: ReturnType<typeof restClient>
let caseA: Case
let caseB: Case
let fileA: CaseFile
let comment: DraftComment

const SENDER = {
  name: 'Trần Thị Bình',
  email: 'tran.thi.binh@example.vn',
  phone: '0987654321',
  address: 'Số 12 ngõ 34 phố Thử Nghiệm, Hà Nội',
}
const COMMENTER = { name: 'Lê Văn Cường', email: 'le.van.cuong@example.vn', phone: '0901234567' }
const SENDER_FIELDS = ['name', 'email', 'phone', 'address', 'attachments'] as const

const userOf = (actor: Actor): ActingUser | undefined =>
  actor === 'anonymous' ? undefined : actor === 'caseHandlerB' ? caseHandlerB : world.users[actor]
const as = (actor: Actor) => ({ user: userOf(actor), overrideAccess: false, depth: 0 }) as const

const pdf = (name: string) => {
  const data = minimalPdf()
  return { data, mimetype: 'application/pdf', name, size: data.length }
}

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'fields')
  call = restClient(payload)
  const handlerB = await payload.create({
    collection: 'users',
    data: {
      email: 'casehandlerb.fields@example.gov.vn',
      password: 'mat-khau-thu-nghiem',
      name: 'caseHandlerB',
      role: 'caseHandler',
      unit: world.unitB.id,
    },
  })
  caseHandlerB = { ...handlerB, collection: 'users' }
  const imported = { context: { importedCase: true } }
  caseA = await payload.create({
    collection: 'cases',
    data: sentCase({ state: 'routed', unit: world.unitA.id, ...SENDER }) as never,
    ...imported,
  })
  fileA = await payload.create({
    collection: 'case-files',
    data: { case: caseA.id, unit: world.unitA.id },
    file: pdf('don-de-nghi.pdf'),
  })
  caseA = await payload.update({
    collection: 'cases',
    id: caseA.id,
    data: { attachments: [fileA.id] },
    ...imported,
  })
  caseB = await payload.create({
    collection: 'cases',
    data: sentCase({ state: 'routed', unit: world.unitB.id }) as never,
    ...imported,
  })
  const draft = await payload.create({
    collection: 'drafts',
    data: {
      title: 'Dự thảo Thông tư về thử nghiệm',
      type: 'thong-tu',
      draftingUnit: world.unitA.id,
      opensOn: '2026-11-01',
      closesOn: '2026-12-31',
    } as never,
  })
  comment = await payload.create({
    collection: 'draft-comments',
    data: {
      draft: draft.id,
      reference: 'GY-FIELDS-1',
      ...COMMENTER,
      text: 'Đề nghị làm rõ khoản 2 Điều 3.',
      submittedAt: new Date().toISOString(),
    },
  })
})
afterAll(async () => close())

describe("a citizen's case: sender data only for the unit's handlers, the board and admins", () => {
  const readers: Actor[] = ['admin', 'board', 'caseHandler']
  it.each(readers)('%s reads the name, contacts, address and attachments', async (actor) => {
    const seen = await payload.findByID({ collection: 'cases', id: caseA.id, ...as(actor) })
    expect(seen).toMatchObject({ ...SENDER, attachments: [fileA.id] })
  })

  it('an editor triages on the question and never sees who sent it', async () => {
    const seen = await payload.findByID({ collection: 'cases', id: caseA.id, ...as('editor') })
    expect(seen).toMatchObject({
      trackingCode: caseA.trackingCode,
      title: caseA.title,
      content: caseA.content,
    })
    for (const field of SENDER_FIELDS) expect(seen[field], field).toBeUndefined()
    // Searching by a contact would reveal it one guess at a time: refused outright.
    await expect(
      payload.find({ collection: 'cases', where: { email: { equals: SENDER.email } }, ...as('editor') }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it.each(['contributor', 'contributorB', 'translator', 'ops', 'caseHandlerB', 'anonymous'] as Actor[])(
    '%s cannot read the case at all',
    async (actor) => {
      await expect(
        payload.findByID({ collection: 'cases', id: caseA.id, ...as(actor) }),
      ).rejects.toMatchObject({
        status: expect.any(Number),
      })
      const counted = payload.count({ collection: 'cases', ...as(actor) })
      // Another unit's handler lists their own unit's case only; everyone else lists nothing.
      if (actor === 'caseHandlerB') expect((await counted).totalDocs).toBe(1)
      else await expect(counted).rejects.toMatchObject({ status: 403 })
    },
  )

  it('through REST too: the editor gets the case without the contacts, the handler with them', async () => {
    const asEditor = await call(`/cases/${caseA.id}?depth=0`, { user: world.users.editor })
    expect(asEditor.status).toBe(200)
    const editorBody = await asEditor.text()
    expect(editorBody).toContain(caseA.trackingCode)
    for (const value of Object.values(SENDER)) expect(editorBody).not.toContain(value)

    const asHandler = await call(`/cases/${caseA.id}?depth=0`, { user: world.users.caseHandler })
    expect(await asHandler.json()).toMatchObject(SENDER)
    expect((await call(`/cases/${caseA.id}`)).status).toBe(403)
  })

  it("the attachments' files: handlers of the unit, the board and admins; not editors nor another unit", async () => {
    for (const actor of ['admin', 'board', 'caseHandler'] as Actor[]) {
      const seen = await payload.findByID({ collection: 'case-files', id: fileA.id, ...as(actor) })
      expect(seen.filename, actor).toBe(fileA.filename)
    }
    for (const actor of [
      'editor',
      'caseHandlerB',
      'contributor',
      'translator',
      'ops',
      'anonymous',
    ] as Actor[]) {
      await expect(
        payload.findByID({ collection: 'case-files', id: fileA.id, ...as(actor) }),
        actor,
      ).rejects.toMatchObject({ status: expect.any(Number) })
    }
    const download = await call(`/case-files/file/${fileA.filename}`, { user: world.users.editor })
    expect(download.status).toBe(403)
  })

  it("a case handler acts only on their unit's cases", async () => {
    const note = { notes: [{ text: 'Đã gọi điện cho người hỏi' }] }
    const own = await payload.update({ collection: 'cases', id: caseA.id, data: note, ...as('caseHandler') })
    expect(own.notes?.map((n) => n.text)).toContain('Đã gọi điện cho người hỏi')
    await expect(
      payload.update({ collection: 'cases', id: caseB.id, data: note, ...as('caseHandler') }),
    ).rejects.toMatchObject({ status: expect.any(Number) })
    const { docs } = await payload.find({ collection: 'cases', pagination: false, ...as('caseHandler') })
    expect(docs.map((d) => d.id)).toEqual([caseA.id])
  })

  it('nobody changes what the sender sent, the board and admins included', async () => {
    for (const actor of ['admin', 'board', 'caseHandler'] as Actor[]) {
      const saved = await payload.update({
        collection: 'cases',
        id: caseA.id,
        data: { name: 'Người khác', email: 'khac@example.vn', phone: '0900000000', address: 'Nơi khác' },
        ...as(actor),
      })
      expect(saved, actor).toMatchObject(SENDER)
    }
  })
})

describe("a draft comment: the commenter's contacts only for the drafting unit, the board and admins", () => {
  it.each(['admin', 'board', 'contributor', 'caseHandler'] as Actor[])(
    '%s reads e-mail and phone',
    async (actor) => {
      const seen = await payload.findByID({ collection: 'draft-comments', id: comment.id, ...as(actor) })
      expect(seen).toMatchObject(COMMENTER)
    },
  )

  it('an editor moderates the comment without seeing its contacts, on screen or in the export', async () => {
    const seen = await payload.findByID({ collection: 'draft-comments', id: comment.id, ...as('editor') })
    expect(seen).toMatchObject({ name: COMMENTER.name, text: comment.text })
    expect({ email: seen.email, phone: seen.phone }).toEqual({ email: undefined, phone: undefined })
    const moderated = await payload.update({
      collection: 'draft-comments',
      id: comment.id,
      data: { moderation: 'private' },
      ...as('editor'),
    })
    expect(moderated.moderation).toBe('private')

    const draftId = typeof comment.draft === 'object' ? comment.draft.id : comment.draft
    const asEditor = await call(`/drafts/${draftId}/comments/export?format=csv`, { user: world.users.editor })
    expect(asEditor.status).toBe(200)
    const csv = await asEditor.text()
    expect(csv).toContain(COMMENTER.name)
    expect(csv).not.toContain(COMMENTER.email)
    expect(csv).not.toContain(COMMENTER.phone)
    const asUnit = await call(`/drafts/${draftId}/comments/export?format=csv`, {
      user: world.users.contributor,
    })
    expect(await asUnit.text()).toContain(COMMENTER.email)
  })

  it("another unit's contributor, translators and ops do not read the comment at all", async () => {
    for (const actor of ['contributorB', 'translator', 'ops', 'anonymous'] as Actor[]) {
      await expect(
        payload.findByID({ collection: 'draft-comments', id: comment.id, ...as(actor) }),
        actor,
      ).rejects.toMatchObject({ status: expect.any(Number) })
    }
  })
})

describe('translators write English only', () => {
  it('change an article’s English but not its Vietnamese, workflow, unit or slug', async () => {
    const article = await draftArticle(payload, world, 'Bài để dịch')
    const translated = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: {
        title: 'An article to translate',
        workflowStatus: 'published',
        unit: world.unitB.id,
        slug: 'doi-duong-dan',
      },
      ...as('translator'),
    })
    expect(translated).toMatchObject({
      title: 'An article to translate',
      workflowStatus: 'draft',
      unit: world.unitA.id,
    })
    const stored = await payload.findByID({ collection: 'articles', id: article.id, locale: 'vi', depth: 0 })
    expect(stored).toMatchObject({
      title: 'Bài để dịch',
      slug: article.slug,
      workflowStatus: 'draft',
      unit: world.unitA.id,
    })
    await expect(
      payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'vi',
        data: { title: 'Sửa tiếng Việt' },
        ...as('translator'),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it("change a unit's English name but not its Vietnamese name or place in the tree", async () => {
    const translated = await payload.update({
      collection: 'units',
      id: world.unitA.id,
      locale: 'en',
      data: { name: 'Legal Department', parent: world.unitB.id, order: 99 },
      ...as('translator'),
    })
    expect(translated).toMatchObject({ name: 'Legal Department', order: 0 })
    expect(translated.parent ?? null).toBeNull()
    const stored = await payload.findByID({ collection: 'units', id: world.unitA.id, locale: 'vi', depth: 0 })
    expect(stored.name).toBe(world.unitA.name)
  })
})
