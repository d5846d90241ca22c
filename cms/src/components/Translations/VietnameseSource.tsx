'use client'
import type { UIFieldClientProps } from 'payload'
import { useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import type { VietnameseSourceProps } from '../../collections/fields/translation'
import { TRANSLATION_PANEL_STRINGS } from '../../i18n/translationsAdmin'
import { adminLanguage, sourceKey } from './panelModel'
import { useTranslatedItem, useTranslationStatus } from './useTranslationStatus'

/**
 * The Vietnamese of one translated field, read-only, beside its English (see `sideBySide`). In
 * Vietnamese it renders nothing, so the field fills its row; a new row of an array, not yet saved,
 * has no source and says so.
 */
export function VietnameseSource({ path, field, sourceField, always }: UIFieldClientProps & VietnameseSourceProps) {
  const locale = useLocale()
  const { i18n } = useTranslation()
  const t = TRANSLATION_PANEL_STRINGS[adminLanguage(i18n.language)]
  const english = always || locale?.code === 'en'
  // The row ids of the path's arrays, as one string so typing elsewhere does not re-render this box.
  const rowIds = useFormFields(([f]) => {
    const parts = path.split('.')
    const ids: string[] = []
    parts.forEach((part, i) => {
      if (/^\d+$/.test(part)) ids.push(`${parts.slice(0, i + 1).join('.')}=${String(f[`${parts.slice(0, i + 1).join('.')}.id`]?.value ?? '')}`)
    })
    return ids.join('|')
  })
  const { collection, id, stamp } = useTranslatedItem()
  const { result } = useTranslationStatus(english ? collection : null, english ? id : null, stamp)
  if (!english || !collection || !id) return null

  const key =
    sourceField ??
    sourceKey(path, field, (rowPath) => {
      const entry = rowIds.split('|').find((e) => e.startsWith(`${rowPath}=`))
      const value = entry?.slice(rowPath.length + 1)
      return value ? value : null
    })
  const text = result?.ok && key ? result.status.source[key] : undefined
  const message = !result ? t.loading : !result.ok ? t.sourceUnavailable : !text?.trim() ? t.sourceEmpty : null

  return (
    <div className="field-type cong-vi-source" style={{ flex: '1 1 0', minWidth: 0 }}>
      <div className="field-label" id={`${path}-label`}>
        {t.sourceLabel}
      </div>
      <div
        lang="vi"
        aria-labelledby={`${path}-label`}
        aria-readonly="true"
        tabIndex={0}
        style={{
          whiteSpace: 'pre-wrap',
          padding: '0.5rem 0.75rem',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 'var(--style-radius-s, 3px)',
          background: 'var(--theme-elevation-50)',
          maxHeight: '24rem',
          overflow: 'auto',
          minHeight: '2.5rem',
        }}
      >
        {message ? <em style={{ color: 'var(--theme-elevation-500)' }}>{message}</em> : text}
      </div>
    </div>
  )
}
