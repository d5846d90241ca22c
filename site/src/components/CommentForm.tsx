import { daysLeft, periodState, type CommentPeriod, type PeriodState } from '@cong/shared/commentPeriod'
import { COMMENT_LIMITS, parseCommentInput, type CommentErrorCode, type CommentFieldError } from '@cong/shared/draftComment'
import type { Locale } from '@cong/shared/snapshot'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { Strings } from '../i18n'
import { formatDateTime } from '../lib/dates'
import { fill, postForm, retryMinutes } from '../lib/formClient'
import { FieldError, FieldHint, Honeypot } from './FieldNotes'
import ReceiptPanel from './ReceiptPanel'

type Field = CommentFieldError['field']
const FIELDS: Field[] = ['name', 'email', 'phone', 'organisation', 'clause', 'text']
type Values = Record<Field, string>
const EMPTY: Values = { name: '', email: '', phone: '', organisation: '', clause: '', text: '' }

export type CommentFormStrings = Pick<
  Strings,
  | 'formTitle'
  | 'formIntro'
  | 'fieldName'
  | 'fieldEmail'
  | 'fieldPhone'
  | 'fieldOrganisation'
  | 'fieldClause'
  | 'fieldClauseHint'
  | 'fieldText'
  | 'fieldHoneypot'
  | 'charCount'
  | 'consent'
  | 'formSubmit'
  | 'formSending'
  | 'formFixErrors'
  | 'formNetworkError'
  | 'formServerError'
  | 'formRateLimited'
  | 'formRateLimitedSoon'
  | 'formDuplicate'
  | 'receiptTitle'
  | 'receiptReference'
  | 'receiptTime'
  | 'receiptDraft'
  | 'receiptClause'
  | 'receiptText'
  | 'receiptNext'
  | 'receiptKeep'
  | 'receiptPrint'
  | 'receiptAnother'
  | 'commentClosed'
  | 'commentNotYetOpen'
  | 'commentDaysLeft'
  | 'commentLastDay'
> & {
  /** Messages per error code, limits already filled in. */
  commentErrors: Record<CommentErrorCode, string>
}

export interface CommentFormProps {
  /** `${cmsPublicUrl}/api/drafts/${id}/comments` (docs/legal-documents.md, "Public endpoint"). */
  endpoint: string
  period: CommentPeriod
  /** The period's state when the page was built; the form checks it again on the reader's clock. */
  builtState: PeriodState
  builtDaysLeft: number
  /** The period's days as the page writes them ("23/12/2026"). */
  opensLabel: string
  closesLabel: string
  draftTitle: string
  locale: Locale
  strings: CommentFormStrings
}

interface Receipt {
  reference: string
  submittedAt: string
  clause?: string
  text: string
}

type Notice =
  | { kind: 'invalid' }
  | { kind: 'network' }
  | { kind: 'server'; status: number }
  | { kind: 'rate'; minutes: number | null }
  | { kind: 'duplicate' }
  | { kind: 'messages'; messages: string[] }

/**
 * Góp ý dự thảo. Checks with the same `parseCommentInput` as the CMS endpoint before sending, so
 * the reader sees the same refusal either way, and keeps every typed character through refusals,
 * connection failures and rate limits. The period is checked again against the reader's clock:
 * the page may have been built while the consultation was open and read after it closed.
 */
