import type { CollectionConfig } from 'payload'
import { commentModerators, commenterContactField, fieldNobody, isAdmin, nobody } from '../../access'
import { auditAfterDelete, auditModerationChange } from '../../hooks/audit'
import { MODERATION_LABELS, MODERATION_STATES } from '../../i18n/legal'
import { notifyPublisherOnPublicFlag } from '../../publishing/hooks'
import { stampModeration } from './hooks/moderation'

/** What the commenter sent stays as sent: moderators change only the moderation fields. */
const asSent = { create: fieldNobody, update: fieldNobody }
/** The commenter's contacts: as sent, and only for the drafting unit, the board and admins. */
const contact = { ...asSent, read: commenterContactField }

const publicWhenApproved = notifyPublisherOnPublicFlag((doc) => doc?.moderation === 'approved')

/**
 * Góp ý dự thảo (docs/legal-documents.md): created only by the public endpoint
 * `POST /api/drafts/:id/comments`, read and moderated by the draft's drafting unit, editors and
 * the board. The commenter's e-mail and phone never leave the CMS: the snapshot carries only
 * approved comments, without them.
 */
export const DraftComments: CollectionConfig = {
  slug: 'draft-comments',
  labels: {
    singular: { vi: 'Góp ý dự thảo', en: 'Draft comment' },
    plural: { vi: 'Góp ý dự thảo', en: 'Draft comments' },
  },
  admin: {
    group: { vi: 'Văn bản – Dự thảo', en: 'Legal documents & drafts' },
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'draft', 'clause', 'name', 'organisation', 'moderation', 'submittedAt'],
    listSearchableFields: ['reference', 'name', 'organisation', 'clause', 'text'],
    description: {
      vi: 'Góp ý của người dân gửi qua Cổng. Chọn «Công khai» để đăng góp ý (không kèm thư điện tử, số điện thoại), «Không công khai» để chỉ lưu nội bộ, «Thư rác» để loại bỏ. Lọc theo dự thảo và trạng thái bằng nút Lọc, hoặc từ ô «Góp ý» trong trang dự thảo.',
      en: 'Comments sent by the public. "Approved" publishes a comment (never the e-mail or phone), "Kept private" keeps it internal, "Spam" discards it. Filter by draft and state with Filters, or from the draft\'s Comments box.',
    },
  },
  defaultSort: '-submittedAt',
  access: {
    create: nobody,
    read: commentModerators,
    update: commentModerators,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [stampModeration],
    afterChange: [auditModerationChange, publicWhenApproved.afterChange],
    afterDelete: [auditAfterDelete, publicWhenApproved.afterDelete],
  },
  fields: [
    {
      name: 'draft',
      type: 'relationship',
      relationTo: 'drafts',
      label: { vi: 'Dự thảo', en: 'Draft' },
      required: true,
      index: true,
      access: asSent,
      admin: { readOnly: true },
    },
    {
      name: 'reference',
      type: 'text',
      label: { vi: 'Mã góp ý', en: 'Reference' },
      required: true,
      unique: true,
      access: asSent,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { vi: 'Họ tên', en: 'Name' },
          required: true,
          access: asSent,
          admin: { readOnly: true },
        },
        {
          name: 'organisation',
          type: 'text',
          label: { vi: 'Cơ quan, tổ chức', en: 'Organisation' },
          access: asSent,
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'email',
          type: 'email',
          label: { vi: 'Thư điện tử', en: 'E-mail' },
          access: contact,
          admin: { readOnly: true },
        },
        {
          name: 'phone',
          type: 'text',
          label: { vi: 'Điện thoại', en: 'Phone' },
          access: contact,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'clause',
      type: 'text',
      label: { vi: 'Điều, khoản', en: 'Article / clause' },
      index: true,
      access: asSent,
      admin: { readOnly: true },
    },
    {
      name: 'text',
      type: 'textarea',
      label: { vi: 'Nội dung góp ý', en: 'Comment' },
      required: true,
      access: asSent,
      admin: { readOnly: true },
    },
    {
      name: 'submittedAt',
      type: 'date',
      label: { vi: 'Thời gian gửi', en: 'Sent at' },
      required: true,
      index: true,
      access: asSent,
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      },
    },
    {
      name: 'moderation',
      type: 'select',
      label: { vi: 'Kiểm duyệt', en: 'Moderation' },
      required: true,
      defaultValue: 'pending',
      index: true,
      options: MODERATION_STATES.map((state) => ({ value: state, label: MODERATION_LABELS[state] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'moderationNote',
      type: 'textarea',
      label: { vi: 'Ghi chú kiểm duyệt', en: 'Moderation note' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Nội bộ: vì sao không công khai, đã chuyển ai xử lý…',
          en: 'Internal: why it is kept private, who it was passed to…',
        },
      },
    },
    {
      name: 'moderatedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người kiểm duyệt', en: 'Moderated by' },
      access: asSent,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'moderatedAt',
      type: 'date',
      label: { vi: 'Thời điểm kiểm duyệt', en: 'Moderated at' },
      access: asSent,
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      },
    },
  ],
}
