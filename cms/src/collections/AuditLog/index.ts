import type { CollectionConfig } from 'payload'
import { CASE_STATES } from '@cong/shared/caseWorkflow'
import { CASE_STATE_LABELS } from '@cong/shared/citizenCase'
import { WORKFLOW_STATES } from '@cong/shared/workflow'
import { isAuditReader, nobody } from '../../access'
import { WORKFLOW_STATE_LABELS } from '../../i18n'
import { MODERATION_LABELS, MODERATION_STATES } from '../../i18n/legal'

// A moderation state shares its code with a workflow state only for `approved`, which means the same;
// citizens' case states share none. New options extend the PostgreSQL enums enum_audit_log_from/_to:
// production databases need a migration (ALTER TYPE … ADD VALUE) before they can record them.
const stateOptions = [
  ...WORKFLOW_STATES.map((state) => ({ value: state, label: WORKFLOW_STATE_LABELS[state] })),
  ...MODERATION_STATES.filter((state) => !(WORKFLOW_STATES as readonly string[]).includes(state)).map(
    (state) => ({
      value: state,
      label: MODERATION_LABELS[state],
    }),
  ),
  ...CASE_STATES.map((state) => ({ value: state, label: CASE_STATE_LABELS[state] })),
]

/**
 * Who did what and when. Written only by hooks (with overrideAccess); no role, not even admin,
 * can create, change or delete an entry through the API.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { vi: 'Nhật ký', en: 'Audit entry' },
    plural: { vi: 'Nhật ký thao tác', en: 'Audit log' },
  },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    useAsTitle: 'docTitle',
    defaultColumns: ['at', 'action', 'collection', 'docTitle', 'from', 'to', 'user', 'userRole'],
    description: {
      vi: 'Ai đã làm gì, lúc nào: tạo, chuyển trạng thái, xoá. Không thể sửa hoặc xoá.',
      en: 'Who did what and when. Entries cannot be edited or deleted.',
    },
  },
  defaultSort: '-at',
  access: { read: isAuditReader, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'action',
      type: 'select',
      label: { vi: 'Thao tác', en: 'Action' },
      required: true,
      index: true,
      options: [
        { value: 'create', label: { vi: 'Tạo mới', en: 'Create' } },
        { value: 'transition', label: { vi: 'Chuyển trạng thái', en: 'Transition' } },
        { value: 'moderation', label: { vi: 'Kiểm duyệt góp ý', en: 'Comment moderation' } },
        { value: 'delete', label: { vi: 'Xoá', en: 'Delete' } },
      ],
    },
    {
      name: 'collection',
      type: 'text',
      label: { vi: 'Loại nội dung', en: 'Collection' },
      required: true,
      index: true,
    },
    {
      name: 'docId',
      type: 'text',
      label: { vi: 'Mã nội dung', en: 'Document id' },
      required: true,
      index: true,
    },
    { name: 'docTitle', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'from', type: 'select', label: { vi: 'Từ trạng thái', en: 'From' }, options: stateOptions },
    { name: 'to', type: 'select', label: { vi: 'Sang trạng thái', en: 'To' }, options: stateOptions },
    { name: 'reason', type: 'textarea', label: { vi: 'Lý do', en: 'Reason' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { vi: 'Người thực hiện', en: 'User' } },
    {
      name: 'userRole',
      type: 'text',
      label: { vi: 'Vai trò', en: 'Role' },
      admin: {
        description: {
          vi: '«scheduler»: hệ thống hẹn giờ đăng; «system»: thao tác của máy chủ.',
          en: '«scheduler»: the publishing job; «system»: server-side code.',
        },
      },
    },
    {
      name: 'at',
      type: 'date',
      label: { vi: 'Thời điểm', en: 'At' },
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
  ],
}
