import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { ensureTranslation } from '../src/translations/service'
import { GOOD_VTT } from './helpers/avFiles'
import { minimalPdf } from './helpers/documents'
import { sentCase } from './helpers/citizenCases'
import { bootPayload } from './helpers/payload'
import { EDITORIAL, EVERYONE, STAFF, userOf, type Actor } from './helpers/actors'
import { draftArticle, seedWorld, type World } from './helpers/world'

/**
 * Who may do what, as ONE table: for each collection and operation, the actors allowed. Every
 * actor not listed must be refused. `updateEn` is an update of a localized field in locale `en`
 * (what translators do); `update` is the same in Vietnamese. Targets: articles and pages are
 * drafts of unit A (contributor's and caseHandler's unit; contributorB belongs to unit B), users
 * are someone else's account.
 */
type Op = 'create' | 'read' | 'update' | 'updateEn' | 'delete'
type Target =
  | 'articles'
  | 'pages'
  | 'sections'
  | 'units'
  | 'media'
  | 'users'
  | 'audit-log'
  | 'site-settings'
  | 'legal-documents'
  | 'drafts'
  | 'draft-comments'
  | 'document-files'
  | 'cases'
  | 'case-files'
  | 'albums'
  | 'media-files'
  | 'translations'
  | 'view-tallies'
  | 'quota-reminders'
  | 'case-settings'

const WRITERS: Actor[] = ['contributor', 'editor', 'board', 'admin']
/** Who reads and works on a case routed to unit A (the case handler's unit). */
const CASE_STAFF: Actor[] = ['admin', 'board', 'editor', 'caseHandler']

const MATRIX: Record<Target, Partial<Record<Op, Actor[]>>> = {
  articles: {
    create: WRITERS,
    read: ['admin', 'board', 'editor', 'contributor', 'translator', 'caseHandler', 'ops'],
    update: WRITERS,
    updateEn: [...WRITERS, 'translator'],
    delete: ['board', 'admin'],
  },
  pages: {
    create: EDITORIAL,
    read: STAFF,
    update: EDITORIAL,
    updateEn: [...EDITORIAL, 'translator'],
    delete: ['board', 'admin'],
  },
  sections: {
    create: EDITORIAL,
    read: EVERYONE,
    update: EDITORIAL,
    updateEn: [...EDITORIAL, 'translator'],
    delete: ['board', 'admin'],
  },
  units: {
    create: ['board', 'admin'],
    read: EVERYONE,
    update: ['board', 'admin'],
    updateEn: ['board', 'admin', 'translator'],
    delete: ['admin'],
  },
  media: {
    create: [...WRITERS, 'contributorB'],
    read: EVERYONE,
    update: EDITORIAL,
    updateEn: [...EDITORIAL, 'translator'],
    delete: ['board', 'admin'],
  },
  users: {
    create: ['admin'],
    // Names and roles, for locks and audit entries; personal fields are checked separately below.
    read: STAFF,
    update: ['admin'],
    delete: ['admin'],
  },
  'audit-log': {
    create: [],
    read: ['admin', 'board', 'ops'],
    update: [],
    delete: [],
  },
  'site-settings': {
    read: EVERYONE,
    update: ['board', 'admin'],
    updateEn: ['board', 'admin', 'translator'],
  },
  // Targets are unpublished: the public reads published documents and drafts only.
  'legal-documents': {
    create: EDITORIAL,
    read: STAFF,
    update: EDITORIAL,
    updateEn: [...EDITORIAL, 'translator'],
    delete: ['board', 'admin'],
  },
  // A draft of unit A: its contributor works on it, unit B's does not even see it.
  drafts: {
    create: WRITERS,
    read: ['admin', 'board', 'editor', 'contributor', 'translator', 'caseHandler', 'ops'],
    update: WRITERS,
    updateEn: [...WRITERS, 'translator'],
    delete: ['board', 'admin'],
  },
  // A comment on unit A's draft: only the public endpoint creates comments.
  'draft-comments': {
    create: [],
    read: ['admin', 'board', 'editor', 'contributor', 'caseHandler'],
    update: ['admin', 'board', 'editor', 'contributor', 'caseHandler'],
    delete: ['admin'],
  },
  'document-files': {
    create: [...WRITERS, 'contributorB'],
    read: EVERYONE,
    update: EDITORIAL,
    delete: ['board', 'admin'],
  },
  // A citizen's case routed to unit A: only the public submit endpoint creates cases.
  cases: { create: [], read: CASE_STAFF, update: CASE_STAFF, delete: ['admin'] },
  // An attachment of that case: sender data, so not for editors either; written only by the endpoint.
  'case-files': { create: [], read: ['admin', 'board', 'caseHandler'], update: [], delete: ['admin'] },
  // A draft album of unit A: the same rules as a draft article.
  albums: {
    create: WRITERS,
    read: ['admin', 'board', 'editor', 'contributor', 'translator', 'caseHandler', 'ops'],
    update: WRITERS,
    updateEn: [...WRITERS, 'translator'],
    delete: ['board', 'admin'],
  },
  // Video, audio and subtitle files: any writer uploads, the editorial office curates.
  'media-files': {
    create: [...WRITERS, 'contributorB'],
    read: EVERYONE,
    update: EDITORIAL,
    delete: ['board', 'admin'],
  },
  // A translation record: made and deleted by the items' hooks only; the working English is typed
  // by translators (and the board and admins, who review it).
  translations: {
    create: [],
    read: ['translator', 'editor', 'board', 'admin'],
    update: ['translator', 'board', 'admin'],
    delete: [],
  },
  // Written by the view counter and the reminder job only; read by those who see the reports.
  'view-tallies': { create: [], read: EDITORIAL, update: [], delete: [] },
  'quota-reminders': { create: [], read: EDITORIAL, update: [], delete: [] },
  // The answer period and holidays: every case reader sees the deadlines' basis, the board sets it.
  'case-settings': { read: ['caseHandler', 'editor', 'board', 'admin'], update: ['board', 'admin'] },
}

