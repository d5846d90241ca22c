'use client'

import { useRef, useState } from 'react'
import type { CSSProperties, FormEvent } from 'react'
import { useRouter } from 'next/navigation'
import { Banner, Button, Pill, useConfig, useTranslation } from '@payloadcms/ui'
import { TRANSLATABLE_LABELS, isTranslatableCollection } from '@cong/shared/translation'
import { XLIFF_FILE_MESSAGES, XLIFF_PANEL_TEXT as T } from '../../i18n/xliff'

/**
 * Export of the selected queue items as one XLIFF file, and import of a translated file with a
 * result per item. Talks only to `/api/translations/xliff/*`, which check the role; the queue
 * around it is reloaded after an import (applied items have moved to review).
 */

interface ImportResult {
  collection: string
  id: string
  title: string
  status: 'applied' | 'refused'
  reason?: string
  reasonEn?: string
}

type Refusal = { message?: string; messageEn?: string }

const cell: CSSProperties = {
  padding: '0.35rem 0.6rem',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'left',
  verticalAlign: 'top',
}

/** The file name the server gave, or a dated default. */
function fileNameOf(res: Response): string {
  const header = res.headers.get('content-disposition') ?? ''
  return /filename="([^"]+)"/.exec(header)?.[1] ?? 'cong-ban-dich.xlf'
}

export function XliffPanel({ selected }: { selected: { collection: string; id: string }[] }) {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const router = useRouter()
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const say = (label: { vi: string; en: string }) => label[lang]
  const refusal = (body: Refusal, status: number) =>
    (lang === 'en' ? body.messageEn : body.message) ?? body.message ?? `HTTP ${status}`
  const api = `${config.serverURL}${config.routes.api}/translations/xliff`

  const [exporting, setExporting] = useState(false)
  const [importing, setImporting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [results, setResults] = useState<ImportResult[] | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  const exportFile = async () => {
    setExporting(true)
    setError(null)
    try {
      const res = await fetch(`${api}/export`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ items: selected }),
      })
      if (!res.ok) {
        setError(refusal((await res.json().catch(() => ({}))) as Refusal, res.status))
        return
      }
      const url = URL.createObjectURL(await res.blob())
      const link = document.createElement('a')
      link.href = url
      link.download = fileNameOf(res)
      document.body.append(link)
      link.click()
      link.remove()
      URL.revokeObjectURL(url)
    } catch {
      setError(say(T.networkError))
    } finally {
      setExporting(false)
    }
  }

  const importFile = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const file = fileInput.current?.files?.[0]
    setError(null)
    setResults(null)
    if (!file) {
      setError(
        lang === 'en' ? XLIFF_FILE_MESSAGES.missingFile.reasonEn : XLIFF_FILE_MESSAGES.missingFile.reason,
      )
      return
    }
    setImporting(true)
    try {
      const form = new FormData()
      form.append('file', file)
      const res = await fetch(`${api}/import`, { method: 'POST', credentials: 'include', body: form })
      const body = (await res.json().catch(() => ({}))) as Refusal & { results?: ImportResult[] }
      if (!res.ok || !body.results) {
        setError(refusal(body, res.status))
        return
      }
      setResults(body.results)
      if (fileInput.current) fileInput.current.value = ''
      if (body.results.some((r) => r.status === 'applied')) router.refresh()
    } catch {
      setError(say(T.networkError))
    } finally {
      setImporting(false)
    }
  }

  const applied = results?.filter((r) => r.status === 'applied').length ?? 0
  const refused = (results?.length ?? 0) - applied
  const kind = (collection: string) =>
    isTranslatableCollection(collection) ? TRANSLATABLE_LABELS[collection][lang] : collection

  return (
    <section className="cong-xliff-panel" style={{ marginBlock: 'var(--base)' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'var(--base)' }}>
        <Button
          buttonStyle="primary"
          disabled={selected.length === 0 || exporting}
          onClick={() => void exportFile()}
        >
          {exporting ? say(T.exporting) : say(T.exportButton(selected.length))}
        </Button>
        <span style={{ color: 'var(--theme-elevation-600)' }}>{say(T.exportHint)}</span>
      </div>

      <form onSubmit={(e) => void importFile(e)} style={{ marginTop: 'var(--base)' }}>
        <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{say(T.importTitle)}</h3>
        <label htmlFor="cong-xliff-file" style={{ display: 'block', marginBottom: 'calc(var(--base) / 4)' }}>
          {say(T.fileLabel)}
        </label>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'var(--base)' }}>
          <input
            id="cong-xliff-file"
            ref={fileInput}
            type="file"
            name="file"
            accept=".xlf,.xliff,.xml,application/xliff+xml,application/x-xliff+xml,application/xml,text/xml"
          />
          <Button buttonStyle="secondary" type="submit" disabled={importing}>
            {importing ? say(T.importing) : say(T.importButton)}
          </Button>
        </div>
      </form>

      <div aria-live="polite">
        {error && <Banner type="error">{error}</Banner>}
        {results && (
          <>
            <p style={{ marginTop: 'var(--base)' }}>
              <strong>{say(T.summary(applied, refused))}</strong>
            </p>
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <caption style={{ textAlign: 'left', position: 'absolute', left: '-10000px' }}>
                {say(T.caption)}
              </caption>
              <thead>
                <tr>
                  <th scope="col" style={cell}>
                    {say(T.item)}
                  </th>
                  <th scope="col" style={cell}>
                    {say(T.result)}
                  </th>
                  <th scope="col" style={cell}>
                    {say(T.reason)}
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.map((r) => (
                  <tr key={`${r.collection}:${r.id}`}>
                    <td style={cell}>
                      {r.title || `${r.collection}:${r.id}`}
                      <br />
                      <small>
                        {kind(r.collection)} · {r.id}
                      </small>
                    </td>
                    <td style={cell}>
                      <Pill pillStyle={r.status === 'applied' ? 'success' : 'error'}>
                        {r.status === 'applied' ? say(T.applied) : say(T.refused)}
                      </Pill>
                    </td>
                    <td style={cell}>{(lang === 'en' ? r.reasonEn : r.reason) ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </section>
  )
}