export default function CommentForm({
  endpoint,
  period,
  builtState,
  builtDaysLeft,
  opensLabel,
  closesLabel,
  draftTitle,
  locale,
  strings: t,
}: CommentFormProps) {
  const id = useId()
  const fieldId = (field: Field) => `${id}-${field}`
  const [state, setState] = useState<PeriodState>(builtState)
  const [left, setLeft] = useState(builtDaysLeft)
  const [values, setValues] = useState<Values>(EMPTY)
  const [homepage, setHomepage] = useState('')
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [notice, setNotice] = useState<Notice | null>(null)
  const [sending, setSending] = useState(false)
  const [receipt, setReceipt] = useState<Receipt | null>(null)
  const noticeBox = useRef<HTMLDivElement>(null)
  const number = (n: number) => new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(n)

  useEffect(() => {
    const now = new Date()
    setState(periodState(period, now))
    setLeft(daysLeft(period, now))
  }, [period])

  const messageOf = (error: { code: string; message?: { vi?: string; en?: string } }) =>
    t.commentErrors[error.code as CommentErrorCode] ?? error.message?.[locale] ?? error.message?.vi ?? ''

  const change = (field: Field, value: string) => {
    const next = { ...values, [field]: value }
    setValues(next)
    // Once a field has been marked, say as soon as it is right; never scold while typing.
    if (errors[field]) {
      const result = parseCommentInput(next)
      const still = result.ok ? undefined : result.errors.find((e) => e.field === field)
      setErrors((current) => ({ ...current, [field]: still ? t.commentErrors[still.code] : undefined }))
    }
  }

  const showErrors = (list: { field: string; code: string; message?: { vi?: string; en?: string } }[]) => {
    const byField: Partial<Record<Field, string>> = {}
    const general: string[] = []
    for (const error of list) {
      if ((FIELDS as string[]).includes(error.field)) byField[error.field as Field] ??= messageOf(error)
      else general.push(messageOf(error))
    }
    setErrors(byField)
    setNotice(general.length > 0 ? { kind: 'messages', messages: general } : { kind: 'invalid' })
    const first = FIELDS.find((field) => byField[field])
    if (first) document.getElementById(fieldId(first))?.focus()
    else noticeBox.current?.focus()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (sending) return
    const live = periodState(period, new Date())
    if (live !== 'open') {
      setState(live)
      return
    }
    const parsed = parseCommentInput(values)
    if (!parsed.ok) {
      showErrors(parsed.errors)
      return
    }
    setErrors({})
    setNotice(null)
    setSending(true)
    try {
      const response = await postForm(endpoint, JSON.stringify({ ...parsed.value, homepage }), true)
      if (!response) {
        setNotice({ kind: 'network' })
        return
      }
      const body = response.body
      if (response.status === 201 && typeof body?.reference === 'string') {
        setReceipt({
          reference: body.reference,
          submittedAt: typeof body.submittedAt === 'string' ? body.submittedAt : new Date().toISOString(),
          clause: parsed.value.clause,
          text: parsed.value.text,
        })
      } else if (response.status === 400 && Array.isArray(body?.errors)) {
        showErrors(body.errors as { field: string; code: string }[])
      } else if (response.status === 403) {
        setState(body?.code === 'period-not-open' ? 'not-yet-open' : 'closed')
      } else if (response.status === 429) {
        setNotice({ kind: 'rate', minutes: retryMinutes(response.retryAfter) })
      } else if (response.status === 409) {
        setNotice({ kind: 'duplicate' })
      } else {
        setNotice({ kind: 'server', status: response.status })
      }
    } finally {
      setSending(false)
    }
  }

  useEffect(() => {
    if (notice && notice.kind !== 'invalid') noticeBox.current?.focus()
  }, [notice])

  const another = () => {
    // The commenter is the same person; only what they said about which clause starts afresh.
    setValues((current) => ({ ...current, clause: '', text: '' }))
    setReceipt(null)
  }

  if (receipt) {
    return (
      <ReceiptPanel
        id={id}
        title={t.receiptTitle}
        action={
          <button type="button" className="button" onClick={() => window.print()}>
            {t.receiptPrint}
          </button>
        }
        anotherLabel={t.receiptAnother}
        onAnother={another}
      >
        <dl className="receipt__facts">
          <dt>{t.receiptReference}</dt>
          <dd className="receipt__reference">{receipt.reference}</dd>
          <dt>{t.receiptTime}</dt>
          <dd>{formatDateTime(receipt.submittedAt, locale)}</dd>
          <dt>{t.receiptDraft}</dt>
          <dd>{draftTitle}</dd>
          {receipt.clause && (
            <>
              <dt>{t.receiptClause}</dt>
              <dd>{receipt.clause}</dd>
            </>
          )}
          <dt>{t.receiptText}</dt>
          <dd className="receipt__text">{receipt.text}</dd>
        </dl>
        <p>{t.receiptNext}</p>
        <p className="receipt__keep">{t.receiptKeep}</p>
      </ReceiptPanel>
    )
  }

  const typed = FIELDS.some((field) => values[field].trim() !== '')
  if (state === 'not-yet-open') {
    return <p className="notice notice--period">{fill(t.commentNotYetOpen, { from: opensLabel, to: closesLabel })}</p>
  }
  // Closed with nothing typed: the message is all there is. Closed while writing (the answer to a
  // submission, or the deadline passed meanwhile): the text stays on screen to be copied.
  if (state === 'closed' && !typed) {
    return (
      <p className="notice notice--period" role="status">
        {fill(t.commentClosed, { date: closesLabel })}
      </p>
    )
  }

  const closed = state === 'closed'
  const noticeText =
    notice === null
      ? closed
        ? fill(t.commentClosed, { date: closesLabel })
        : ''
      : notice.kind === 'invalid'
        ? t.formFixErrors
        : notice.kind === 'network'
          ? t.formNetworkError
          : notice.kind === 'server'
            ? fill(t.formServerError, { status: notice.status })
            : notice.kind === 'rate'
              ? notice.minutes === null
                ? t.formRateLimitedSoon
                : fill(t.formRateLimited, { minutes: notice.minutes })
              : notice.kind === 'duplicate'
                ? t.formDuplicate
                : [t.formFixErrors, ...notice.messages].join(' ')
  const describedBy = (field: Field, ...more: string[]) =>
    [...more, errors[field] ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ') || undefined

  const input = (field: Exclude<Field, 'text'>, label: string, props: { type?: string; autoComplete?: string; inputMode?: 'email' | 'tel'; required?: boolean; hint?: string }) => (
    <div className={`field${errors[field] ? ' field--invalid' : ''}`}>
      <label htmlFor={fieldId(field)}>
        {label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      {props.hint && <FieldHint fieldId={fieldId(field)}>{props.hint}</FieldHint>}
      <input
        id={fieldId(field)}
        name={field}
        type={props.type ?? 'text'}
        value={values[field]}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        readOnly={closed}
        aria-required={props.required || undefined}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(field, props.hint ? `${fieldId(field)}-hint` : '')}
        onChange={(e) => change(field, e.target.value)}
      />
      <FieldError fieldId={fieldId(field)} message={errors[field]} />
    </div>
  )

  return (
    <section className="comment-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="block-title">
        {t.formTitle}
      </h2>
      {!closed && (
        <p className="comment-form__left">
          {left === 1 ? t.commentLastDay : fill(t.commentDaysLeft, { n: left, date: closesLabel })}
        </p>
      )}
      <div
        ref={noticeBox}
        tabIndex={-1}
        role="alert"
        className={noticeText ? `notice notice--${closed ? 'period' : 'error'}` : undefined}
      >
        {noticeText}
      </div>
      <form className="comment-form__form" noValidate onSubmit={submit}>
        <p className="comment-form__intro">{t.formIntro}</p>
        <div className="comment-form__grid">
          {input('name', t.fieldName, { autoComplete: 'name', required: true })}
          {input('organisation', t.fieldOrganisation, { autoComplete: 'organization' })}
          {input('email', t.fieldEmail, { type: 'email', autoComplete: 'email', inputMode: 'email' })}
          {input('phone', t.fieldPhone, { type: 'tel', autoComplete: 'tel', inputMode: 'tel' })}
        </div>
        {input('clause', t.fieldClause, { hint: t.fieldClauseHint })}
        <div className={`field${errors.text ? ' field--invalid' : ''}`}>
          <label htmlFor={fieldId('text')}>
            {t.fieldText}
            <span aria-hidden="true"> *</span>
          </label>
          <textarea
            id={fieldId('text')}
            name="text"
            rows={9}
            value={values.text}
            readOnly={closed}
            aria-required
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={describedBy('text', `${fieldId('text')}-count`)}
            onChange={(e) => change('text', e.target.value)}
          />
          <p
            id={`${fieldId('text')}-count`}
            className={`field__count${values.text.length > COMMENT_LIMITS.textMax ? ' field__count--over' : ''}`}
          >
            {fill(t.charCount, { count: number(values.text.length), max: number(COMMENT_LIMITS.textMax) })}
          </p>
          <FieldError fieldId={fieldId('text')} message={errors.text} />
        </div>
        <Honeypot id={`${id}-homepage`} label={t.fieldHoneypot} value={homepage} onChange={setHomepage} />
        <p className="comment-form__consent">{t.consent}</p>
        {!closed && (
          <button type="submit" className="button" disabled={sending} aria-disabled={sending || undefined}>
            {sending ? t.formSending : t.formSubmit}
          </button>
        )}
      </form>
    </section>
  )
}
