import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Field } from 'payload'
import { ROLES, type Role } from '@cong/shared/roles'
import { TRANSLATION_STATES, fieldDiff, nextTranslationStates, type TranslationState } from '@cong/shared/translation'
import { sideBySide, translationPanelField } from '../src/collections/fields/translation'
import {
  checkBeforeSending,
  diffSegments,
  fieldLabel,
  formatWhen,
  localeHref,
  panelMoves,
  peopleToName,
  personName,
  refusalMessage,
  showsChanges,
} from '../src/components/Translations/panelModel'
import { TranslationPanelView, type TranslationPanelViewProps } from '../src/components/Translations/TranslationPanelView'
import { sourceKey } from '../src/components/Translations/panelModel'
import { TRANSLATION_MESSAGES } from '../src/i18n/translations'

/**
 * The buttons each role sees in each state, with their Vietnamese labels and whether a reason is
 * asked first (`!`). Written out from the contract's table (docs/translation-and-multimedia.md),
 * not computed from the rules, so a change to either is caught here.
 */
const BUTTONS: Record<TranslationState, Partial<Record<Role, string[]>>> = {
  'not-needed': {
    editor: ['needed: Cần bản tiếng Anh'],
    board: ['needed: Cần bản tiếng Anh'],
    admin: ['needed: Cần bản tiếng Anh'],
  },
  needed: {
    translator: ['in-progress: Bắt đầu dịch'],
    editor: ['not-needed: Không cần dịch'],
    board: ['not-needed: Không cần dịch', 'in-progress: Bắt đầu dịch'],
    admin: ['not-needed: Không cần dịch', 'in-progress: Bắt đầu dịch'],
  },
  'in-progress': {
    translator: ['needed: Thôi dịch, trả về hàng chờ', 'in-review: Gửi duyệt bản dịch'],
    board: ['needed: Thôi dịch, trả về hàng chờ', 'in-review: Gửi duyệt bản dịch'],
    admin: ['needed: Thôi dịch, trả về hàng chờ', 'in-review: Gửi duyệt bản dịch'],
  },
  'in-review': {
    translator: ['in-progress: Rút lại để sửa'],
    board: ['in-progress: Trả lại!', 'published: Đăng bản tiếng Anh'],
    admin: ['in-progress: Trả lại!', 'published: Đăng bản tiếng Anh'],
  },
  published: {
    translator: ['in-progress: Sửa bản dịch'],
    board: ['needed: Gỡ bản tiếng Anh!', 'in-progress: Sửa bản dịch'],
    admin: ['needed: Gỡ bản tiếng Anh!', 'in-progress: Sửa bản dịch'],
  },
  stale: {
    translator: ['in-progress: Cập nhật bản dịch', 'in-review: Gửi duyệt lại'],
    board: [
      'needed: Gỡ bản tiếng Anh!',
      'in-progress: Cập nhật bản dịch',
      'in-review: Gửi duyệt lại',
      'published: Bản dịch vẫn đúng, đăng lại',
    ],
    admin: [
      'needed: Gỡ bản tiếng Anh!',
      'in-progress: Cập nhật bản dịch',
      'in-review: Gửi duyệt lại',
      'published: Bản dịch vẫn đúng, đăng lại',
    ],
  },
}

const cases = TRANSLATION_STATES.flatMap((state) => ROLES.map((role) => [state, role] as const))

