'use client'

import { useEffect, useMemo, useState } from 'react'
import { useForm, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { applySuggestion, checkContent, type CheckFinding, type ToneStyle } from '@cong/shared/checker'
import { findingContext } from '../../richText/findingContext'
import { richTextToPlainText } from '../../richText/plainText'
import { CONTENT_CHECK_STRINGS } from './strings'

/** Typing pauses shorter than this do not re-run the checker. */
const DEBOUNCE_MS = 300
/** Fields whose text can be fixed in place; the body is rich text and is fixed in its editor. */
const FIXABLE = new Set(['title', 'sapo'])

const COLORS = { error: 'var(--theme-error-500)', warning: 'var(--theme-warning-500)' }

/**
 * The content checker beside the article as it is written: every finding with its exact span in
 * context, what is wrong and the fix, one click to apply it to the title or sapo. The same checks
 * run again as a gate when the article is submitted.
 */
export function ContentCheckField() {
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? CONTENT_CHECK_STRINGS.en : CONTENT_CHECK_STRINGS.vi
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const title = useFormFields(([fields]) => fields.title?.value) as string | undefined
  const sapo = useFormFields(([fields]) => fields.sapo?.value) as string | undefined
  const body = useFormFields(([fields]) => fields.body?.value)
  const { dispatchFields } = useForm()
  const [toneStyle, setToneStyle] = useState<ToneStyle>('old')
  const [texts, setTexts] = useState({ title: '', sapo: '', body: '' })

  useEffect(() => {
    // The site's house style for tone marks; the default stays if the settings cannot be read.
    fetch('/api/globals/site-settings?depth=0', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((settings: { toneStyle?: ToneStyle } | null) => settings?.toneStyle && setToneStyle(settings.toneStyle))
      .catch(() => undefined)
  }, [])

  useEffect(() => {
    const timer = setTimeout(
      () => setTexts({ title: title ?? '', sapo: sapo ?? '', body: richTextToPlainText(body) }),
      DEBOUNCE_MS,
    )
    return () => clearTimeout(timer)
  }, [title, sapo, body])

  const findings = useMemo(() => checkContent(texts, { toneStyle }), [texts, toneStyle])
  const errors = findings.filter((f) => f.severity === 'error').length
  const locale = useLocale()
  // The rules are Vietnamese orthography; English text would be all "invalid syllables".
  if (locale?.code === 'en') return null

  const apply = (f: CheckFinding) => {
    const current = f.field === 'title' ? (title ?? '') : (sapo ?? '')
    dispatchFields({ type: 'UPDATE', path: f.field, value: applySuggestion(current, f) })
  }

  return (
    <section
      aria-labelledby="content-check-title"
      data-testid="content-check"
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem', margin: '1rem 0' }}
    >
      <h3 id="content-check-title" style={{ margin: 0 }}>
        {t.title}
        {findings.length > 0 && <span style={{ fontWeight: 400, marginLeft: '0.5rem' }}>({t.counts(errors, findings.length - errors)})</span>}
      </h3>
      <p style={{ margin: '0.25rem 0 0.5rem', color: 'var(--theme-elevation-600)' }}>{t.intro}</p>
      {findings.length === 0 ? (
        <p role="status">{t.clean}</p>
      ) : (
        <ol style={{ margin: 0, paddingLeft: '1.25rem' }} role="status">
          {findings.map((f) => {
            const context = findingContext(texts[f.field as keyof typeof texts] ?? '', f)
            return (
              <li key={`${f.field}:${f.start}:${f.rule}`} data-rule={f.rule} data-severity={f.severity} style={{ marginBottom: '0.5rem' }}>
                <strong style={{ color: COLORS[f.severity] }}>{f.severity === 'error' ? t.error : t.warning}</strong>
                {' · '}
                {t.fields[f.field] ?? f.field}: {f.message[lang]}
                {f.field !== 'images' && (
                  <div style={{ fontFamily: 'var(--font-mono, monospace)', fontSize: '0.85em' }}>
                    {context.before}
                    <mark style={{ background: f.severity === 'error' ? '#fde2e1' : '#fff3cd' }}>{context.excerpt || '∅'}</mark>
                    {context.after}
                  </div>
                )}
                {f.suggestion !== undefined && (
                  <div>
                    {t.suggestion}: «{f.suggestion}»{' '}
                    {FIXABLE.has(f.field) ? (
                      <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={() => apply(f)}>
                        {t.apply}
                      </button>
                    ) : (
                      <em style={{ color: 'var(--theme-elevation-600)' }}>{t.applyHint}</em>
                    )}
                  </div>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
