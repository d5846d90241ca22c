import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { XLIFF_PANEL_TEXT } from '../src/i18n/xliff'

/**
 * The queue's XLIFF panel as the admin first shows it, with Payload's hooks stood in (the admin
 * cannot run here). What it does with the server's answers is the endpoints' test.
 */
const admin = { language: 'vi' }

vi.mock('@payloadcms/ui', async () => {
  const { createElement: h } = await import('react')
  return {
    Banner: ({ children }: { children: unknown }) => h('div', { role: 'alert' }, children as never),
    Button: ({
      children,
      disabled,
      type,
    }: {
      children: unknown
      disabled?: boolean
      type?: 'submit' | 'button'
    }) => h('button', { disabled, type: type ?? 'button' }, children as never),
    Pill: ({ children }: { children: unknown }) => h('span', null, children as never),
    useConfig: () => ({ config: { serverURL: '', routes: { api: '/api', admin: '/admin' } } }),
    useTranslation: () => ({ i18n: { language: admin.language } }),
  }
})
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }))

const { XliffPanel } = await import('../src/components/Translations/XliffPanel')

const render = (selected: { collection: string; id: string }[]) =>
  renderToStaticMarkup(createElement(XliffPanel, { selected }))

describe('XLIFF panel', () => {
  it('offers the export of the selected items, counted, and a file picker for XLIFF', () => {
    admin.language = 'vi'
    const html = render([
      { collection: 'articles', id: '1' },
      { collection: 'pages', id: '4' },
    ])
    expect(html).toContain('Xuất XLIFF (2 mục)')
    expect(html).not.toMatch(/<button disabled="">Xuất XLIFF/)
    expect(html).toContain('accept=".xlf,.xliff,.xml,')
    expect(html).toContain('<label for="cong-xliff-file"')
    expect(html).toContain('Nhập tệp')
  })

  it('cannot export nothing, and speaks English in an English admin', () => {
    admin.language = 'en'
    const html = render([])
    expect(html).toMatch(/<button disabled="" type="button">Export XLIFF \(0 items\)<\/button>/)
    expect(html).toContain('Import XLIFF')
  })

  it('words the import summary in both languages', () => {
    expect(XLIFF_PANEL_TEXT.summary(3, 1)).toEqual({
      vi: '3 mục đã nhập, 1 mục bị từ chối',
      en: '3 items imported, 1 refused',
    })
    expect(XLIFF_PANEL_TEXT.summary(1, 0).en).toBe('1 item imported, 0 refused')
  })
})
