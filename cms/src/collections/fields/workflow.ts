import type { CollectionConfig, Field } from 'payload'
import { keepsReason, WORKFLOW_STATES } from '@cong/shared/workflow'
import { fieldHasRole } from '../../access/hasRole'
import { WORKFLOW_STATE_LABELS } from '../../i18n'

/**
 * The workflow fields shared by articles and pages, all in the sidebar. Which transition is
 * allowed is decided server-side by the `applyWorkflow` hook from shared/src/workflow.ts; the
 * action buttons (WorkflowActions) only offer what that table allows.
 */
export const workflowFields: Field[] = [
  {
    name: 'workflowStatus',
    type: 'select',
    label: { vi: 'Trạng thái', en: 'Workflow state' },
    required: true,
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STATES.map((state) => ({ value: state, label: WORKFLOW_STATE_LABELS[state] })),
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Nháp → Chờ duyệt → Đã duyệt → (Hẹn giờ) → Đã đăng. Chỉ Ban Biên tập được đăng, hẹn giờ và gỡ bài.',
        en: 'Draft → Submitted → Approved → (Scheduled) → Published. Only the board publishes, schedules and unpublishes.',
      },
      components: { Field: '/collections/fields/components/WorkflowActions#WorkflowActions' },
    },
  },
  {
    name: 'workflowReason',
    type: 'textarea',
    label: { vi: 'Lý do trả lại / gỡ bài', en: 'Reason (returned / unpublished)' },
    admin: {
      position: 'sidebar',
      condition: (data) => Boolean(data?.workflowStatus && keepsReason(data.workflowStatus)),
      description: {
        vi: 'Bắt buộc khi trả lại hoặc gỡ bài; người viết sẽ thấy lý do này.',
        en: 'Required when returning or unpublishing; the writer sees it.',
      },
    },
  },
  {
    name: 'publishAt',
    type: 'date',
    label: { vi: 'Hẹn giờ đăng', en: 'Scheduled publish time' },
    index: true,
    access: { update: fieldHasRole('board', 'admin'), create: fieldHasRole('board', 'admin') },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      description: {
        vi: 'Chọn thời điểm rồi chuyển sang «Hẹn giờ đăng»: bài tự đăng khi đến giờ.',
        en: 'Pick a time, then move the item to «Scheduled»: it is published when the time comes.',
      },
    },
  },
  {
    name: 'publishedAt',
    type: 'date',
    label: { vi: 'Ngày đăng', en: 'Published at' },
    index: true,
    access: { update: fieldHasRole('board', 'admin'), create: fieldHasRole('board', 'admin') },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      description: { vi: 'Ghi tự động lần đăng đầu tiên.', en: 'Set automatically on first publication.' },
    },
  },
]

const BUTTONS = '/collections/fields/components/WorkflowButtons'

/**
 * The edit view's buttons for collections under the workflow: one Save, no publish/unpublish,
 * and no draft/published pill — Payload computes it from its version history, which the workflow
 * hook bypasses, so it went stale ("Bản nháp" after publishing); the workflow field is the truth.
 */
export const workflowEditButtons: NonNullable<NonNullable<CollectionConfig['admin']>['components']>['edit'] =
  {
    PublishButton: `${BUTTONS}#WorkflowSaveButton`,
    SaveDraftButton: `${BUTTONS}#NoButton`,
    UnpublishButton: `${BUTTONS}#NoButton`,
    Status: `${BUTTONS}#NoButton`,
  }
