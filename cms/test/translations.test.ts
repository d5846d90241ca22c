import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEndpoints, type Payload } from 'payload'
import type { Article, Case } from '@cong/shared/payload-types'
import type { Role } from '@cong/shared/roles'
import type { Snapshot } from '@cong/shared/snapshot'
import type { FieldChange, TranslatableCollection, TranslationState } from '@cong/shared/translation'
import { buildSnapshot } from '../src/publishing/snapshot'
import { findTranslation } from '../src/translations/hooks'
import { backfillTranslations } from '../src/translations/service'
import { lexical, submitCase } from './helpers/citizenCases'
import { bootPayload } from './helpers/payload'
import { seedWorld, type ActingUser, type World } from './helpers/world'
import { paragraph, richText, text } from './publishing/fixtures'

/**
 * The translation workflow's rules through real users and the endpoints
 * (docs/translation-and-multimedia.md): English is published from a frozen copy in the
 * translation record, so publishing it never touches the item, and a change to the Vietnamese
 * never changes the English the public sees until the board publishes again.
 */
let payload: Payload
let close: () => Promise<void>
let world: World
const tokens: Partial<Record<Role, string>> = {}
const OPTIONS = { siteUrl: 'https://cong.example.gov.vn', cmsPublicUrl: 'https://cms.example.gov.vn', fileBaseUrl: 'http://cms.internal:3000' }

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'tr')
  for (const role of ['translator', 'editor', 'board', 'contributor'] as const) {
    const { token } = await payload.login({ collection: 'users', data: { email: world.users[role].email, password: 'mat-khau-thu-nghiem' } })
    tokens[role] = token!
  }
})
afterAll(async () => close())

async function call(method: 'GET' | 'POST', path: string, role?: Role, body?: unknown) {
  const { default: config } = await import('../src/payload.config')
  const headers: Record<string, string> = role ? { authorization: `JWT ${tokens[role]}` } : {}
  if (body !== undefined) headers['content-type'] = 'application/json'
  return handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
  })
}

const move = (role: Role | undefined, collection: TranslatableCollection, id: string | number, to: TranslationState, reason?: string) =>
  call('POST', '/translations/move', role, { collection, id, to, ...(reason ? { reason } : {}) })

async function moved(role: Role, collection: TranslatableCollection, id: string | number, to: TranslationState, reason?: string) {
  const res = await move(role, collection, id, to, reason)
  const body = await res.json()
  expect(res.status, JSON.stringify(body)).toBe(200)
  expect(body.translation.state).toBe(to)
  return body.translation
}

const status = async (role: Role, collection: TranslatableCollection, id: string | number) => {
  const res = await call('GET', `/translations/status?collection=${collection}&id=${id}`, role)
  expect(res.status).toBe(200)
  return (await res.json()) as { translation: { state: TranslationState; changedFields?: string[] }; moves: TranslationState[]; changes: FieldChange[] }
}

const snapshot = (): Promise<Snapshot> => buildSnapshot(payload, OPTIONS)
const asUser = (user: ActingUser, locale: 'vi' | 'en' = 'vi') => ({ user, overrideAccess: false, locale }) as const

/** The article as stored, every locale, and how many versions it has. */
async function stored(id: Article['id']) {
  const doc = await payload.findByID({ collection: 'articles', id, locale: 'all', depth: 0, draft: true, overrideAccess: true })
  const { totalDocs } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, limit: 1, overrideAccess: true })
  return { doc, versions: totalDocs }
}

/** A published article whose English the board has published through the workflow. */
async function translatedArticle(title: string): Promise<Article> {
  const article = await payload.create({
    collection: 'articles',
    data: {
      title,
      sapo: 'Sa-pô tiếng Việt.',
      body: richText(paragraph(text('Người lao động được hỗ trợ học nghề.'))) as Article['body'],
      sections: [world.section.id],
      unit: world.unitA.id,
      workflowStatus: 'published',
    },
  })
  await moved('editor', 'articles', article.id, 'needed')
  await moved('translator', 'articles', article.id, 'in-progress')
  await payload.update({
    collection: 'articles',
    id: article.id,
    data: {
      title: `English: ${title}`,
      sapo: 'English lead.',
      body: richText(paragraph(text('Workers get help with vocational training.'))) as Article['body'],
    },
    ...asUser(world.users.translator, 'en'),
  })
  await moved('translator', 'articles', article.id, 'in-review')
  return article
}

