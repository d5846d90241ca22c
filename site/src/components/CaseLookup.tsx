import { REJECTION_REASON_LABELS, parseLookupInput, type LookupErrorCode } from '@cong/shared/citizenCase'
import type { PublicCaseStatus, RejectionReason } from '@cong/shared/caseWorkflow'
import type { Locale } from '@cong/shared/snapshot'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { Strings } from '../i18n'
import { formatDateTime, formatDay } from '../lib/dates'
import { fill, postForm, retryMinutes } from '../lib/formClient'
import { FieldError, FieldHint } from './FieldNotes'

type Field = 'code' | 'contact'

export interface CaseLookupProps {
  /** `${cmsPublicUrl}/api/cases/lookup`. */
  endpoint: string
  locale: Locale
  strings: Strings['track']
}

/** The lookup endpoint's answer (DECISIONS in the case design: the shape is binding). */
interface CaseStatusReply {
  trackingCode: string
  status: PublicCaseStatus
  title: string
  receivedAt: string
  dueDate?: string
  answeredAt?: string
  answerHtml?: string
  rejectionReason?: RejectionReason
  rejectionLabel?: { vi?: string; en?: string }
  publicUrl?: string
}

type Notice = { kind: 'not-found' } | { kind: 'network' } | { kind: 'server'; status: number } | { kind: 'rate'; minutes: number | null }

const STATUSES: readonly PublicCaseStatus[] = ['received', 'processing', 'answered', 'rejected']
const isReply = (body: Record<string, unknown> | null): body is Record<string, unknown> & CaseStatusReply =>
  typeof body?.trackingCode === 'string' && STATUSES.includes(body.status as PublicCaseStatus)

/**
 * Tra cứu câu hỏi: the tracking code and the e-mail or phone sent with the case. The endpoint
 * answers "not found" alike for an unknown code and a wrong contact, and so does this page: it
 * never says which of the two was wrong. `?code=` (the receipt's link) fills the code in.
 */
