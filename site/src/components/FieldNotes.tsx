import type { ReactNode } from 'react'

/*
 * The notes under a form field. Their ids (`<field id>-hint`, `<field id>-error`) are what the
 * field's aria-describedby names, so every form must write them the same way.
 */

export function FieldHint({ fieldId, children }: { fieldId: string; children: ReactNode }) {
  return (
    <p id={`${fieldId}-hint`} className="field__hint">
      {children}
    </p>
  )
}

export function FieldError({ fieldId, message }: { fieldId: string; message: string | undefined }) {
  return message ? (
    <p id={`${fieldId}-error`} className="field__error">
      {message}
    </p>
  ) : null
}

/** Bots fill every field; people never see this one. The CMS keeps nothing sent with it filled in. */
export function Honeypot({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor={id}>{label}</label>
      <input id={id} name="homepage" type="text" tabIndex={-1} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  )
}