describe('panel buttons', () => {
  it.each(cases)('from %s, a %s sees exactly the contract’s buttons', (state, role) => {
    const shown = panelMoves(state, role, 'vi').map((m) => `${m.to}: ${m.label}${m.needsReason ? '!' : ''}`)
    expect(shown).toEqual(BUTTONS[state][role] ?? [])
  })

  it('offers nothing without a role (signed out, deactivated)', () => {
    for (const state of TRANSLATION_STATES) expect(panelMoves(state, null, 'vi')).toEqual([])
  })

  it('names every move a role may make in both languages, never by its state code', () => {
    for (const state of TRANSLATION_STATES)
      for (const role of ROLES)
        for (const lang of ['vi', 'en'] as const)
          for (const move of panelMoves(state, role, lang)) {
            expect(move.label).not.toBe(move.to)
            expect(move.label.length).toBeGreaterThan(3)
            if (move.needsReason) expect(move.reasonPrompt).toBeTruthy()
          }
    expect(panelMoves('in-review', 'board', 'en').map((m) => m.label)).toEqual(['Return for changes', 'Publish the English'])
    expect(panelMoves('in-review', 'translator', 'en').map((m) => m.label)).toEqual(['Take back to edit'])
  })

  it('marks taking the English off the site apart from the other steps', () => {
    const withdraws = (state: TranslationState) => panelMoves(state, 'board', 'vi').filter((m) => m.withdraws).map((m) => m.to)
    expect(withdraws('published')).toEqual(['needed'])
    expect(withdraws('stale')).toEqual(['needed'])
    expect(withdraws('needed')).toEqual([])
  })

  it('shows only what the server says this user may do when it says so', () => {
    expect(panelMoves('stale', 'board', 'vi', ['in-progress']).map((m) => m.to)).toEqual(['in-progress'])
    expect(panelMoves('stale', 'board', 'vi', []).map((m) => m.to)).toEqual([])
    expect(panelMoves('stale', 'board', 'vi', null)).toHaveLength(nextTranslationStates('stale', 'board').length)
  })
})

describe('before a move is sent', () => {
  const [returnMove, publish] = panelMoves('in-review', 'board', 'vi')
  const withdraw = panelMoves('published', 'board', 'en')[0]

  it('refuses an empty or blank reason where one is required, in the server’s words', () => {
    expect(checkBeforeSending(returnMove, '', 'vi')).toEqual({ ok: false, message: TRANSLATION_MESSAGES.reasonRequired('in-progress').vi })
    expect(checkBeforeSending(withdraw, '  \n ', 'en')).toEqual({ ok: false, message: TRANSLATION_MESSAGES.reasonRequired('needed').en })
  })

  it('sends the reason trimmed, and no reason where none is asked', () => {
    expect(checkBeforeSending(returnMove, '  Sai thuật ngữ ở đoạn 2. ', 'vi')).toEqual({ ok: true, reason: 'Sai thuật ngữ ở đoạn 2.' })
    expect(checkBeforeSending(publish, '', 'vi')).toEqual({ ok: true, reason: null })
  })

  it('asks for a save first when the form has unsaved changes and the move takes the saved English', () => {
    const submit = panelMoves('in-progress', 'translator', 'vi').find((m) => m.to === 'in-review')!
    const handBack = panelMoves('in-progress', 'translator', 'vi').find((m) => m.to === 'needed')!
    expect(checkBeforeSending(submit, '', 'vi', { unsavedChanges: true })).toEqual({
      ok: false,
      message: 'Trang đang có thay đổi chưa lưu. Bước này dùng bản đã lưu: hãy bấm «Lưu» trước, rồi bấm lại nút này.',
    })
    expect(checkBeforeSending(publish, '', 'en', { unsavedChanges: true }).ok).toBe(false)
    expect(checkBeforeSending(submit, '', 'vi', { unsavedChanges: false })).toEqual({ ok: true, reason: null })
    expect(checkBeforeSending(handBack, '', 'vi', { unsavedChanges: true })).toEqual({ ok: true, reason: null })
  })

  it('stops a submission without an English title when the form in view holds the English', () => {
    const submit = panelMoves('in-progress', 'translator', 'vi').find((m) => m.to === 'in-review')!
    expect(checkBeforeSending(submit, '', 'vi', { englishTitle: '  ' })).toEqual({ ok: false, message: TRANSLATION_MESSAGES.englishRequired.vi })
    expect(checkBeforeSending(publish, '', 'en', { englishTitle: null })).toEqual({ ok: false, message: TRANSLATION_MESSAGES.englishRequired.en })
    expect(checkBeforeSending(submit, '', 'vi', { englishTitle: 'Annual review' }).ok).toBe(true)
    // The Vietnamese view cannot tell: the server decides.
    expect(checkBeforeSending(submit, '', 'vi', { englishTitle: undefined }).ok).toBe(true)
    const start = panelMoves('needed', 'translator', 'vi')[0]
    expect(checkBeforeSending(start, '', 'vi', { englishTitle: null }).ok).toBe(true)
  })

  it('shows a refusal in the admin’s language, or a general one when the body says nothing', () => {
    const body = { error: 'english-required', message: 'Bản tiếng Anh chưa có tiêu đề', messageEn: 'No English title' }
    expect(refusalMessage(body, 'vi')).toBe('Bản tiếng Anh chưa có tiêu đề')
    expect(refusalMessage(body, 'en')).toBe('No English title')
    expect(refusalMessage({ message: 'Chỉ tiếng Việt' }, 'en')).toBe('Chỉ tiếng Việt')
    expect(refusalMessage({ errors: [{ message: 'You are not allowed to perform this action.' }] }, 'vi')).toBe(
      'You are not allowed to perform this action.',
    )
    expect(refusalMessage(null, 'vi')).toBe('Máy chủ không chấp nhận bước này.')
  })
})