describe('publishing the English leaves the item alone', () => {
  it('publishes the English without touching the Vietnamese article, and the snapshot shows it', async () => {
    const article = await translatedArticle('Hỗ trợ học nghề cho lao động nông thôn')
    expect((await findTranslation(payload, 'articles', article.id))?.state).toBe('in-review')
    const before = await stored(article.id)

    const translation = await moved('board', 'articles', article.id, 'published')
    expect(translation).toMatchObject({
      reviewer: world.users.board.id,
      translator: world.users.translator.id,
      published: { title: 'English: Hỗ trợ học nghề cho lao động nông thôn', sapo: 'English lead.' },
    })
    expect(translation.firstPublishedAt).toBe(translation.publishedAt)

    const after = await stored(article.id)
    expect(after).toEqual(before)
    expect(after.doc).toMatchObject({ _status: 'published', workflowStatus: 'published' })

    const shown = (await snapshot()).articles.find((a) => a.id === String(article.id))
    expect(shown?.vi.title).toBe('Hỗ trợ học nghề cho lao động nông thôn')
    expect(shown?.en).toMatchObject({
      title: 'English: Hỗ trợ học nghề cho lao động nông thôn',
      slug: 'english-ho-tro-hoc-nghe-cho-lao-dong-nong-thon',
      sapo: 'English lead.',
      bodyHtml: expect.stringContaining('Workers get help with vocational training.'),
    })
  })

  it('shows no English typed in the article but never published', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài chỉ có bản nháp tiếng Anh', sections: [world.section.id], unit: world.unitA.id, workflowStatus: 'published' },
    })
    await payload.update({ collection: 'articles', id: article.id, data: { title: 'Unpublished English' }, ...asUser(world.users.translator, 'en') })
    const shown = (await snapshot()).articles.find((a) => a.id === String(article.id))
    expect(shown?.vi.title).toBe('Bài chỉ có bản nháp tiếng Anh')
    expect(shown?.en).toBeUndefined()
    expect((await findTranslation(payload, 'articles', article.id))?.state).toBe('not-needed')
  })
})

describe('a change to the Vietnamese makes the English stale, not different', () => {
  it('marks the record stale with the changed fields and a word diff; the old English stays published', async () => {
    const article = await translatedArticle('Tuyển dụng lao động đi làm việc ở nước ngoài')
    await moved('board', 'articles', article.id, 'published')

    // Another save that leaves the Vietnamese as it was changes nothing.
    await payload.update({ collection: 'articles', id: article.id, data: { author: 'Phòng Truyền thông' }, ...asUser(world.users.board) })
    expect((await findTranslation(payload, 'articles', article.id))?.state).toBe('published')

    await payload.update({
      collection: 'articles',
      id: article.id,
      data: {
        title: 'Tuyển dụng lao động đi làm việc tại Hàn Quốc',
        body: richText(paragraph(text('Người lao động được hỗ trợ học tiếng.'))) as Article['body'],
      },
      ...asUser(world.users.board),
    })
    const record = await status('translator', 'articles', article.id)
    expect(record.translation).toMatchObject({ state: 'stale', changedFields: ['body', 'title'] })
    expect(record.moves).toEqual(['in-progress', 'in-review'])
    const title = record.changes.find((c) => c.field === 'title')!
    expect(title).toMatchObject({ kind: 'changed', before: 'Tuyển dụng lao động đi làm việc ở nước ngoài', after: 'Tuyển dụng lao động đi làm việc tại Hàn Quốc' })
    expect(title.parts.filter((p) => p.change === 'removed').map((p) => p.text.trim())).toEqual(['ở nước ngoài'])
    expect(title.parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['tại Hàn Quốc'])

    const stale = (await snapshot()).articles.find((a) => a.id === String(article.id))
    expect(stale?.vi.title).toBe('Tuyển dụng lao động đi làm việc tại Hàn Quốc')
    expect(stale?.en?.title).toBe('English: Tuyển dụng lao động đi làm việc ở nước ngoài')
    expect(stale?.en?.bodyHtml).toContain('Workers get help with vocational training.')

    // The translator reworks the English: not on the site until the board publishes it again.
    await moved('translator', 'articles', article.id, 'in-progress')
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Recruiting workers for jobs in Korea', body: richText(paragraph(text('Workers get language classes.'))) as Article['body'] },
      ...asUser(world.users.translator, 'en'),
    })
    expect((await findTranslation(payload, 'articles', article.id))?.state).toBe('in-progress')
    // Reading the diff does not make it disappear: the English is still measured against the old source.
    expect((await status('translator', 'articles', article.id)).changes.map((c) => c.field)).toEqual(['body', 'title'])
    const working = (await snapshot()).articles.find((a) => a.id === String(article.id))
    expect(working?.en?.title).toBe('English: Tuyển dụng lao động đi làm việc ở nước ngoài')
    expect(working?.en?.bodyHtml).not.toContain('language classes')

    await moved('translator', 'articles', article.id, 'in-review')
    const republished = await moved('board', 'articles', article.id, 'published')
    expect(republished.changedFields).toEqual([])
    expect(republished.firstPublishedAt).not.toBe(republished.publishedAt)
    const fresh = (await snapshot()).articles.find((a) => a.id === String(article.id))
    expect(fresh?.en?.title).toBe('Recruiting workers for jobs in Korea')
    expect(fresh?.en?.bodyHtml).toContain('Workers get language classes.')
    expect((await status('board', 'articles', article.id)).changes).toEqual([])
  })
})

