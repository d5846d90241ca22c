import type { Access, Field, FieldAccess } from 'payload'
import type { Role } from '@cong/shared/roles'
import { requestRole } from './roles'

/**
 * Translators produce the English version and may never change the Vietnamese source: they
 * update only while the request's locale is `en`, and only localized fields (see
 * `localizedOnlyForTranslators`).
 */
export function orTranslatorInEnglish(roles: Role[]): Access {
  return ({ req }) => {
    const role = requestRole(req)
    if (role === 'translator') return req.locale === 'en'
    return role !== null && roles.includes(role)
  }
}

const notTranslator: FieldAccess = ({ req }) => requestRole(req) !== 'translator'

/**
 * Marks every non-localized data field (recursing into non-localized groups, arrays, rows,
 * collapsibles and tabs) as not updatable by translators; Payload then ignores such values in a
 * translator's write and shows the fields read-only in the admin.
 */
export function localizedOnlyForTranslators(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ('localized' in field && field.localized) return field
    switch (field.type) {
      case 'row':
      case 'collapsible':
        return { ...field, fields: localizedOnlyForTranslators(field.fields) }
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: localizedOnlyForTranslators(tab.fields) })),
        }
      case 'group':
      case 'array':
        return { ...field, fields: localizedOnlyForTranslators(field.fields) } as Field
      case 'ui':
        return field
      default:
        return { ...field, access: { ...field.access, update: combine(field.access?.update) } } as Field
    }
  })
}

function combine(existing: FieldAccess | undefined): FieldAccess {
  if (!existing) return notTranslator
  return async (args) => (await notTranslator(args)) && (await existing(args))
}