describe('what changed in the Vietnamese', () => {
  const changes = fieldDiff(
    { title: 'Hội nghị tổng kết công tác năm 2025', 'leaders.r1.title': 'Vụ trưởng' },
    { title: 'Hội nghị sơ kết công tác năm 2025', 'leaders.r1.title': 'Vụ trưởng', body: 'Đoạn mới' },
  )

  it('turns a word diff into removed, added and kept runs', () => {
    const title = changes.find((c) => c.field === 'title')!
    expect(diffSegments(title)).toEqual([
      { kind: 'same', text: 'Hội nghị ' },
      { kind: 'del', text: 'tổng' },
      { kind: 'ins', text: 'sơ' },
      { kind: 'same', text: ' kết công tác năm 2025' },
    ])
    const body = changes.find((c) => c.field === 'body')!
    expect(body.kind).toBe('added')
    expect(diffSegments(body)).toEqual([{ kind: 'ins', text: 'Đoạn mới' }])
  })

  it('merges neighbouring runs of one kind', () => {
    const change = { field: 'x', kind: 'changed' as const, before: '', after: '', parts: [{ text: 'a ' }, { text: 'b' }, { text: '' }, { text: 'c', change: 'added' as const }] }
    expect(diffSegments(change)).toEqual([{ kind: 'same', text: 'a b' }, { kind: 'ins', text: 'c' }])
  })

  it('is listed while stale, or whenever the server found changes', () => {
    expect(showsChanges('stale', [])).toBe(true)
    expect(showsChanges('in-progress', changes)).toBe(true)
    expect(showsChanges('published', [])).toBe(false)
  })

  it('names fields as the editor knows them, array rows with their array and number', () => {
    expect(fieldLabel('articles', 'sapo', 'vi')).toBe('Sa-pô')
    expect(fieldLabel('legal-documents', 'fullText', 'en')).toBe('Full text')
    expect(fieldLabel('units', 'leaders.r1.title', 'vi', 2)).toBe('Lãnh đạo 2 – Chức vụ')
    expect(fieldLabel('albums', 'photos.r9.alt', 'en')).toBe('Photo – Alt text')
    expect(fieldLabel('pages', 'unknownField', 'vi')).toBe('unknownField')
  })
})

