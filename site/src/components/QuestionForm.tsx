import {
  CASE_ATTACHMENTS,
  CASE_LIMITS,
  CASE_TYPES,
  CASE_TYPE_CODES,
  SENDER_KINDS,
  SENDER_KIND_CODES,
  parseCaseInput,
  type CaseFormField,
} from '@cong/shared/citizenCase'
import { LEGAL_FIELDS, LEGAL_FIELD_CODES } from '@cong/shared/legalVocabulary'
import type { Locale } from '@cong/shared/snapshot'
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import type { AskErrorCode, Strings } from '../i18n'
import { formatDateTime, formatDay } from '../lib/dates'
import { formatFileSize } from '../lib/files'
import { fill, postForm, retryMinutes, serverText, type ServerMessage } from '../lib/formClient'
import { FieldError, FieldHint, Honeypot } from './FieldNotes'
import ReceiptPanel from './ReceiptPanel'

type Field = CaseFormField | 'attachments'
/** Form order: the first refused field is the one focused. */
const FIELDS: Field[] = ['senderKind', 'type', 'name', 'email', 'phone', 'address', 'field', 'title', 'content', 'attachments', 'consent']
type TextField = Exclude<CaseFormField, 'consent'>
type Values = Record<TextField, string>
const EMPTY: Values = {
  senderKind: 'person',
  type: 'question',
  name: '',
  email: '',
  phone: '',
  address: '',
  field: '',
  title: '',
  content: '',
}

export interface QuestionFormProps {
  /** `${cmsPublicUrl}/api/cases/submit`. */
  endpoint: string
  /** The lookup page of this language; the receipt links to it with the code filled in. */
  trackPath: string
  /** Who processes the data, named in the consent line (the ministry). */
  agency: string
  locale: Locale
  strings: Strings['ask']
  /** Messages per refusal code, limits already filled in (`{name}` is left for the file). */
  errors: Record<AskErrorCode, string>
}

interface Receipt {
  trackingCode: string
  receivedAt: string
  dueDate?: string
}

type Notice =
  | { kind: 'invalid'; messages: string[] }
  | { kind: 'network' }
  | { kind: 'server'; status: number }
  | { kind: 'too-large' }
  | { kind: 'unsupported' }
  | { kind: 'rate'; minutes: number | null }
  | { kind: 'duplicate' }

const ALLOWED_TYPES: readonly string[] = CASE_ATTACHMENTS.mimeTypes
const EXTENSION_TYPES: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

/** Browsers leave `type` empty for some files: the extension then says what the reader meant. */
const typeOf = (file: File) => file.type || EXTENSION_TYPES[file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase()] || ''

/**
 * Gửi câu hỏi. Checks with the same `parseCaseInput` as the CMS endpoint before sending and the
 * attachments against the same limits, so a refusal reads the same either way. Nothing typed or
 * chosen is lost: refusals, connection failures and rate limits leave every field and file in
 * place, and the receipt shows the tracking code to write down.
 */