describe('the two languages are withdrawn independently', () => {
  it('takes the English page down with the Vietnamese and brings it back with it; withdrawing the English leaves the Vietnamese', async () => {
    const article = await translatedArticle('Chính sách bảo hiểm xã hội tự nguyện')
    await moved('board', 'articles', article.id, 'published')
    const record = await findTranslation(payload, 'articles', article.id)
    const english = (s: Snapshot) => s.articles.find((a) => a.id === String(article.id))

    await payload.update({ collection: 'articles', id: article.id, data: { workflowStatus: 'unpublished', workflowReason: 'Cần rà soát số liệu' }, ...asUser(world.users.board) })
    expect(english(await snapshot())).toBeUndefined()
    const hidden = await findTranslation(payload, 'articles', article.id)
    expect(hidden).toMatchObject({ state: 'published', published: record!.published, publishedAt: record!.publishedAt, itemPublic: false })

    await payload.update({ collection: 'articles', id: article.id, data: { workflowStatus: 'published' }, ...asUser(world.users.board) })
    expect(english(await snapshot())?.en?.title).toBe('English: Chính sách bảo hiểm xã hội tự nguyện')
    expect((await findTranslation(payload, 'articles', article.id))?.itemPublic).toBe(true)

    const before = await stored(article.id)
    const refused = await move('board', 'articles', article.id, 'needed')
    expect(refused.status).toBe(400)
    expect(await refused.json()).toMatchObject({ error: 'reason-required', message: 'Cần ghi lý do gỡ bản tiếng Anh.', messageEn: 'Give a reason for taking the English down.' })
    const withdrawn = await moved('board', 'articles', article.id, 'needed', 'Bản dịch sai tên cơ quan')
    expect(withdrawn).toMatchObject({ published: null, reason: 'Bản dịch sai tên cơ quan' })
    expect(await stored(article.id)).toEqual(before)
    const shown = english(await snapshot())
    expect(shown?.vi.title).toBe('Chính sách bảo hiểm xã hội tự nguyện')
    expect(shown?.en).toBeUndefined()
  })
})

