import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { handleEndpoints, type Payload } from 'payload'
import type { Article } from '@cong/shared/payload-types'
import { richTextToPlainText } from '../src/richText/plainText'
import { findTranslation } from '../src/translations/hooks'
import { moveTranslation } from '../src/translations/service'
import { buildXliff, escapeXmlText, parseXliff } from '../src/translations/xliff'
import { caseImporter } from './helpers/importedCases'
import { bootPayload } from './helpers/payload'
import { seedWorld, type ActingUser, type World } from './helpers/world'

// A move that fails after the English was written (a record changed by someone else meanwhile):
// the test below switches it on to see the item put back as it was.
const failing = vi.hoisted(() => ({ move: false }))
vi.mock('../src/translations/service', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/translations/service')>()
  return {
    ...real,
    moveTranslation: (async (...args: Parameters<typeof real.moveTranslation>) =>
      failing.move && args[1].to === 'in-review'
        ? {
            ok: false,
            status: 400,
            code: 'unknown-transition',
            message: {
              vi: 'Bản dịch vừa được người khác chuyển.',
              en: 'Someone else just moved the translation.',
            },
          }
        : real.moveTranslation(...args)) as typeof real.moveTranslation,
  }
})

let payload: Payload
let close: () => Promise<void>
let world: World
const tokens = new Map<string, string>()

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'xliff')
})
afterAll(async () => close())

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
})
const body = (...paragraphs: unknown[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: paragraphs },
})

/** An article whose English an editor has asked for. */
async function neededArticle(title: string): Promise<Article> {
  const article = await payload.create({
    collection: 'articles',
    data: {
      title,
      sapo: `Sa-pô của «${title}»`,
      sections: [world.section.id],
      unit: world.unitA.id,
      body: body(
        paragraph(text('Bộ tổ chức '), text('hội nghị', 1), text(' tại Hà Nội.')),
        paragraph(text('Đoạn hai.')),
      ) as never,
    },
  })
  const moved = await moveTranslation(payload, {
    collection: 'articles',
    id: article.id,
    to: 'needed',
    user: world.users.editor,
  })
  expect(moved.ok).toBe(true)
  return article
}

async function tokenOf(user: ActingUser): Promise<string> {
  const known = tokens.get(user.email)
  if (known) return known
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.email, password: 'mat-khau-thu-nghiem' },
  })
  tokens.set(user.email, token!)
  return token!
}

