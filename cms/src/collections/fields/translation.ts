import type { Field, RowField, UIField } from 'payload'
import type { CSSProperties } from 'react'
import type { Role } from '@cong/shared/roles'
import { roleOf } from '../../access/roles'

/** Roles that may read translation records (the status endpoint answers them, others get 403). */
export const TRANSLATION_PANEL_ROLES: readonly Role[] = ['translator', 'editor', 'board', 'admin']

const canSeeTranslation = (user: unknown): boolean => {
  const role = roleOf(user as Parameters<typeof roleOf>[0])
  return role !== null && TRANSLATION_PANEL_ROLES.includes(role)
}

/**
 * The sidebar panel «Bản tiếng Anh» of a translatable item: its translation state, who translated
 * and reviewed it, the moves the signed-in user may make and, when the Vietnamese changed since
 * the English was made, what changed. A UI field: it stores nothing on the item. A document not
 * yet saved has no translation record, so the panel waits for the first save.
 */
export function translationPanelField(): UIField {
  return {
    name: 'translationPanel',
    type: 'ui',
    label: { vi: 'Bản tiếng Anh', en: 'English version' },
    admin: {
      position: 'sidebar',
      components: { Field: '/components/Translations/TranslationPanel#TranslationPanel' },
      condition: (data, _sibling, { user }) => Boolean(data?.id) && canSeeTranslation(user),
    },
  }
}

export interface SideBySideOptions {
  /**
   * The key of the Vietnamese text in the status endpoint's `source` when it is not the field's
   * own path (Q&A: the record's `question.title` translates the case's `publicTitle`).
   */
  sourceField?: string
  /**
   * Show the Vietnamese whatever the admin locale: for a field that is English by nature (the
   * translation record's `question` group is not localized).
   */
  always?: boolean
}

/** Props the VietnameseSource component receives from the config (see clientProps). */
export interface VietnameseSourceProps {
  field: string
  sourceField?: string
  always?: boolean
}

/**
 * Puts the Vietnamese source, read-only, beside a translated field while the admin edits English.
 * The row is presentational (Payload stores a row's fields as if the row were not there), so the
 * data shape, the field's access, hooks and validation are those of the field itself; in
 * Vietnamese the source box renders nothing and the field takes the whole row. A width the field
 * had moves to the row, so a field that shared a row with another keeps its place.
 */
export function sideBySide(field: Field, options: SideBySideOptions = {}): RowField {
  if (!('name' in field) || field.type === 'ui') throw new Error('sideBySide wraps a data field with a name')
  const { width, style, ...admin } = field.admin ?? {}
  const clientProps: VietnameseSourceProps = { field: field.name, ...options }
  const source: UIField = {
    name: `${field.name}ViSource`,
    type: 'ui',
    admin: {
      components: { Field: { path: '/components/Translations/VietnameseSource#VietnameseSource', clientProps } },
      condition: (_data, _sibling, { user }) => canSeeTranslation(user),
    },
  }
  // Both halves grow from zero, so they share the row evenly and the field alone fills it.
  const inner = { ...field, admin: { ...admin, style: { ...style, flex: '1 1 0', minWidth: 0 } } } as Field
  // Payload's row reads only `admin.style`: inside another row, the wrapper takes the field's
  // width (or grows like a field without one); at the top level these styles do nothing.
  const rowStyle: Record<string, unknown> = width ? { '--field-width': width } : { flex: '1 1 auto', minWidth: 0 }
  return { type: 'row', fields: [source, inner], admin: { style: rowStyle as CSSProperties } }
}