let payload: Payload
let close: () => Promise<void>
let world: World
let png: Buffer
let commentedDraft: number | string
let albumPhoto: number | string
let counter = 0
const unique = () => `${Date.now().toString(36)}-${++counter}`

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'acl')
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00000' } })
    .png()
    .toBuffer()
  await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Cổng thử nghiệm' } })
  // One entry exists so that reading and editing the audit log has a target.
  await draftArticle(payload, world, 'Bài tạo nhật ký')
  commentedDraft = (await payload.create({ collection: 'drafts', data: newData.drafts() as never })).id
  albumPhoto = (await payload.create({ collection: 'media', data: { alt: 'Ảnh album' }, file: file() })).id
})
afterAll(async () => close())

type Id = number | string
type Global = 'site-settings' | 'case-settings'
type Collection = Exclude<Target, Global>

/** A fresh document of each collection, made by trusted code, to act on. */
async function makeTarget(target: Collection): Promise<Id> {
  switch (target) {
    case 'articles':
      return (await draftArticle(payload, world, `Bài ${unique()}`)).id
    case 'pages':
      return (
        await payload.create({ collection: 'pages', data: { title: `Trang ${unique()}`, kind: 'generic' } })
      ).id
    case 'sections':
      return (
        await payload.create({ collection: 'sections', data: { title: `Mục ${unique()}`, kind: 'section' } })
      ).id
    case 'units':
      return (
        await payload.create({ collection: 'units', data: { name: `Đơn vị ${unique()}`, kind: 'office' } })
      ).id
    case 'media':
      return (await payload.create({ collection: 'media', data: { alt: 'Ảnh' }, file: file() })).id
    case 'users':
      return (
        await payload.create({
          collection: 'users',
          data: {
            email: `target-${unique()}@example.gov.vn`,
            password: 'mat-khau-thu-nghiem',
            name: 'Đích',
            role: 'editor',
          },
        })
      ).id
    case 'audit-log':
      return (await payload.find({ collection: 'audit-log', limit: 1 })).docs[0].id
    case 'legal-documents':
    case 'drafts':
    case 'draft-comments':
      return (await payload.create({ collection: target, data: newData[target]() as never })).id
    case 'document-files':
      return (await payload.create({ collection: target, data: {}, file: documentFile() })).id
    case 'cases':
      return (
        await payload.create({
          collection: 'cases',
          data: newData.cases() as never,
          context: { importedCase: true },
        })
      ).id
    case 'case-files': {
      const owner = await makeTarget('cases')
      return (
        await payload.create({
          collection: target,
          data: { case: owner, unit: world.unitA.id },
          file: documentFile(),
        })
      ).id
    }
    case 'albums': {
      // With an English title and alt text, as a translated album has: an English save validates them.
      const album = await payload.create({ collection: target, data: newData.albums() as never })
      const photos = album.photos?.map((photo) => ({ ...photo, alt: 'Photo' }))
      const data = { title: `Album ${unique()}`, photos }
      return (await payload.update({ collection: target, id: album.id, locale: 'en', data })).id
    }
    case 'view-tallies':
    case 'quota-reminders':
      return (await payload.create({ collection: target, data: (await trustedData[target]()) as never })).id
    case 'media-files':
      return (
        await payload.create({ collection: target, data: newData[target]() as never, file: subtitleFile() })
      ).id
    case 'translations': {
      const article = await draftArticle(payload, world, `Bài cần dịch ${unique()}`)
      return (await ensureTranslation(payload, 'articles', article.id))!.id
    }
  }
}