describe('refusals', () => {
  it('lets only the board or an admin publish, and only an editor (or above) decide what needs English', async () => {
    const article = await translatedArticle('Quy định mới về tiền lương tối thiểu')
    const refused = await move('translator', 'articles', article.id, 'published')
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({
      error: 'forbidden',
      message: 'Vai trò của bạn không được chuyển bản tiếng Anh từ «Chờ duyệt bản dịch» sang «Đã đăng tiếng Anh».',
    })
    const other = await payload.create({
      collection: 'articles',
      data: { title: 'Bài chưa ai yêu cầu dịch', sections: [world.section.id], unit: world.unitA.id, workflowStatus: 'published' },
    })
    await moved('editor', 'articles', other.id, 'needed')
    const start = await move('editor', 'articles', other.id, 'in-progress')
    expect(start.status).toBe(403)
    expect((await findTranslation(payload, 'articles', other.id))?.state).toBe('needed')
  })

  it('refuses submitting without an English title, with the message', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài chưa có tiêu đề tiếng Anh', sections: [world.section.id], unit: world.unitA.id, workflowStatus: 'published' },
    })
    await moved('editor', 'articles', article.id, 'needed')
    await moved('translator', 'articles', article.id, 'in-progress')
    const res = await move('translator', 'articles', article.id, 'in-review')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({
      error: 'english-required',
      message: expect.stringContaining('Bản tiếng Anh chưa có tiêu đề'),
      messageEn: expect.stringContaining('no title yet'),
    })
    expect((await findTranslation(payload, 'articles', article.id))?.state).toBe('in-progress')
  })

  it('refuses anonymous people, roles without English work, and requests that name no item', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài để thử quyền', sections: [world.section.id], unit: world.unitA.id },
    })
    expect((await move(undefined, 'articles', article.id, 'needed')).status).toBe(401)
    expect((await call('GET', `/translations/status?collection=articles&id=${article.id}`)).status).toBe(401)
    expect((await move('contributor', 'articles', article.id, 'needed')).status).toBe(403)
    expect((await call('GET', `/translations/status?collection=articles&id=${article.id}`, 'contributor')).status).toBe(403)
    expect((await move('editor', 'sections' as TranslatableCollection, article.id, 'needed')).status).toBe(400)
    expect((await move('editor', 'articles', 987654, 'needed')).status).toBe(404)
  })

  it('lets nobody create, delete or rewrite a record through the API, and only translators type the Q&A English', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài có bản ghi dịch', sections: [world.section.id], unit: world.unitA.id },
    })
    const record = (await findTranslation(payload, 'articles', article.id))!
    const as = (user: ActingUser) => ({ user, overrideAccess: false }) as const
    await expect(
      payload.create({ collection: 'translations', data: { itemCollection: 'articles', itemId: '1', state: 'published' }, ...as(world.users.admin) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'translations', id: record.id, ...as(world.users.admin) })).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: 'translations', id: record.id, data: { question: { title: 'x' } }, ...as(world.users.editor) })).rejects.toMatchObject({ status: 403 })
    // Field access drops what may not be written: the state stays the workflow's.
    await payload.update({ collection: 'translations', id: record.id, data: { state: 'published', published: { title: 'Forged' } } as never, ...as(world.users.board) })
    expect(await findTranslation(payload, 'articles', article.id)).toMatchObject({ state: 'not-needed', published: null })
    await expect(payload.find({ collection: 'translations', ...as(world.users.contributor) })).rejects.toMatchObject({ status: 403 })
  })
})

describe('other translatable items', () => {
  it("publishes a unit's English with its leaders' titles matched by row, and keeps later English work off the site", async () => {
    const unit = await payload.create({
      collection: 'units',
      data: { name: 'Cục Quản lý lao động ngoài nước', kind: 'department', leaders: [{ name: 'Lê Văn D', title: 'Cục trưởng', isHead: true }] },
    })
    const rowId = unit.leaders![0].id
    await payload.update({
      collection: 'units',
      id: unit.id,
      data: { name: 'Department of Overseas Labour', leaders: [{ id: rowId, name: 'Lê Văn D', title: 'Director General' }] },
      ...asUser(world.users.translator, 'en'),
    })
    await moved('editor', 'units', unit.id, 'needed')
    await moved('translator', 'units', unit.id, 'in-progress')
    const review = await moved('translator', 'units', unit.id, 'in-review')
    expect(review.sourceTexts).toEqual({ name: 'Cục Quản lý lao động ngoài nước', [`leaders.${rowId}.title`]: 'Cục trưởng' })
    await moved('board', 'units', unit.id, 'published')
    await payload.update({
      collection: 'units',
      id: unit.id,
      data: { leaders: [{ id: rowId, name: 'Lê Văn D', title: 'Unreviewed title' }] },
      ...asUser(world.users.translator, 'en'),
    })
    const shown = (await snapshot()).units.find((u) => u.id === String(unit.id))
    expect(shown?.en?.name).toBe('Department of Overseas Labour')
    expect(shown?.leaders[0]).toMatchObject({ vi: { title: 'Cục trưởng' }, en: { title: 'Director General' } })
  })

  it('starts new items of a kind SiteSettings marks as always needing English in the queue', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Cổng thông tin điện tử', englishNeeded: ['pages'] }, user: world.users.board, overrideAccess: false })
    try {
      const page = await payload.create({ collection: 'pages', data: { title: 'Liên hệ', kind: 'contact' } })
      const article = await payload.create({ collection: 'articles', data: { title: 'Bài thường', sections: [world.section.id], unit: world.unitA.id } })
      expect(await findTranslation(payload, 'pages', page.id)).toMatchObject({ state: 'needed', neededSince: expect.any(String) })
      expect(await findTranslation(payload, 'articles', article.id)).toMatchObject({ state: 'not-needed', neededSince: null })
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', data: { englishNeeded: [] } })
    }
  })

  it('makes the missing records of items saved without one, once', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài có từ trước', sections: [world.section.id], unit: world.unitA.id, workflowStatus: 'published' },
      context: { skipTranslationSync: true },
    })
    expect(await findTranslation(payload, 'articles', article.id)).toBeNull()
    expect(await backfillTranslations(payload, { batchSize: 2 })).toBeGreaterThanOrEqual(1)
    expect(await findTranslation(payload, 'articles', article.id)).toMatchObject({ state: 'not-needed', title: 'Bài có từ trước', itemPublic: true })
    expect(await backfillTranslations(payload)).toBe(0)
  })

  it("removes an item's record when the item is deleted", async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài sẽ bị xoá', sections: [world.section.id], unit: world.unitA.id },
    })
    expect(await findTranslation(payload, 'articles', article.id)).not.toBeNull()
    await payload.delete({ collection: 'articles', id: article.id, user: world.users.board, overrideAccess: false })
    expect(await findTranslation(payload, 'articles', article.id)).toBeNull()
  })
})