async function call(path: string, init: { user?: ActingUser | null; body?: BodyInit; type?: string }) {
  const { default: config } = await import('../src/payload.config')
  const headers: Record<string, string> = {}
  if (init.user) headers.authorization = `JWT ${await tokenOf(init.user)}`
  if (init.type) headers['content-type'] = init.type
  return handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api/translations/xliff${path}`, {
      method: 'POST',
      headers,
      body: init.body,
    }),
  })
}

/** `user: null` calls anonymously. */
const exportFile = (
  items: { collection: string; id: string | number }[],
  user: ActingUser | null = world.users.translator,
) => call('/export', { user, type: 'application/json', body: JSON.stringify({ items }) })

function importFile(
  xml: string | Uint8Array,
  user: ActingUser | null = world.users.translator,
  name = 'ban-dich.xlf',
) {
  const form = new FormData()
  form.append('file', new Blob([xml], { type: 'application/xliff+xml' }), name)
  return call('/import', { user, body: form })
}

/** What a translator's tool does: the targets of some units filled in, the rest of the file as it was. */
function fill(xml: string, targets: Record<string, Record<string, string>>): string {
  return xml.replace(/<file id="([^"]+)">([\s\S]*?)<\/file>/g, (whole, fileId: string, inner: string) => {
    const units = targets[fileId]
    if (!units) return whole
    const filled = inner.replace(
      /(<unit id="([^"]+)"[^>]*>\s*<segment>\s*<source[^>]*>[\s\S]*?<\/source>\s*)(<target\/>|<target[^>]*>[\s\S]*?<\/target>)/g,
      (unit, head: string, unitId: string) =>
        unitId in units ? `${head}<target>${escapeXmlText(units[unitId]!)}</target>` : unit,
    )
    return `<file id="${fileId}">${filled}</file>`
  })
}

const english = (id: Article['id']) =>
  payload.findByID({ collection: 'articles', id, locale: 'en', fallbackLocale: false, depth: 0 })
const vietnamese = (id: Article['id']) =>
  payload.findByID({ collection: 'articles', id, locale: 'vi', depth: 0 })
const stateOf = async (id: Article['id']) => (await findTranslation(payload, 'articles', id))?.state

describe('XLIFF export', () => {
  it('gives translators one XLIFF 2.0 file of the selected items, with their Vietnamese and fingerprint', async () => {
    const a = await neededArticle('Hội nghị tổng kết công tác năm 2026')
    const res = await exportFile([{ collection: 'articles', id: a.id }])
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/xliff\+xml/)
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="cong-ban-dich-\d{8}\.xlf"$/,
    )
    const xml = await res.text()
    expect(xml).toContain(`<file id="articles:${a.id}">`)
    const parsed = parseXliff(xml)
    if (!parsed.ok) throw new Error(parsed.reason)
    const units = Object.fromEntries(parsed.items[0]!.units.map((u) => [u.id, u]))
    expect(units.title).toEqual({ id: 'title', source: 'Hội nghị tổng kết công tác năm 2026', target: null })
    expect(units.body!.source).toBe('<p>Bộ tổ chức <strong>hội nghị</strong> tại Hà Nội.</p><p>Đoạn hai.</p>')
    expect(parsed.items[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/)
  })

  it('names the items it cannot find, and refuses an empty selection', async () => {
    const a = await neededArticle('Bài có thật')
    const res = await exportFile([
      { collection: 'articles', id: a.id },
      { collection: 'articles', id: 987654 },
      { collection: 'users', id: world.users.admin.id },
    ])
    expect(res.status).toBe(400)
    const answer = (await res.json()) as { unknown: string[]; message: string; messageEn: string }
    expect(answer.unknown).toEqual(['articles:987654', `users:${world.users.admin.id}`])
    expect(answer.message).toMatch(/Không tìm thấy các mục: articles:987654/)
    const empty = await exportFile([])
    expect(empty.status).toBe(400)
    expect(((await empty.json()) as { message: string }).message).toMatch(/ít nhất một mục/)
  })
})

describe('XLIFF import', () => {
  it('applies a translated file: English saved, records in review, the Vietnamese untouched', async () => {
    const a = await neededArticle('Tuyển dụng viên chức năm 2026')
    const b = await neededArticle('Hướng dẫn nghỉ phép năm')
    const before = { a: await vietnamese(a.id), b: await vietnamese(b.id) }
    const xml = await (
      await exportFile([
        { collection: 'articles', id: a.id },
        { collection: 'articles', id: b.id },
      ])
    ).text()
    const translated = fill(xml, {
      [`articles:${a.id}`]: {
        title: 'Civil servant recruitment 2026',
        sapo: 'The ministry recruits.',
        body: '<p>The ministry holds a <strong>conference</strong> in Ha Noi.</p><p>Second paragraph &amp; more.</p>',
      },
      [`articles:${b.id}`]: { title: 'Guidance on annual leave' },
    })
    const res = await importFile(translated)
    expect(res.status).toBe(200)
    const { results } = (await res.json()) as { results: { id: string; status: string; title: string }[] }
    expect(results).toEqual([
      { collection: 'articles', id: String(a.id), title: 'Tuyển dụng viên chức năm 2026', status: 'applied' },
      { collection: 'articles', id: String(b.id), title: 'Hướng dẫn nghỉ phép năm', status: 'applied' },
    ])

    const enA = await english(a.id)
    expect(enA.title).toBe('Civil servant recruitment 2026')
    expect(enA.sapo).toBe('The ministry recruits.')
    expect(richTextToPlainText(enA.body)).toBe(
      'The ministry holds a conference in Ha Noi.\n\nSecond paragraph & more.',
    )
    // Structurally: PostgreSQL's jsonb does not keep the key order of the stored JSON.
    const firstParagraph = (enA.body as { root: { children: { children: { text: string; format: number }[] }[] } }).root.children[0]
    expect(firstParagraph.children.find((node) => node.text === 'conference')?.format).toBe(1)
    expect((await english(b.id)).title).toBe('Guidance on annual leave')

    expect(await stateOf(a.id)).toBe('in-review')
    expect(await stateOf(b.id)).toBe('in-review')
    const record = await findTranslation(payload, 'articles', a.id)
    expect(String((record?.translator as { id?: unknown })?.id ?? record?.translator)).toBe(
      String(world.users.translator.id),
    )

    const after = { a: await vietnamese(a.id), b: await vietnamese(b.id) }
    for (const key of ['a', 'b'] as const) {
      expect(after[key].title).toBe(before[key].title)
      expect(after[key].sapo).toBe(before[key].sapo)
      expect(after[key].body).toEqual(before[key].body)
      expect(after[key].workflowStatus).toBe(before[key].workflowStatus)
    }
  })

  it('refuses the item whose Vietnamese changed after export and applies the other, nothing half-applied', async () => {
    const a = await neededArticle('Bản tin tháng Mười Một')
    const b = await neededArticle('Bản tin tháng Mười Hai')
    const xml = await (
      await exportFile([
        { collection: 'articles', id: a.id },
        { collection: 'articles', id: b.id },
      ])
    ).text()
    await payload.update({
      collection: 'articles',
      id: a.id,
      locale: 'vi',
      data: { sapo: 'Sa-pô đã sửa sau khi xuất tệp.' },
    })
    const enBefore = await english(a.id)
    const translated = fill(xml, {
      [`articles:${a.id}`]: { title: 'November bulletin', sapo: 'Changed lead.', body: '<p>Body.</p>' },
      [`articles:${b.id}`]: { title: 'December bulletin', body: '<p>Body.</p>' },
    })
    const { results } = (await (await importFile(translated)).json()) as {
      results: { id: string; status: string; reason?: string; reasonEn?: string }[]
    }
    expect(results[0]).toMatchObject({
      id: String(a.id),
      status: 'refused',
      reason: 'Bản tiếng Việt đã thay đổi sau khi xuất tệp; hãy xuất lại.',
      reasonEn: expect.stringMatching(/export it again/),
    })
    expect(results[1]).toMatchObject({ id: String(b.id), status: 'applied' })
    const enAfter = await english(a.id)
    expect(enAfter.title ?? null).toBe(enBefore.title ?? null)
    expect(enAfter.sapo ?? null).toBe(enBefore.sapo ?? null)
    expect(enAfter.body ?? null).toEqual(enBefore.body ?? null)
    expect(await stateOf(a.id)).toBe('needed')
    expect(await stateOf(b.id)).toBe('in-review')
  })

  it('refuses per item: unknown item, no title, unknown unit, bad HTML, a state not a translator’s to submit', async () => {
    const ok = await neededArticle('Bài được nhập')
    const noTitle = await neededArticle('Bài thiếu tiêu đề')
    const extraUnit = await neededArticle('Bài có phần lạ')
    const badHtml = await neededArticle('Bài có HTML lạ')
    const inReview = await neededArticle('Bài đang chờ duyệt')
    const ids = [ok, noTitle, extraUnit, badHtml, inReview].map((a) => ({ collection: 'articles', id: a.id }))
    const xml = await (await exportFile(ids)).text()
    // The last one is already in review when the file comes back.
    await payload.update({
      collection: 'articles',
      id: inReview.id,
      locale: 'en',
      data: { title: 'Awaiting review' },
    })
    await moveTranslation(payload, {
      collection: 'articles',
      id: inReview.id,
      to: 'in-progress',
      user: world.users.translator,
    })
    await moveTranslation(payload, {
      collection: 'articles',
      id: inReview.id,
      to: 'in-review',
      user: world.users.translator,
    })
    let translated = fill(xml, {
      [`articles:${ok.id}`]: { title: 'Imported article' },
      [`articles:${noTitle.id}`]: { sapo: 'Only the lead.' },
      [`articles:${extraUnit.id}`]: { title: 'With a stray unit' },
      [`articles:${badHtml.id}`]: { title: 'Bad HTML', body: '<p>Hi</p><script>alert(1)</script>' },
      [`articles:${inReview.id}`]: { title: 'Second go' },
    })
    translated = translated.replace(
      `<file id="articles:${extraUnit.id}">`,
      `<file id="articles:${extraUnit.id}"><unit id="coverAlt"><segment><source>x</source><target>y</target></segment></unit>`,
    )
    // Units come after notes in XLIFF 2.0; the stray one is moved to its place.
    translated = translated.replace(
      /(<file id="articles:\d+">)(<unit id="coverAlt">[\s\S]*?<\/unit>)([\s\S]*?<\/notes>)/,
      '$1$3$2',
    )
    const unknown = buildXliff([
      {
        collection: 'articles',
        id: '987654',
        title: 'Đã xoá',
        fingerprint: 'abc',
        units: [{ id: 'title', source: 'x', kind: 'text', target: 'y' }],
      },
    ])
      .replace(/^[\s\S]*?(<file )/, '$1')
      .replace(/<\/xliff>\s*$/, '')
    translated = translated.replace('</xliff>', `${unknown}</xliff>`)

    const res = await importFile(translated)
    expect(res.status).toBe(200)
    const { results } = (await res.json()) as { results: { id: string; status: string; reason?: string }[] }
    const byId = Object.fromEntries(results.map((r) => [r.id, r]))
    expect(byId[String(ok.id)]).toMatchObject({ status: 'applied' })
    expect(byId[String(noTitle.id)]).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/Chưa có bản dịch tiêu đề/),
    })
    expect(byId[String(extraUnit.id)]).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/«coverAlt»/),
    })
    expect(byId[String(badHtml.id)]).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/<script>/),
    })
    expect(byId[String(inReview.id)]).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/Chờ duyệt bản dịch/),
    })
    expect(byId['987654']).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/Không tìm thấy mục «articles:987654»/),
    })

    expect((await english(badHtml.id)).title ?? null).toBeNull()
    expect((await english(inReview.id)).title).toBe('Awaiting review')
    expect(await stateOf(badHtml.id)).toBe('needed')
  })

  it('refuses a file that is not XLIFF, or not Vietnamese → English, with a 400 and nothing applied', async () => {
    const notXliff = await importFile('Đây không phải tệp XLIFF', world.users.translator, 'ghi-chu.txt')
    expect(notXliff.status).toBe(400)
    expect(await notXliff.json()).toMatchObject({
      message: expect.stringMatching(/không phải XML hợp lệ/),
      messageEn: expect.stringMatching(/not well-formed/),
    })
    const french = buildXliff([]).replace('trgLang="en"', 'trgLang="fr"')
    const wrongLanguage = await importFile(french)
    expect(wrongLanguage.status).toBe(400)
    expect(((await wrongLanguage.json()) as { message: string }).message).toMatch(/«fr»/)
    const noFile = await call('/import', { user: world.users.translator, body: new FormData() })
    expect(noFile.status).toBe(400)
  })
})

describe('XLIFF import of other kinds and formats', () => {
  it('translates a unit’s leaders row by row, keeping the rows, names and Vietnamese as they were', async () => {
    const unit = await payload.create({
      collection: 'units',
      data: {
        name: 'Vụ Tổ chức cán bộ',
        kind: 'department',
        leaders: [
          { name: 'Nguyễn Văn An', title: 'Vụ trưởng', isHead: true },
          { name: 'Trần Thị Bình', title: 'Phó Vụ trưởng' },
        ],
      },
    })
    await moveTranslation(payload, {
      collection: 'units',
      id: unit.id,
      to: 'needed',
      user: world.users.editor,
    })
    const [first, second] = unit.leaders!
    const xml = await (await exportFile([{ collection: 'units', id: unit.id }])).text()
    expect(xml).toContain(`<unit id="leaders.${first!.id}.title">`)
    // A leader's title is required in each language: one row left untranslated refuses the item.
    const partial = fill(xml, {
      [`units:${unit.id}`]: {
        name: 'Department of Personnel',
        [`leaders.${second!.id}.title`]: 'Deputy Director General',
      },
    })
    const refused = (await (await importFile(partial)).json()) as {
      results: { status: string; reason: string }[]
    }
    expect(refused.results).toMatchObject([
      { status: 'refused', reason: expect.stringMatching(/^Không lưu được bản dịch: .*leaders/) },
    ])
    expect((await findTranslation(payload, 'units', unit.id))?.state).toBe('needed')
    const translated = fill(xml, {
      [`units:${unit.id}`]: {
        name: 'Department of Personnel',
        [`leaders.${first!.id}.title`]: 'Director General',
        [`leaders.${second!.id}.title`]: 'Deputy Director General',
      },
    })
    const { results } = (await (await importFile(translated)).json()) as { results: { status: string }[] }
    expect(results).toMatchObject([{ status: 'applied' }])
    const en = await payload.findByID({
      collection: 'units',
      id: unit.id,
      locale: 'en',
      fallbackLocale: false,
      depth: 0,
    })
    expect(en.name).toBe('Department of Personnel')
    expect(en.leaders?.map((l) => [l.id, l.name, l.isHead ?? false])).toEqual([
      [first!.id, 'Nguyễn Văn An', true],
      [second!.id, 'Trần Thị Bình', false],
    ])
    expect(en.leaders?.[1]?.title).toBe('Deputy Director General')
    const vi = await payload.findByID({ collection: 'units', id: unit.id, locale: 'vi', depth: 0 })
    expect(vi.name).toBe('Vụ Tổ chức cán bộ')
    expect(vi.leaders?.map((l) => l.title)).toEqual(['Vụ trưởng', 'Phó Vụ trưởng'])
    expect((await findTranslation(payload, 'units', unit.id))?.state).toBe('in-review')
  })

  it('translates a public question into its record, never showing the sender or touching the case', async () => {
    const importCase = caseImporter(payload, 'XL')
    const question = await importCase({
      state: 'answered',
      visibility: 'public',
      receivedAt: '2026-10-01T02:00:00.000Z',
      answeredAt: '2026-10-10T02:00:00.000Z',
      unit: world.unitA.id,
    })
    await moveTranslation(payload, {
      collection: 'cases',
      id: question.id,
      to: 'needed',
      user: world.users.editor,
    })
    const xml = await (await exportFile([{ collection: 'cases', id: question.id }])).text()
    expect(xml).not.toContain('binh@example.vn')
    expect(xml).not.toContain('Nguyễn Thị Bình')
    const parsed = parseXliff(xml)
    expect(parsed.ok && parsed.items[0]!.units.map((u) => u.id)).toEqual(['title', 'question', 'answer'])
    const translated = fill(xml, {
      [`cases:${question.id}`]: {
        title: 'Question about unemployment benefit',
        question: 'What are the conditions for unemployment benefit?',
        answer: '<p>Apply at the <em>employment service centre</em>.</p>',
      },
    })
    const before = await payload.findByID({ collection: 'cases', id: question.id, depth: 0 })
    const { results } = (await (await importFile(translated)).json()) as { results: { status: string }[] }
    expect(results).toMatchObject([{ status: 'applied' }])
    const record = await findTranslation(payload, 'cases', question.id)
    expect(record?.state).toBe('in-review')
    const english = record?.question as { title?: string; question?: string; answer?: unknown }
    expect(english.title).toBe('Question about unemployment benefit')
    expect(english.question).toBe('What are the conditions for unemployment benefit?')
    expect(richTextToPlainText(english.answer)).toBe('Apply at the employment service centre.')
    const after = await payload.findByID({ collection: 'cases', id: question.id, depth: 0 })
    expect(after).toEqual(before)
  })

  it('takes the same translation back as XLIFF 1.2, as tools that convert files write it', async () => {
    const a = await neededArticle('Thông báo lịch tiếp công dân')
    const exported = parseXliff(await (await exportFile([{ collection: 'articles', id: a.id }])).text())
    if (!exported.ok) throw new Error(exported.reason)
    const item = exported.items[0]!
    const targets: Record<string, string> = {
      title: 'Citizen reception schedule',
      body: '<p>The schedule.</p>',
    }
    const units = item.units
      .map(
        (u) =>
          `<trans-unit id="${u.id}"><source>${escapeXmlText(u.source)}</source>${targets[u.id] ? `<target>${escapeXmlText(targets[u.id]!)}</target>` : ''}</trans-unit>`,
      )
      .join('')
    const xml12 =
      '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">' +
      `<file original="articles:${a.id}" source-language="vi" target-language="en" datatype="html"><header>` +
      `<prop-group name="cong"><prop prop-type="sourceFingerprint">${item.fingerprint}</prop></prop-group></header>` +
      `<body>${units}</body></file></xliff>`
    const { results } = (await (
      await importFile(xml12, world.users.translator, 'ban-dich.xliff')
    ).json()) as { results: { status: string }[] }
    expect(results).toMatchObject([{ status: 'applied' }])
    expect((await english(a.id)).title).toBe('Citizen reception schedule')
  })
})

describe('XLIFF import all or nothing', () => {
  it('puts an item back as it was when its move to review fails after the English was written', async () => {
    const a = await neededArticle('Bài sẽ không nhập được')
    await payload.update({
      collection: 'articles',
      id: a.id,
      locale: 'en',
      data: { title: 'Earlier English', sapo: 'Earlier lead.' },
    })
    const xml = await (await exportFile([{ collection: 'articles', id: a.id }])).text()
    const translated = fill(xml, {
      [`articles:${a.id}`]: { title: 'New English', sapo: 'New lead.', body: '<p>New body.</p>' },
    })
    failing.move = true
    try {
      const { results } = (await (await importFile(translated)).json()) as {
        results: { status: string; reason?: string }[]
      }
      expect(results).toMatchObject([{ status: 'refused', reason: 'Bản dịch vừa được người khác chuyển.' }])
    } finally {
      failing.move = false
    }
    const en = await english(a.id)
    expect(en.title).toBe('Earlier English')
    expect(en.sapo).toBe('Earlier lead.')
    expect(en.body ?? null).toBeNull()
    const record = await findTranslation(payload, 'articles', a.id)
    expect(record).toMatchObject({ state: 'needed', translator: null })
  })
})

describe('who may use XLIFF', () => {
  it('refuses anonymous callers (401) and contributors and editors (403) on both endpoints', async () => {
    const a = await neededArticle('Bài không ai được xuất')
    const items = [{ collection: 'articles', id: a.id }]
    expect((await exportFile(items, null)).status).toBe(401)
    expect((await exportFile(items, world.users.contributor)).status).toBe(403)
    expect((await exportFile(items, world.users.editor)).status).toBe(403)
    const xml = buildXliff([])
    expect((await importFile(xml, null)).status).toBe(401)
    const refused = await importFile(xml, world.users.contributor)
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ message: expect.stringMatching(/biên dịch viên/) })
    expect((await exportFile(items, world.users.board)).status).toBe(200)
  })
})
