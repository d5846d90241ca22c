'use client'
import { useState } from 'react'
import type { SelectFieldClientComponent } from 'payload'
import {
  Button,
  FieldDescription,
  FieldLabel,
  useAuth,
  useField,
  useForm,
  useFormFields,
  useFormProcessing,
  useTranslation,
} from '@payloadcms/ui'
import { isRole } from '@cong/shared/roles'
import {
  checkSchedule,
  checkTransition,
  nextStates,
  WORKFLOW_STATES,
  type WorkflowState,
} from '@cong/shared/workflow'
import { MESSAGES, WORKFLOW_ACTION_LABELS, WORKFLOW_STATE_LABELS } from '../../../i18n'

const asState = (value: unknown): WorkflowState =>
  (WORKFLOW_STATES as readonly unknown[]).includes(value) ? (value as WorkflowState) : 'draft'

/**
 * The workflow state as action buttons ("Gửi duyệt", "Trả lại", "Duyệt", "Đăng", "Gỡ bài"…):
 * only the moves `nextStates` allows the signed-in role from the saved state are offered, and a
 * click saves the document with the move at once (the server checks it again). A move that
 * needs a reason first asks for it; scheduling first needs a publish time in «Hẹn giờ đăng».
 */
export const WorkflowActions: SelectFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, disabled } = useField<string>({ potentiallyStalePath: path })
  const publishAt = useFormFields(([fields]) => fields.publishAt?.value) as string | null | undefined
  const { submit } = useForm()
  const processing = useFormProcessing()
  const { user } = useAuth()
  const { i18n, t } = useTranslation()
  const [pending, setPending] = useState<WorkflowState | null>(null)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const saved = asState(value)
  const role = user && 'role' in user && isRole(user.role) ? user.role : null
  const actions = role && !readOnly && !disabled ? nextStates(saved, role) : []
  const say = (key: string) => t(`custom:${key}` as Parameters<typeof t>[0])
  const needsReason = (to: WorkflowState) => {
    const check = role && checkTransition(saved, to, role, null)
    return Boolean(check && !check.ok && check.code === 'reason-required')
  }

  const close = () => {
    setPending(null)
    setReason('')
    setProblem(null)
  }

  /** Saves the whole form with the move; the form then shows what the server stored. */
  const apply = async (to: WorkflowState, overrides: Record<string, unknown> = {}) => {
    close()
    await submit({ overrides: { workflowStatus: to, ...overrides } })
  }

  const start = (to: WorkflowState) => {
    setProblem(null)
    if (needsReason(to)) return setPending(to)
    if (to === 'scheduled') {
      const schedule = checkSchedule(publishAt, new Date())
      if (!schedule.ok) {
        setPending(to)
        return setProblem(
          (schedule.code === 'publish-at-required' ? MESSAGES.publishAtRequired : MESSAGES.publishAtPast)[lang],
        )
      }
    }
    void apply(to)
  }

  const confirm = () => {
    if (!pending) return
    if (pending === 'scheduled') return start(pending)
    if (!reason.trim()) return setProblem(MESSAGES.reasonRequired(pending)[lang])
    void apply(pending, { workflowReason: reason.trim() })
  }

  return (
    <div className="field-type cong-workflow">
      <FieldLabel label={field.label} path={path} />
      <p>
        {say('workflowCurrent')}: <strong>{WORKFLOW_STATE_LABELS[saved][lang]}</strong>
      </p>
      {actions.length === 0 ? (
        <p>{say('workflowNoAction')}</p>
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
          {actions.map((state) => (
            <Button
              key={state}
              buttonStyle={pending === state ? 'primary' : 'secondary'}
              size="small"
              margin={false}
              disabled={processing}
              onClick={() => start(state)}
            >
              {WORKFLOW_ACTION_LABELS[state][lang]}
            </Button>
          ))}
        </div>
      )}
      {pending && (
        <div className="cong-workflow__prompt" style={{ marginTop: '0.75rem' }}>
          {pending === 'scheduled' ? (
            <p>{say('workflowSchedulePrompt')}</p>
          ) : (
            <label>
              {say('workflowReasonPrompt')}
              <textarea
                className="cong-workflow__reason"
                rows={3}
                value={reason}
                autoFocus
                onChange={(event) => setReason(event.target.value)}
                style={{ display: 'block', width: '100%', marginTop: '0.25rem' }}
              />
            </label>
          )}
          {problem && (
            <p role="alert" className="field-error">
              {problem}
            </p>
          )}
          <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
            <Button size="small" margin={false} disabled={processing} onClick={confirm}>
              {WORKFLOW_ACTION_LABELS[pending][lang]}
            </Button>
            <Button size="small" margin={false} buttonStyle="secondary" onClick={close}>
              {say('workflowCancel')}
            </Button>
          </div>
        </div>
      )}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
