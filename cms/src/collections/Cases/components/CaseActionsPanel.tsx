'use client'
import { useMemo, useState } from 'react'
import { Button, useAuth, useConfig, useDocumentInfo, useForm, useFormFields, useFormProcessing, useTranslation } from '@payloadcms/ui'
import {
  ANSWER_VISIBILITIES,
  REJECTION_REASONS,
  checkCaseTransition,
  isCaseState,
  nextCaseStates,
  type AnswerVisibility,
  type CaseState,
  type RejectionReason,
} from '@cong/shared/caseWorkflow'
import { CASE_STATE_LABELS, REJECTION_REASON_LABELS, normalizeTrackingCode } from '@cong/shared/citizenCase'
import { isRole } from '@cong/shared/roles'
import type { IsoDate } from '@cong/shared/vnDate'
import { idOf } from '../../../access/roles'
import { caseDeadlineStatus } from '@cong/shared/workingDays'
import { caseTransitionMessage } from '../../../cases/strings'
import { hasText, promptFor } from './moves'
import { STANDING_COLOR, adminLanguage, caseActionStrings, deadlineText, moveLabel } from './strings'

type UnitOption = { id: number | string; name: string }

const block = { display: 'block', width: '100%', marginTop: '0.25rem' } as const

/**
 * The case's state, its deadline in working days and one button per move the signed-in role may
 * make (`nextCaseStates`). A move that needs something (a unit, a reason, a rejection reason, the
 * answer's visibility) asks for it inline; then the whole form is saved with the move, so an answer
 * typed but not yet saved goes with it. The server checks the move again and its refusal appears
 * as the admin's error message.
 */