/** Rows only server code writes: made here as it would. */
const trustedData = {
  'view-tallies': async () => {
    const article = await draftArticle(payload, world, `Bài được xem ${unique()}`)
    return { key: `${article.id}@2026-11`, article: article.id, month: '2026-11', views: 3 }
  },
  'quota-reminders': () => newData['quota-reminders'](),
}

const file = () => ({ data: png, mimetype: 'image/png', name: `anh-${unique()}.png`, size: png.length })
const subtitleFile = () => ({
  data: GOOD_VTT,
  mimetype: 'text/vtt',
  name: `phu-de-${unique()}.vtt`,
  size: GOOD_VTT.length,
})
const documentFile = () => {
  const data = minimalPdf()
  return { data, mimetype: 'application/pdf', name: `van-ban-${unique()}.pdf`, size: data.length }
}

const newData: Record<Collection, () => Record<string, unknown>> = {
  articles: () => ({ title: `Bài mới ${unique()}`, sections: [world.section.id], unit: world.unitA.id }),
  pages: () => ({ title: `Trang mới ${unique()}`, kind: 'generic' }),
  sections: () => ({ title: `Mục mới ${unique()}`, kind: 'section' }),
  units: () => ({ name: `Đơn vị mới ${unique()}`, kind: 'office' }),
  media: () => ({ alt: 'Ảnh mới' }),
  users: () => ({
    email: `new-${unique()}@example.gov.vn`,
    password: 'mat-khau-thu-nghiem',
    name: 'Mới',
    role: 'editor',
  }),
  'audit-log': () => ({ action: 'create', collection: 'articles', docId: '1', at: new Date().toISOString() }),
  'legal-documents': () => ({
    number: `${++counter}/2020/NĐ-CP`,
    type: 'nghi-dinh',
    issuingBody: 'Chính phủ',
    issuedDate: '2020-01-01',
    summary: 'Trích yếu',
  }),
  drafts: () => ({
    title: `Dự thảo ${unique()}`,
    type: 'thong-tu',
    draftingUnit: world.unitA.id,
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
  }),
  'draft-comments': () => ({
    draft: commentedDraft,
    reference: `GY-${unique()}`,
    name: 'Người góp ý',
    email: 'gop.y@example.vn',
    text: 'Nội dung góp ý đủ dài',
    submittedAt: new Date().toISOString(),
  }),
  'document-files': () => ({}),
  // Imported already routed, so that the handler of unit A has it.
  cases: () => sentCase({ state: 'routed', unit: world.unitA.id }),
  'case-files': () => ({}),
  albums: () => ({
    title: `Album ${unique()}`,
    kind: 'photo',
    sections: [world.section.id],
    unit: world.unitA.id,
    photos: [{ image: albumPhoto, alt: 'Ảnh' }],
  }),
  'media-files': () => ({ title: `Phụ đề ${unique()}` }),
  translations: () => ({ itemCollection: 'articles', itemId: '1', state: 'needed' }),
  'view-tallies': () => ({ key: `1@${unique()}`, article: 1, month: '2026-11', views: 1 }),
  'quota-reminders': () => ({
    unit: world.unitA.id,
    week: '2026-11-30',
    count: 0,
    quota: 1,
    recipients: ['contributor@example.gov.vn'],
    sentAt: new Date().toISOString(),
  }),
}