describe('Q&A', () => {
  it('keeps the English of a public answer in the record: the translator writes it there, the board publishes it', async () => {
    const created = await submitCase(payload, { title: 'Hỏi về trợ cấp thất nghiệp', content: 'Tôi tên Nguyễn Văn C, nghỉ việc thì có trợ cấp không?' })
    const as = (user: ActingUser, data: Partial<Case>) =>
      payload.update({ collection: 'cases', id: created.id, data, user, overrideAccess: false, depth: 0 })
    await as(world.users.editor, { state: 'routed', unit: world.unitA.id })
    await as(world.users.caseHandler, { state: 'inProgress' })
    await as(world.users.caseHandler, {
      answer: lexical('Ông được hưởng trợ cấp khi đóng đủ 12 tháng.'),
      visibility: 'public',
      state: 'awaitingApproval',
    })
    // A case that is not (yet) a public answer has no translation record, and none can be asked for.
    expect(await findTranslation(payload, 'cases', created.id)).toBeNull()
    expect((await move('editor', 'cases', created.id, 'needed')).status).toBe(404)
    expect((await call('GET', `/translations/status?collection=cases&id=${created.id}`, 'translator')).status).toBe(404)
    expect(await findTranslation(payload, 'cases', created.id)).toBeNull()
    await as(world.users.board, {
      publicTitle: 'Trợ cấp thất nghiệp khi nghỉ việc',
      publicQuestion: 'Người lao động nghỉ việc có được trợ cấp thất nghiệp không?',
      state: 'answered',
    })
    const record = (await findTranslation(payload, 'cases', created.id))!
    expect(record).toMatchObject({ state: 'not-needed', title: 'Trợ cấp thất nghiệp khi nghỉ việc', itemPublic: true })

    await moved('editor', 'cases', created.id, 'needed')
    await moved('translator', 'cases', created.id, 'in-progress')
    await payload.update({
      collection: 'translations',
      id: record.id,
      data: {
        question: {
          title: 'Unemployment benefit after leaving a job',
          question: 'Does a worker who leaves a job get unemployment benefit?',
          answer: lexical('Yes, after 12 months of contributions.'),
        },
      },
      user: world.users.translator,
      overrideAccess: false,
    })
    await moved('translator', 'cases', created.id, 'in-review')
    await moved('board', 'cases', created.id, 'published')

    const question = (await snapshot()).questions.find((q) => q.id === String(created.id))
    expect(question?.vi.title).toBe('Trợ cấp thất nghiệp khi nghỉ việc')
    expect(question?.en).toEqual({
      title: 'Unemployment benefit after leaving a job',
      question: 'Does a worker who leaves a job get unemployment benefit?',
      answerHtml: expect.stringContaining('Yes, after 12 months of contributions.'),
    })
    expect(JSON.stringify(question)).not.toContain('Nguyễn Văn C')
    const { source } = (await (await call('GET', `/translations/status?collection=cases&id=${created.id}`, 'translator')).json()) as {
      source: Record<string, string>
    }
    expect(source).toEqual({
      title: 'Trợ cấp thất nghiệp khi nghỉ việc',
      question: 'Người lao động nghỉ việc có được trợ cấp thất nghiệp không?',
      answer: 'Ông được hưởng trợ cấp khi đóng đủ 12 tháng.',
    })
  })
})