export default function CaseLookup({ endpoint, locale, strings: t }: CaseLookupProps) {
  const id = useId()
  const fieldId = (field: Field) => `${id}-${field}`
  const [values, setValues] = useState<Record<Field, string>>({ code: '', contact: '' })
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [notice, setNotice] = useState<Notice | null>(null)
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<CaseStatusReply | null>(null)
  const noticeBox = useRef<HTMLDivElement>(null)
  const resultHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    const code = new URLSearchParams(window.location.search).get('code')
    if (code) {
      // Whatever was typed before the island started wins over the address.
      setValues((current) => ({ ...current, code: current.code || code }))
      document.getElementById(fieldId('contact'))?.focus()
    }
  }, [])
  useEffect(() => {
    if (notice) noticeBox.current?.focus()
  }, [notice])
  useEffect(() => {
    if (result) resultHeading.current?.focus()
  }, [result])

  const change = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (sending) return
    const parsed = parseLookupInput(values)
    if (!parsed.ok) {
      const byField = Object.fromEntries(parsed.errors.map((e) => [e.field, t.errors[e.code]]))
      setErrors(byField)
      setNotice(null)
      document.getElementById(fieldId(parsed.errors[0]!.field))?.focus()
      return
    }
    setErrors({})
    setNotice(null)
    setResult(null)
    setSending(true)
    try {
      const answer = await postForm(endpoint, JSON.stringify({ code: parsed.code, contact: parsed.contact }), true)
      if (!answer) setNotice({ kind: 'network' })
      else if (answer.status === 200 && isReply(answer.body)) setResult(answer.body)
      else if (answer.status === 404) setNotice({ kind: 'not-found' })
      else if (answer.status === 400 && Array.isArray(answer.body?.errors) && answer.body.errors.length > 0) {
        const list = answer.body.errors as { field: Field; code: LookupErrorCode }[]
        setErrors(Object.fromEntries(list.map((e) => [e.field, t.errors[e.code] ?? t.errors['code-invalid']])))
      } else if (answer.status === 429) setNotice({ kind: 'rate', minutes: retryMinutes(answer.retryAfter) })
      else setNotice({ kind: 'server', status: answer.status })
    } finally {
      setSending(false)
    }
  }

  const noticeText =
    notice === null
      ? ''
      : notice.kind === 'not-found'
        ? t.notFound
        : notice.kind === 'network'
          ? t.networkError
          : notice.kind === 'server'
            ? fill(t.serverError, { status: notice.status })
            : notice.minutes === null
              ? t.rateLimitedSoon
              : fill(t.rateLimited, { minutes: notice.minutes })

  const input = (field: Field, label: string, props: { hint?: string; autoComplete?: string; className?: string }) => (
    <div className={`field${errors[field] ? ' field--invalid' : ''}`}>
      <label htmlFor={fieldId(field)}>{label}</label>
      {props.hint && <FieldHint fieldId={fieldId(field)}>{props.hint}</FieldHint>}
      <input
        id={fieldId(field)}
        name={field}
        type="text"
        className={props.className}
        value={values[field]}
        autoComplete={props.autoComplete}
        spellCheck={false}
        aria-required
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={
          [props.hint ? `${fieldId(field)}-hint` : '', errors[field] ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ') ||
          undefined
        }
        onChange={(e) => change(field, e.target.value)}
      />
      <FieldError fieldId={fieldId(field)} message={errors[field]} />
    </div>
  )

  const rejection = result?.rejectionReason
    ? (result.rejectionLabel?.[locale] ?? REJECTION_REASON_LABELS[result.rejectionReason]?.[locale] ?? result.rejectionLabel?.vi)
    : undefined

  return (
    <div className="case-lookup">
      <form className="case-lookup__form" noValidate onSubmit={submit}>
        {input('code', t.code, { hint: t.codeHint, autoComplete: 'off', className: 'case-lookup__code' })}
        {input('contact', t.contact, { autoComplete: 'email' })}
        <button type="submit" className="button" disabled={sending} aria-disabled={sending || undefined}>
          {sending ? t.searching : t.submit}
        </button>
      </form>
      <div ref={noticeBox} tabIndex={-1} role="alert" className={noticeText ? 'notice notice--error' : undefined}>
        {noticeText}
      </div>
      {result && (
        <section className={`case-status case-status--${result.status}`} aria-labelledby={`${id}-result`}>
          <h2 id={`${id}-result`} className="block-title" tabIndex={-1} ref={resultHeading}>
            {t.resultTitle}: {result.trackingCode}
          </h2>
          <p className="case-status__badge">
            <span className="visually-hidden">{t.status}: </span>
            {t.statuses[result.status]}
          </p>
          <p className="case-status__explain">{t.explain[result.status]}</p>
          <dl className="receipt__facts">
            <dt>{t.questionTitle}</dt>
            <dd>{result.title}</dd>
            <dt>{t.received}</dt>
            <dd>{formatDateTime(result.receivedAt, locale)}</dd>
            {result.dueDate && (result.status === 'received' || result.status === 'processing') && (
              <>
                <dt>{t.due}</dt>
                <dd>
                  <time dateTime={result.dueDate}>{formatDay(result.dueDate, locale)}</time>
                </dd>
              </>
            )}
            {result.answeredAt && (
              <>
                <dt>{t.answered}</dt>
                <dd>{formatDateTime(result.answeredAt, locale)}</dd>
              </>
            )}
            {rejection && (
              <>
                <dt>{t.rejection}</dt>
                <dd>{rejection}</dd>
              </>
            )}
          </dl>
          {result.status === 'answered' && result.answerHtml && (
            <section className="case-status__answer" aria-labelledby={`${id}-answer`}>
              <h3 id={`${id}-answer`}>{t.answer}</h3>
              {/* The CMS's rich-text converter wrote this HTML from the approved answer; the site has
              no sanitiser of its own (DOMPurify is not a dependency), so it is shown as sent. */}
              <div className="prose" dangerouslySetInnerHTML={{ __html: result.answerHtml }} />
            </section>
          )}
          {result.publicUrl && (
            <p className="case-status__public">
              <a href={result.publicUrl}>{t.publicLink}</a>
            </p>
          )}
        </section>
      )}
    </div>
  )
}