export default function QuestionForm({ endpoint, trackPath, agency, locale, strings: t, errors: messages }: QuestionFormProps) {
  const id = useId()
  const fieldId = (field: Field) => `${id}-${field}`
  const [values, setValues] = useState<Values>(EMPTY)
  const [consent, setConsent] = useState(false)
  const [homepage, setHomepage] = useState('')
  const [files, setFiles] = useState<File[]>([])
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [notice, setNotice] = useState<Notice | null>(null)
  const [sending, setSending] = useState(false)
  const [receipt, setReceipt] = useState<Receipt | null>(null)
  const [copied, setCopied] = useState(false)
  const noticeBox = useRef<HTMLDivElement>(null)
  const number = (n: number) => new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(n)
  const size = (bytes: number) => formatFileSize(bytes, locale)

  useEffect(() => {
    if (notice && notice.kind !== 'invalid') noticeBox.current?.focus()
  }, [notice])

  const input = () => ({ ...values, consent })
  // A file the server refused is not named in its answer: its own words then say more than ours.
  const messageOf = (error: { code: string; message?: ServerMessage }) => {
    const ours = messages[error.code as AskErrorCode]
    return ours && !ours.includes('{name}') ? ours : serverText(error.message, locale) || fill(ours ?? '', { name: '' })
  }

  const change = (field: TextField, value: string) => {
    const next = { ...values, [field]: value }
    setValues(next)
    // Once a field has been marked, say as soon as it is right; never scold while typing. E-mail
    // and phone answer for each other: either one clears "give a contact".
    const recheck = field === 'email' || field === 'phone' ? (['email', 'phone'] as const) : [field]
    if (recheck.some((f) => errors[f])) {
      const result = parseCaseInput({ ...next, consent })
      const refused = result.ok ? [] : result.errors
      setErrors((current) => {
        const updated = { ...current }
        for (const f of recheck) {
          if (!current[f]) continue
          const still = refused.find((e) => e.field === f)
          updated[f] = still ? messages[still.code] : undefined
        }
        return updated
      })
    }
  }

  const showErrors = (list: { field: string; code: string; message?: ServerMessage }[]) => {
    const byField: Partial<Record<Field, string>> = {}
    const general: string[] = []
    for (const error of list) {
      if ((FIELDS as string[]).includes(error.field)) byField[error.field as Field] ??= messageOf(error)
      else general.push(messageOf(error))
    }
    // A file refused when it was chosen stays said until the reader chooses again.
    if (!list.some((e) => e.field === 'attachments') && errors.attachments) byField.attachments = errors.attachments
    setErrors(byField)
    setNotice({ kind: 'invalid', messages: general })
    const first = FIELDS.find((field) => byField[field])
    // A radio group is reached through its first button.
    const target = first && (document.getElementById(fieldId(first)) ?? document.querySelector<HTMLInputElement>(`[name="${first}"]`))
    if (target) target.focus()
    else noticeBox.current?.focus()
  }

  const addFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])]
    // Emptied so that choosing the same file again (after removing it) is a change too.
    event.target.value = ''
    const kept = [...files]
    const refused: string[] = []
    for (const file of chosen) {
      if (!ALLOWED_TYPES.includes(typeOf(file))) refused.push(fill(messages['attachment-type'], { name: file.name }))
      else if (file.size > CASE_ATTACHMENTS.maxBytes) refused.push(fill(messages['attachment-too-large'], { name: file.name }))
      else if (kept.length >= CASE_ATTACHMENTS.maxFiles) refused.push(messages['too-many-attachments'])
      else if (!kept.some((k) => k.name === file.name && k.size === file.size)) kept.push(file)
    }
    setFiles(kept)
    setErrors((current) => ({ ...current, attachments: refused.length > 0 ? [...new Set(refused)].join(' ') : undefined }))
  }

  const removeFile = (index: number) => {
    setFiles((current) => current.filter((_, i) => i !== index))
    setErrors((current) => ({ ...current, attachments: undefined }))
    document.getElementById(fieldId('attachments'))?.focus()
  }

  const send = async () => {
    if (sending) return
    const parsed = parseCaseInput(input())
    if (!parsed.ok) {
      showErrors(parsed.errors)
      return
    }
    setErrors({})
    setNotice(null)
    setSending(true)
    try {
      // What the reader typed goes as typed: the endpoint normalises with the same schema.
      const body = new FormData()
      for (const [field, value] of Object.entries(values)) body.append(field, value)
      body.append('consent', 'on')
      body.append('homepage', homepage)
      for (const file of files) body.append('attachments', file, file.name)
      const answer = await postForm(endpoint, body, false)
      if (!answer) {
        setNotice({ kind: 'network' })
        return
      }
      const { status, body: reply } = answer
      if (status === 201 && typeof reply?.trackingCode === 'string') {
        setReceipt({
          trackingCode: reply.trackingCode,
          receivedAt: typeof reply.receivedAt === 'string' ? reply.receivedAt : new Date().toISOString(),
          dueDate: typeof reply.dueDate === 'string' ? reply.dueDate : undefined,
        })
      } else if (status === 400 && Array.isArray(reply?.errors) && reply.errors.length > 0) {
        showErrors(reply.errors as { field: string; code: string; message?: ServerMessage }[])
      } else if (status === 413) {
        setNotice({ kind: 'too-large' })
      } else if (status === 415) {
        setNotice({ kind: 'unsupported' })
      } else if (status === 429) {
        setNotice({ kind: 'rate', minutes: retryMinutes(answer.retryAfter) })
      } else if (status === 409) {
        // The same question from the same contact was received before: sending again cannot help.
        setNotice({ kind: 'duplicate' })
      } else {
        setNotice({ kind: 'server', status })
      }
    } finally {
      setSending(false)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void send()
  }

  const copy = async () => {
    if (!receipt) return
    try {
      await navigator.clipboard.writeText(receipt.trackingCode)
      setCopied(true)
    } catch {
      // Without clipboard access the code is selected, for the reader to copy themselves.
      const code = document.getElementById(`${id}-code`)
      if (code) window.getSelection()?.selectAllChildren(code)
    }
  }

  const another = () => {
    // The sender is the same person; only what they asked starts afresh.
    setValues((current) => ({ ...current, field: '', title: '', content: '' }))
    setFiles([])
    setConsent(false)
    setCopied(false)
    setReceipt(null)
  }

  if (receipt) {
    return (
      <ReceiptPanel
        id={id}
        className="case-receipt"
        title={t.receiptTitle}
        action={
          <a className="button" href={`${trackPath}?code=${encodeURIComponent(receipt.trackingCode)}`}>
            {t.receiptTrack}
          </a>
        }
        anotherLabel={t.receiptAnother}
        onAnother={another}
      >
        <p className="case-receipt__label">{t.receiptCode}</p>
        <p className="case-receipt__code">
          <span id={`${id}-code`} className="case-receipt__value">
            {receipt.trackingCode}
          </span>
          <button type="button" className="button button--ghost" onClick={copy}>
            {t.receiptCopy}
          </button>
        </p>
        <p role="status" className="case-receipt__copied">
          {copied ? t.receiptCopied : ''}
        </p>
        <p className="case-receipt__keep">{t.receiptKeep}</p>
        <dl className="receipt__facts">
          <dt>{t.receiptReceived}</dt>
          <dd>{formatDateTime(receipt.receivedAt, locale)}</dd>
          {receipt.dueDate && (
            <>
              <dt>{t.receiptDue}</dt>
              <dd>
                <time dateTime={receipt.dueDate}>{formatDay(receipt.dueDate, locale)}</time>
              </dd>
            </>
          )}
        </dl>
      </ReceiptPanel>
    )
  }

  const noticeText =
    notice === null
      ? ''
      : notice.kind === 'invalid'
        ? [t.fixErrors, ...notice.messages].join(' ')
        : notice.kind === 'network'
          ? t.networkError
          : notice.kind === 'server'
            ? fill(t.serverError, { status: notice.status })
            : notice.kind === 'too-large'
              ? t.tooLarge
              : notice.kind === 'unsupported'
                ? t.unsupported
                : notice.kind === 'duplicate'
                  ? t.duplicate
                  : notice.minutes === null
                  ? t.rateLimitedSoon
                  : fill(t.rateLimited, { minutes: notice.minutes })
  const describedBy = (field: Field, ...more: string[]) =>
    [...more, errors[field] ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ') || undefined
  const errorOf = (field: Field) => <FieldError fieldId={fieldId(field)} message={errors[field]} />
  const fieldClass = (field: Field) => `field${errors[field] ? ' field--invalid' : ''}`
  const required = <span aria-hidden="true"> *</span>

  const text = (
    field: 'name' | 'email' | 'phone' | 'address' | 'title',
    label: string,
    props: { type?: string; autoComplete?: string; inputMode?: 'email' | 'tel'; required?: boolean; describedBy?: string } = {},
  ) => (
    <div className={fieldClass(field)}>
      <label htmlFor={fieldId(field)}>
        {label}
        {props.required && required}
      </label>
      <input
        id={fieldId(field)}
        name={field}
        type={props.type ?? 'text'}
        value={values[field]}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-required={props.required || undefined}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(field, props.describedBy ?? '')}
        onChange={(e) => change(field, e.target.value)}
      />
      {errorOf(field)}
    </div>
  )

  const choice = (field: 'senderKind' | 'type', legend: string, options: { value: string; label: string }[]) => (
    <fieldset className={`${fieldClass(field)} field--choice`} aria-describedby={describedBy(field)}>
      <legend>
        {legend}
        {required}
      </legend>
      <div className="choice-row">
        {options.map((option, i) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              id={i === 0 ? fieldId(field) : undefined}
              name={field}
              value={option.value}
              checked={values[field] === option.value}
              onChange={() => change(field, option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {errorOf(field)}
    </fieldset>
  )

  const contentLength = values.content.length
  const canRetry = notice?.kind === 'network' || notice?.kind === 'server'

  return (
    <section className="question-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t.title}
      </h2>
      <div
        ref={noticeBox}
        tabIndex={-1}
        role="alert"
        className={noticeText ? 'notice notice--error question-form__notice' : undefined}
      >
        {noticeText}
        {canRetry && (
          <button type="button" className="button question-form__retry" onClick={() => void send()} disabled={sending}>
            {t.retry}
          </button>
        )}
      </div>
      <form className="question-form__form" noValidate onSubmit={submit}>
        <p className="question-form__required">{t.required}</p>
        {choice('senderKind', t.senderKind, SENDER_KIND_CODES.map((code) => ({ value: code, label: SENDER_KINDS[code][locale] })))}
        {choice('type', t.type, CASE_TYPE_CODES.map((code) => ({ value: code, label: CASE_TYPES[code][locale] })))}
        {text('name', t.name, { autoComplete: 'name', required: true })}
        <fieldset className="question-form__contact" aria-describedby={`${id}-contact-hint`}>
          <legend>
            {t.contactLegend}
            {required}
          </legend>
          <p id={`${id}-contact-hint`} className="field__hint">
            {t.contactHint}
          </p>
          <div className="question-form__grid">
            {text('email', t.email, { type: 'email', autoComplete: 'email', inputMode: 'email', describedBy: `${id}-contact-hint` })}
            {text('phone', t.phone, { type: 'tel', autoComplete: 'tel', inputMode: 'tel', describedBy: `${id}-contact-hint` })}
          </div>
        </fieldset>
        {text('address', t.address, { autoComplete: 'street-address' })}
        <div className={fieldClass('field')}>
          <label htmlFor={fieldId('field')}>
            {t.field}
            {required}
          </label>
          <select
            id={fieldId('field')}
            name="field"
            value={values.field}
            aria-required
            aria-invalid={errors.field ? true : undefined}
            aria-describedby={describedBy('field')}
            onChange={(e) => change('field', e.target.value)}
          >
            <option value="">{t.fieldChoose}</option>
            {LEGAL_FIELD_CODES.map((code) => (
              <option key={code} value={code}>
                {LEGAL_FIELDS[code][locale]}
              </option>
            ))}
          </select>
          {errorOf('field')}
        </div>
        {text('title', t.questionTitle, { required: true })}
        <div className={fieldClass('content')}>
          <label htmlFor={fieldId('content')}>
            {t.content}
            {required}
          </label>
          <textarea
            id={fieldId('content')}
            name="content"
            rows={10}
            value={values.content}
            aria-required
            aria-invalid={errors.content ? true : undefined}
            aria-describedby={describedBy('content', `${fieldId('content')}-count`)}
            onChange={(e) => change('content', e.target.value)}
          />
          <p
            id={`${fieldId('content')}-count`}
            className={`field__count${contentLength > CASE_LIMITS.contentMax ? ' field__count--over' : ''}`}
          >
            {fill(t.charCount, { count: number(contentLength), max: number(CASE_LIMITS.contentMax) })}
          </p>
          {errorOf('content')}
        </div>
        <div className={fieldClass('attachments')}>
          <label htmlFor={fieldId('attachments')}>{t.attachments}</label>
          <FieldHint fieldId={fieldId('attachments')}>
            {fill(t.attachmentsHint, { max: CASE_ATTACHMENTS.maxFiles, size: size(CASE_ATTACHMENTS.maxBytes) })}
          </FieldHint>
          <input
            id={fieldId('attachments')}
            name="attachments"
            type="file"
            multiple
            accept={CASE_ATTACHMENTS.accept}
            disabled={files.length >= CASE_ATTACHMENTS.maxFiles}
            aria-invalid={errors.attachments ? true : undefined}
            aria-describedby={describedBy('attachments', `${fieldId('attachments')}-hint`)}
            onChange={addFiles}
          />
          {errorOf('attachments')}
          {files.length > 0 && (
            <ul className="chosen-files" aria-label={t.attachmentsChosen}>
              {files.map((file, i) => (
                <li key={`${file.name}-${file.size}`}>
                  <span className="chosen-files__name">{file.name}</span>{' '}
                  <span className="chosen-files__size">({size(file.size)})</span>
                  <button
                    type="button"
                    className="chosen-files__remove"
                    aria-label={`${t.attachmentRemove}: ${file.name}`}
                    onClick={() => removeFile(i)}
                  >
                    {t.attachmentRemove}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <Honeypot id={`${id}-homepage`} label={t.honeypot} value={homepage} onChange={setHomepage} />
        <p className="question-form__privacy">{t.privacy}</p>
        <div className={`${fieldClass('consent')} field--consent`}>
          <label className="choice">
            <input
              id={fieldId('consent')}
              type="checkbox"
              name="consent"
              checked={consent}
              aria-required
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={describedBy('consent')}
              onChange={(e) => {
                setConsent(e.target.checked)
                if (e.target.checked) setErrors((current) => ({ ...current, consent: undefined }))
              }}
            />
            <span>{fill(t.consent, { agency })}</span>
          </label>
          {errorOf('consent')}
        </div>
        <button type="submit" className="button" disabled={sending} aria-disabled={sending || undefined}>
          {sending ? t.sending : t.submit}
        </button>
      </form>
    </section>
  )
}