describe('small helpers', () => {
  it('writes times in the portal’s time zone as the admin does', () => {
    expect(formatWhen('2026-01-05T02:00:00.000Z')).toBe('05/01/2026 09:00')
    expect(formatWhen('2025-12-31T17:30:00.000Z')).toBe('01/01/2026 00:30')
    expect(formatWhen(null)).toBeNull()
    expect(formatWhen('not a date')).toBeNull()
  })

  it('names people populated or by id, and asks only for the ids it lacks', () => {
    expect(personName({ id: 3, name: 'Trần Thị B' })).toBe('Trần Thị B')
    expect(personName(3, { '3': 'Trần Thị B' })).toBe('Trần Thị B')
    expect(personName('7')).toBeNull()
    expect(peopleToName({ translator: 3, reviewer: { id: 4, name: 'X' } })).toEqual(['3'])
    expect(peopleToName({ translator: 3, reviewer: 3 })).toEqual(['3'])
  })

  it('switches the edit view’s locale and keeps its other parameters', () => {
    expect(localeHref('/admin/collections/articles/12', '', 'en')).toBe('/admin/collections/articles/12?locale=en')
    expect(localeHref('/admin/collections/articles/12', 'locale=vi&depth=1', 'en')).toBe('/admin/collections/articles/12?locale=en&depth=1')
  })

  it('finds the Vietnamese of an array row by the row’s id, not its place', () => {
    const ids: Record<string, string> = { leaders: '', 'leaders.2': 'row-c' }
    const rowId = (path: string) => ids[path] || null
    expect(sourceKey('titleViSource', 'title', rowId)).toBe('title')
    expect(sourceKey('leaders.2.titleViSource', 'title', rowId)).toBe('leaders.row-c.title')
    expect(sourceKey('leaders.5.bioViSource', 'bio', rowId)).toBeNull()
  })
})

describe('the panel as rendered', () => {
  const noop = () => undefined
  const base: TranslationPanelViewProps = {
    lang: 'vi',
    collection: 'articles',
    status: 'ready',
    record: null,
    moves: [],
    changes: [],
    sideBySideHref: '/admin/collections/articles/12?locale=en',
    english: false,
    backHref: '/admin/collections/articles/12?locale=vi',
    pending: null,
    reason: '',
    problem: null,
    busy: false,
    onStart: noop,
    onConfirm: noop,
    onCancel: noop,
    onReason: noop,
    onRetry: noop,
  }
  const render = (props: Partial<TranslationPanelViewProps>) =>
    renderToStaticMarkup(createElement(TranslationPanelView, { ...base, ...props }))

  it('shows a stale translation’s changes with removed words struck and added words marked', () => {
    const html = render({
      record: { state: 'stale', translator: 3, publishedAt: '2026-01-05T02:00:00.000Z', firstPublishedAt: '2026-01-05T02:00:00.000Z' },
      names: { '3': 'Trần Thị B' },
      moves: panelMoves('stale', 'translator', 'vi'),
      changes: fieldDiff({ title: 'Hội nghị tổng kết' }, { title: 'Hội nghị sơ kết' }),
    })
    expect(html).toContain('Bản gốc đã thay đổi')
    expect(html).toContain(
      'Bản tiếng Việt đã thay đổi sau khi dịch — bản tiếng Anh đang đăng vẫn giữ nguyên đến khi được duyệt lại.',
    )
    expect(html).toMatch(/<del[^>]*>tổng<\/del>/)
    expect(html).toMatch(/<ins[^>]*>sơ<\/ins>/)
    expect(html).toContain('<strong>Tiêu đề</strong>')
    expect(html).toContain('Trần Thị B')
    expect(html).toContain('05/01/2026 09:00')
    expect(html).toContain('Cập nhật bản dịch')
    expect(html).toContain('Gửi duyệt lại')
    expect(html).toContain('href="/admin/collections/articles/12?locale=en"')
    expect(html).toContain('Dịch song song')
  })

  it('does not speak of a published English when there is none', () => {
    const html = render({
      record: { state: 'in-progress' },
      changes: fieldDiff({ title: 'Hội nghị tổng kết' }, { title: 'Hội nghị sơ kết' }),
    })
    expect(html).toContain('Bản tiếng Việt đã thay đổi sau khi dịch: hãy cập nhật bản dịch')
    expect(html).not.toContain('đang đăng')
  })

  it('asks for the reason of a withdrawal and shows a refusal as an alert', () => {
    const [withdraw] = panelMoves('published', 'board', 'en')
    const html = render({
      lang: 'en',
      record: { state: 'published' },
      moves: panelMoves('published', 'board', 'en'),
      pending: withdraw,
      problem: TRANSLATION_MESSAGES.reasonRequired('needed').en,
    })
    expect(html).toContain('Why the English is withdrawn')
    expect(html).toContain('<textarea')
    expect(html).toMatch(/role="alert"[^>]*>Give a reason for taking the English down\.</)
    expect(html).not.toContain('What changed in the Vietnamese')
  })

  it('says what to do before the first save, and offers nothing else', () => {
    const html = render({ status: 'unsaved', moves: panelMoves('needed', 'board', 'vi') })
    expect(html).toContain('Lưu bài trước')
    expect(html).not.toContain('<button')
    expect(html).not.toContain('Dịch song song')
  })

  it('leads back to Vietnamese while the view is in English', () => {
    const html = render({ english: true, record: { state: 'in-progress' } })
    expect(html).toContain('Về bản tiếng Việt')
    expect(html).not.toContain('Dịch song song')
  })

  it('announces what the last move did', () => {
    const html = render({ record: { state: 'in-review' }, notice: 'Đã thực hiện: Gửi duyệt bản dịch.' })
    expect(html).toMatch(/role="status"[^>]*>Đã thực hiện: Gửi duyệt bản dịch\.</)
  })

  it('says when the role has nothing to do', () => {
    expect(render({ record: { state: 'in-review' }, moves: panelMoves('in-review', 'editor', 'vi') })).toContain(
      'Vai trò của bạn không có thao tác nào',
    )
  })
})