export function CaseActionsPanel({
  holidays,
  workdays,
  dueSoonWorkingDays,
  units,
}: {
  holidays: IsoDate[]
  workdays: IsoDate[]
  dueSoonWorkingDays: number
  units: UnitOption[]
}) {
  const { user } = useAuth<{ role?: unknown; active?: boolean | null }>()
  const { id, savedDocumentData } = useDocumentInfo()
  const { submit } = useForm()
  const processing = useFormProcessing()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const fields = useFormFields(([f]) => ({
    state: f.state?.value,
    unit: f.unit?.value,
    dueAt: f.dueAt?.value,
    answeredAt: f.answeredAt?.value,
    answer: f.answer?.value,
    visibility: f.visibility?.value,
    publicQuestion: f.publicQuestion?.value,
    trackingCode: f.trackingCode?.value,
  }))
  const lang = adminLanguage(i18n.language)
  const t = caseActionStrings(lang)
  const calendar = useMemo(() => ({ holidays: new Set(holidays), workdays: new Set(workdays) }), [holidays, workdays])

  const [pending, setPending] = useState<CaseState | null>(null)
  const [unit, setUnit] = useState('')
  const [reason, setReason] = useState('')
  const [rejection, setRejection] = useState<RejectionReason | ''>('')
  const [duplicateCode, setDuplicateCode] = useState('')
  const [visibility, setVisibility] = useState<AnswerVisibility | ''>('')
  const [problem, setProblem] = useState<string | null>(null)

  // The saved state decides the moves: the server compares against it, not against the select.
  const savedState = savedDocumentData?.state ?? fields.state
  const from: CaseState = isCaseState(savedState) ? savedState : 'received'
  const role = user && user.active !== false && isRole(user.role) ? user.role : null
  const moves = role && id ? nextCaseStates(from, role) : []
  const deadline = caseDeadlineStatus(
    fields.dueAt as string | null | undefined,
    fields.answeredAt as string | null | undefined,
    new Date(),
    { calendar, dueSoonWorkingDays },
  )

  const close = () => {
    setPending(null)
    setProblem(null)
    setReason('')
    setRejection('')
    setDuplicateCode('')
  }

  const start = (to: CaseState) => {
    close()
    setUnit(idOf(fields.unit) ?? '')
    setVisibility(fields.visibility === 'public' || fields.visibility === 'private' ? fields.visibility : '')
    if (promptFor(from, to)) return setPending(to)
    void apply(to)
  }

  /** The id of the case a duplicate repeats, from the tracking code the person typed. */
  const findOriginal = async (): Promise<string | number | null | 'self'> => {
    const code = normalizeTrackingCode(duplicateCode)
    if (!code) return null
    if (code === fields.trackingCode) return 'self'
    const query = `where[trackingCode][equals]=${encodeURIComponent(code)}&depth=0&limit=1&select[trackingCode]=true`
    const res = await fetch(`${config.serverURL}${config.routes.api}/cases?${query}`, { credentials: 'include' })
    if (!res.ok) return null
    const { docs } = (await res.json()) as { docs?: { id: string | number }[] }
    return docs?.[0]?.id ?? null
  }

  const apply = async (to: CaseState) => {
    if (!role) return
    const prompt = promptFor(from, to)
    const overrides: Record<string, unknown> = { state: to }
    let duplicateOf: string | number | null = null
    if (prompt === 'rejection' && rejection === 'duplicate') {
      const found = await findOriginal()
      if (found === 'self') return setProblem(t.duplicateSelf)
      if (found === null) return setProblem(t.duplicateNotFound)
      duplicateOf = found
    }
    const chosenUnit = prompt === 'unit' ? units.find((u) => String(u.id) === unit)?.id : fields.unit
    const check = checkCaseTransition(from, to, role, {
      unitId: idOf(chosenUnit),
      answer: hasText(fields.answer) ? 'yes' : null,
      visibility: prompt === 'visibility' ? visibility || null : (fields.visibility as AnswerVisibility | null),
      rejectionReason: rejection || null,
      duplicateOf: duplicateOf === null ? null : String(duplicateOf),
      reason,
      publicQuestion: typeof fields.publicQuestion === 'string' ? fields.publicQuestion : null,
    })
    if (!check.ok) return setProblem(caseTransitionMessage(check.code, from, to, role)[lang])
    if (prompt === 'unit') overrides.unit = chosenUnit
    if (prompt === 'reason') overrides.transitionNote = reason.trim()
    if (prompt === 'rejection') Object.assign(overrides, { rejectionReason: rejection, duplicateOf })
    if (prompt === 'visibility') overrides.visibility = visibility
    const saved = await submit({ overrides })
    if (saved) close()
    else setProblem(t.refused)
  }

  const prompt = pending && promptFor(from, pending)
  return (
    <div className="field-type cong-case-actions" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{t.title}</h4>
      <p style={{ margin: '0 0 0.25rem' }}>
        {t.current}: <strong data-state={from}>{CASE_STATE_LABELS[from][lang]}</strong>
      </p>
      <p style={{ margin: '0 0 0.75rem' }}>
        {t.deadline}:{' '}
        <strong data-standing={deadline.standing} style={{ color: STANDING_COLOR[deadline.standing] }}>
          {deadlineText(deadline, lang)}
        </strong>
      </p>
      {!id ? (
        <p>{t.unsaved}</p>
      ) : moves.length === 0 ? (
        <p>{t.noAction}</p>
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
          {moves.map((to) => (
            <Button
              key={to}
              buttonStyle={pending === to ? 'primary' : 'secondary'}
              size="small"
              margin={false}
              disabled={processing}
              onClick={() => start(to)}
            >
              {moveLabel(from, to, lang)}
            </Button>
          ))}
        </div>
      )}
      {(pending || problem) && (
        <div className="cong-case-actions__prompt" style={{ marginTop: '0.75rem' }}>
          {prompt === 'unit' && (
            <label>
              {t.unit}
              <select value={unit} onChange={(e) => setUnit(e.target.value)} style={block} autoFocus>
                <option value="">{t.chooseUnit}</option>
                {units.map((u) => (
                  <option key={u.id} value={String(u.id)}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {prompt === 'reason' && (
            <label>
              {pending === 'received' ? t.reasonHandBack : t.reasonReturn}
              <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} style={block} autoFocus />
            </label>
          )}
          {prompt === 'rejection' && (
            <>
              <label>
                {t.rejectionReason}
                <select value={rejection} onChange={(e) => setRejection(e.target.value as RejectionReason | '')} style={block} autoFocus>
                  <option value="" />
                  {REJECTION_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {REJECTION_REASON_LABELS[r][lang]}
                    </option>
                  ))}
                </select>
              </label>
              {rejection === 'duplicate' && (
                <label style={{ display: 'block', marginTop: '0.5rem' }}>
                  {t.duplicateOf}
                  <input value={duplicateCode} onChange={(e) => setDuplicateCode(e.target.value)} style={block} />
                </label>
              )}
            </>
          )}
          {prompt === 'visibility' && (
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend>{t.visibility}</legend>
              {ANSWER_VISIBILITIES.map((v) => (
                <label key={v} style={{ display: 'block' }}>
                  <input type="radio" name="case-visibility" value={v} checked={visibility === v} onChange={() => setVisibility(v)} />{' '}
                  {t[v]}
                </label>
              ))}
              {visibility === 'public' && (
                <p style={{ color: 'var(--theme-warning-500)' }}>
                  {t.privacyReminder}
                  {typeof fields.publicQuestion === 'string' && fields.publicQuestion.trim() ? '' : ` ${t.publicQuestionMissing}`}
                </p>
              )}
            </fieldset>
          )}
          {problem && (
            <p role="alert" className="field-error" style={{ color: 'var(--theme-error-500)' }}>
              {problem}
            </p>
          )}
          {pending && prompt && (
            <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
              <Button size="small" margin={false} disabled={processing} onClick={() => void apply(pending)}>
                {moveLabel(from, pending, lang)}
              </Button>
              <Button size="small" margin={false} buttonStyle="secondary" onClick={close}>
                {t.cancel}
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  )
}
