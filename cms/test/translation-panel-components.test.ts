import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/**
 * The admin's client components around the panel model, rendered with Payload's hooks stood in
 * (the admin cannot run here): what each shows from the form and the locale, and that the status
 * of an item is asked for once however many boxes want it.
 */
const admin = {
  locale: 'vi',
  language: 'vi',
  collectionSlug: 'units' as string,
  id: 7 as string | number | undefined,
  form: {} as Record<string, { value: unknown }>,
  user: { role: 'translator', active: true } as Record<string, unknown> | null,
}

vi.mock('@payloadcms/ui', () => ({
  useAuth: () => ({ user: admin.user }),
  useConfig: () => ({ config: { serverURL: '', routes: { api: '/api', admin: '/admin' } } }),
  useDocumentInfo: () => ({ collectionSlug: admin.collectionSlug, id: admin.id, savedDocumentData: { updatedAt: 'u1' } }),
  useFormFields: (selector: (ctx: [Record<string, { value: unknown }>]) => unknown) => selector([admin.form]),
  useFormModified: () => false,
  useLocale: () => ({ code: admin.locale }),
  useTranslation: () => ({ i18n: { language: admin.language } }),
}))
vi.mock('next/navigation', () => ({
  usePathname: () => `/admin/collections/${admin.collectionSlug}/${String(admin.id)}`,
  useRouter: () => ({ refresh: () => undefined }),
  useSearchParams: () => new URLSearchParams(),
}))

const { VietnameseSource } = await import('../src/components/Translations/VietnameseSource')
const { TranslationPanel } = await import('../src/components/Translations/TranslationPanel')
const { loadTranslationStatus } = await import('../src/components/Translations/useTranslationStatus')

const fetchMock = vi.fn()
beforeEach(() => {
  Object.assign(admin, { locale: 'vi', language: 'vi', collectionSlug: 'units', id: 7, form: {} })
  fetchMock.mockReset()
  vi.stubGlobal('fetch', fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

const sourceBox = (props: Record<string, unknown>) =>
  renderToStaticMarkup(createElement(VietnameseSource as never, props as never))

describe('Vietnamese source box', () => {
  it('renders nothing while the admin edits Vietnamese, so the field fills its row', () => {
    expect(sourceBox({ path: 'nameViSource', field: 'name' })).toBe('')
  })

  it('shows its label in English editing, and on a Q&A record whatever the locale', () => {
    admin.locale = 'en'
    expect(sourceBox({ path: 'nameViSource', field: 'name' })).toContain('Tiếng Việt (bản gốc)')
    admin.locale = 'vi'
    admin.language = 'en'
    Object.assign(admin, { collectionSlug: 'translations', form: { itemCollection: { value: 'cases' }, itemId: { value: 3 } } })
    const html = sourceBox({ path: 'question.titleViSource', field: 'title', sourceField: 'title', always: true })
    expect(html).toContain('Vietnamese (source)')
    expect(html).toContain('lang="vi"')
  })

  it('renders nothing on a translation record that is not a translatable item’s', () => {
    Object.assign(admin, { locale: 'en', collectionSlug: 'translations', form: {} })
    expect(sourceBox({ path: 'question.titleViSource', field: 'title', always: true })).toBe('')
  })
})

describe('English panel', () => {
  it('waits for the first save on a new document', () => {
    admin.id = undefined
    expect(renderToStaticMarkup(createElement(TranslationPanel))).toContain('Lưu bài trước')
  })

  it('says it is loading the status of a saved one, in the admin’s language', () => {
    admin.language = 'en'
    const html = renderToStaticMarkup(createElement(TranslationPanel))
    expect(html).toContain('English version')
    expect(html).toContain('Loading the translation state')
    expect(html).toContain('href="/admin/collections/units/7?locale=en"')
  })

  it('on a translation record, leads to the item’s own edit view for the side-by-side work', () => {
    Object.assign(admin, { collectionSlug: 'translations', id: 40, form: { itemCollection: { value: 'articles' }, itemId: { value: '12' } } })
    expect(renderToStaticMarkup(createElement(TranslationPanel))).toContain('href="/admin/collections/articles/12?locale=en"')
  })
})

describe('status requests', () => {
  const ok = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }))

  it('asks once per item and save for all the boxes, and again when told to', async () => {
    fetchMock.mockImplementation(() => ok({ translation: { state: 'needed' }, moves: [], changes: [], source: { name: 'Vụ A' } }))
    const [a, b] = await Promise.all([
      loadTranslationStatus('/api', 'units', '7', 's1'),
      loadTranslationStatus('/api', 'units', '7', 's1'),
    ])
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(fetchMock.mock.calls[0][0]).toBe('/api/translations/status?collection=units&id=7')
    expect(a).toBe(b)
    expect(a).toMatchObject({ ok: true, status: { source: { name: 'Vụ A' } } })
    await loadTranslationStatus('/api', 'units', '7', 's2')
    await loadTranslationStatus('/api', 'units', '7', 's2', true)
    expect(fetchMock).toHaveBeenCalledTimes(3)
  })

  it('keeps a refusal’s status and body, and does not remember a failure', async () => {
    fetchMock.mockImplementationOnce(() =>
      Promise.resolve(new Response(JSON.stringify({ message: 'Không tìm thấy' }), { status: 404 })),
    )
    expect(await loadTranslationStatus('/api', 'units', '8', 's1')).toEqual({ ok: false, httpStatus: 404, body: { message: 'Không tìm thấy' } })
    fetchMock.mockImplementationOnce(() => Promise.reject(new Error('offline')))
    fetchMock.mockImplementationOnce(() => ok({ translation: null }))
    // The 404 was not kept: the next ask goes to the server (and meets the network failure).
    expect(await loadTranslationStatus('/api', 'units', '8', 's1')).toEqual({ ok: false, httpStatus: 0, body: null })
    expect(await loadTranslationStatus('/api', 'units', '8', 's1')).toMatchObject({ ok: true, status: { moves: [], changes: [], source: {} } })
    expect(fetchMock).toHaveBeenCalledTimes(3)
  })
})