/** A change to a localized field where the collection has one. */
const changeData: Record<Collection, () => Record<string, unknown>> = {
  articles: () => ({ title: `Đổi ${unique()}` }),
  pages: () => ({ title: `Đổi ${unique()}` }),
  sections: () => ({ title: `Đổi ${unique()}` }),
  units: () => ({ name: `Đổi ${unique()}` }),
  media: () => ({ alt: `Đổi ${unique()}` }),
  users: () => ({ name: `Đổi ${unique()}` }),
  'audit-log': () => ({ reason: 'sửa nhật ký' }),
  'legal-documents': () => ({ summary: `Đổi ${unique()}` }),
  drafts: () => ({ title: `Đổi ${unique()}` }),
  'draft-comments': () => ({ moderation: 'private' }),
  'document-files': () => ({}),
  cases: () => ({ notes: [{ text: `Ghi chú ${unique()}` }] }),
  'case-files': () => ({}),
  albums: () => ({ title: `Đổi ${unique()}` }),
  'media-files': () => ({ title: `Đổi ${unique()}` }),
  translations: () => ({ question: { title: `Question ${unique()}` } }),
  'view-tallies': () => ({ views: 1_000_000 }),
  'quota-reminders': () => ({ count: 99 }),
}

async function attempt(target: Target, op: Op, actor: Actor): Promise<unknown> {
  const user = userOf(world, actor)
  const access = { user, overrideAccess: false } as const
  const locale = op === 'updateEn' ? 'en' : 'vi'
  if (target === 'site-settings') {
    if (op === 'read') return payload.findGlobal({ slug: target, ...access })
    return payload.updateGlobal({ slug: target, data: { siteName: `Cổng ${unique()}` }, locale, ...access })
  }
  if (target === 'case-settings') {
    if (op === 'read') return payload.findGlobal({ slug: target, ...access })
    return payload.updateGlobal({ slug: target, data: { answerWorkingDays: 15 }, ...access })
  }
  switch (op) {
    case 'create':
      return payload.create({
        collection: target,
        data: newData[target]() as never,
        ...(target === 'media'
          ? { file: file() }
          : target === 'document-files' || target === 'case-files'
            ? { file: documentFile() }
            : target === 'media-files'
              ? { file: subtitleFile() }
              : {}),
        ...access,
      })
    case 'read':
      return payload.findByID({ collection: target, id: await makeTarget(target), ...access })
    case 'update':
    case 'updateEn':
      return payload.update({
        collection: target,
        id: await makeTarget(target),
        data: changeData[target]() as never,
        locale,
        ...access,
      })
    case 'delete':
      return payload.delete({ collection: target, id: await makeTarget(target), ...access })
  }
}

const ACTORS: Actor[] = EVERYONE
const cases = Object.entries(MATRIX).flatMap(([target, ops]) =>
  Object.entries(ops).flatMap(([op, allowed]) =>
    ACTORS.map((actor) => ({
      target: target as Target,
      op: op as Op,
      actor,
      allowed: allowed.includes(actor),
    })),
  ),
)