describe('field factories', () => {
  it('wraps a field in a presentational row beside its Vietnamese source, moving its width to the row', () => {
    const row = sideBySide({ name: 'signerTitle', type: 'text', localized: true, admin: { width: '50%', description: 'd' } })
    expect(row.type).toBe('row')
    const [source, field] = row.fields as [Field & { name: string }, Field & { name: string; admin?: Record<string, unknown> }]
    expect(source).toMatchObject({ type: 'ui', name: 'signerTitleViSource' })
    expect(field).toMatchObject({ name: 'signerTitle', type: 'text', localized: true, admin: { description: 'd' } })
    expect(field.admin?.width).toBeUndefined()
    expect(row.admin?.style).toEqual({ '--field-width': '50%' })
    const components = (source as { admin: { components: { Field: { clientProps: unknown } } } }).admin.components
    expect(components.Field.clientProps).toEqual({ field: 'signerTitle' })
  })

  it('refuses to wrap what has no data', () => {
    expect(() => sideBySide({ name: 'x', type: 'ui', admin: {} })).toThrow()
    expect(() => sideBySide({ type: 'row', fields: [] })).toThrow()
  })

  it('shows the panel only on a saved item, to the roles that read translations', () => {
    const condition = translationPanelField().admin!.condition!
    const as = (role: Role) => ({ user: { role, active: true }, blockData: {}, operation: 'update' as const, path: [] })
    expect(condition({ id: 1 }, {}, as('translator'))).toBe(true)
    expect(condition({ id: 1 }, {}, as('editor'))).toBe(true)
    expect(condition({}, {}, as('board'))).toBe(false)
    expect(condition({ id: 1 }, {}, as('contributor'))).toBe(false)
    expect(condition({ id: 1 }, {}, as('caseHandler'))).toBe(false)
  })
})
