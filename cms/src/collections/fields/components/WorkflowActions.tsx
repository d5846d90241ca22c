'use client'
import type { SelectFieldClientComponent } from 'payload'
import { Button, FieldDescription, FieldLabel, useAuth, useField, useTranslation } from '@payloadcms/ui'
import { isRole } from '@cong/shared/roles'
import { nextStates, WORKFLOW_STATES, type WorkflowState } from '@cong/shared/workflow'
import { WORKFLOW_ACTION_LABELS, WORKFLOW_STATE_LABELS } from '../../../i18n'

const asState = (value: unknown): WorkflowState =>
  (WORKFLOW_STATES as readonly unknown[]).includes(value) ? (value as WorkflowState) : 'draft'

/**
 * The workflow state as action buttons ("Gửi duyệt", "Trả lại", "Duyệt", "Đăng", "Gỡ bài"…):
 * only the moves `nextStates` allows the signed-in role from the saved state are offered. A click
 * only chooses the move; Save applies it, and the server checks it again.
 */
export const WorkflowActions: SelectFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, initialValue, setValue, disabled } = useField<string>({ potentiallyStalePath: path })
  const { user } = useAuth()
  const { i18n, t } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const saved = asState(initialValue)
  const chosen = asState(value)
  const role = user && 'role' in user && isRole(user.role) ? user.role : null
  const actions = role && !readOnly && !disabled ? nextStates(saved, role) : []
  const say = (key: string) => t(`custom:${key}` as Parameters<typeof t>[0])

  return (
    <div className="field-type cong-workflow">
      <FieldLabel label={field.label} path={path} />
      <p>
        {say('workflowCurrent')}: <strong>{WORKFLOW_STATE_LABELS[saved][lang]}</strong>
        {chosen !== saved && (
          <>
            {' '}
            → <strong>{WORKFLOW_STATE_LABELS[chosen][lang]}</strong>
          </>
        )}
      </p>
      {actions.length === 0 ? (
        <p>{say('workflowNoAction')}</p>
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
          {actions.map((state) => (
            <Button
              key={state}
              buttonStyle={chosen === state ? 'primary' : 'secondary'}
              size="small"
              margin={false}
              onClick={() => setValue(chosen === state ? saved : state)}
            >
              {WORKFLOW_ACTION_LABELS[state][lang]}
            </Button>
          ))}
        </div>
      )}
      {chosen !== saved && <p>{say('workflowSaveHint')}</p>}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