describe('access matrix', () => {
  it.each(cases)('$target $op by $actor → allowed: $allowed', async ({ target, op, actor, allowed }) => {
    const result = attempt(target, op, actor)
    if (allowed) await expect(result).resolves.toBeTruthy()
    // Refused by the access rules (forbidden, or the document is out of reach), not by validation.
    else
      await expect(result).rejects.toMatchObject({ status: expect.toSatisfy((s) => s === 403 || s === 404) })
  })

  it('anonymous readers list only published articles and pages', async () => {
    const article = await draftArticle(payload, world, `Bài công khai ${unique()}`)
    await payload.update({ collection: 'articles', id: article.id, data: { workflowStatus: 'submitted' } })
    await payload.update({ collection: 'articles', id: article.id, data: { workflowStatus: 'published' } })
    for (const collection of ['articles', 'pages'] as const) {
      const { docs, totalDocs } = await payload.find({ collection, overrideAccess: false, pagination: false })
      expect(docs.every((d) => d._status === 'published')).toBe(true)
      if (collection === 'articles') expect(totalDocs).toBe(1)
    }
  })

  it("a contributor lists their unit's drafts and other units' published articles, nothing else", async () => {
    const published = await draftArticle(payload, world, `Bài đơn vị B đã đăng ${unique()}`, world.unitB)
    await payload.update({ collection: 'articles', id: published.id, data: { workflowStatus: 'submitted' } })
    await payload.update({ collection: 'articles', id: published.id, data: { workflowStatus: 'published' } })
    const { docs } = await payload.find({
      collection: 'articles',
      user: world.users.contributor,
      overrideAccess: false,
      pagination: false,
      depth: 0,
    })
    expect(docs.length).toBeGreaterThan(1)
    for (const doc of docs) expect(doc.unit === world.unitA.id || doc._status === 'published').toBe(true)
  })

  it('every user reads and edits their own account but not their role, unit or active flag', async () => {
    const me = world.users.contributor
    const self = await payload.findByID({ collection: 'users', id: me.id, user: me, overrideAccess: false })
    expect(self.email).toBe(me.email)
    const updated = await payload.update({
      collection: 'users',
      id: me.id,
      data: { name: 'Tên mới', role: 'admin', unit: world.unitB.id, active: false },
      user: me,
      overrideAccess: false,
      depth: 0,
    })
    expect(updated).toMatchObject({
      name: 'Tên mới',
      role: 'contributor',
      unit: world.unitA.id,
      active: true,
    })
  })

  it("staff read other accounts' name and role; e-mail, unit and active flag only the board and admins", async () => {
    const target = world.users.contributorB
    for (const actor of STAFF) {
      const seen = await payload.findByID({
        collection: 'users',
        id: target.id,
        user: userOf(world, actor),
        overrideAccess: false,
        depth: 0,
      })
      expect(seen).toMatchObject({ name: target.name, role: 'contributor' })
      const personal = actor === 'admin' || actor === 'board' || actor === 'contributorB'
      const expected = personal
        ? { email: target.email, unit: world.unitB.id, active: true }
        : { email: undefined, unit: undefined, active: undefined }
      expect({ email: seen.email, unit: seen.unit, active: seen.active }, actor).toEqual(expected)
    }
  })

  it('a deactivated account keeps no rights and cannot log in', async () => {
    const email = `inactive-${unique()}@example.gov.vn`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: 'mat-khau-thu-nghiem', name: 'Đã khoá', role: 'board', active: false },
    })
    const attemptRead = payload.find({
      collection: 'audit-log',
      user: { ...user, collection: 'users' },
      overrideAccess: false,
    })
    await expect(attemptRead).rejects.toMatchObject({ status: 403 })
    const login = payload.login({ collection: 'users', data: { email, password: 'mat-khau-thu-nghiem' } })
    await expect(login).rejects.toMatchObject({ message: expect.stringMatching(/Tài khoản đã bị khoá/) })
  })

  it('contributors and case handlers must belong to a unit', async () => {
    const attemptCreate = payload.create({
      collection: 'users',
      data: {
        email: `nounit-${unique()}@example.gov.vn`,
        password: 'mat-khau-thu-nghiem',
        name: 'Không đơn vị',
        role: 'contributor',
      },
      user: world.users.admin,
      overrideAccess: false,
    })
    await expect(attemptCreate).rejects.toMatchObject({ status: 400 })
  })
})
