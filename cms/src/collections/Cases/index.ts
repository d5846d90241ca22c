import type { CollectionConfig, Field } from 'payload'
import { ANSWER_VISIBILITIES, CASE_STATES, REJECTION_REASONS } from '@cong/shared/caseWorkflow'
import {
  CASE_STATE_LABELS,
  CASE_TYPE_CODES,
  CASE_TYPES,
  REJECTION_REASON_LABELS,
  SENDER_KIND_CODES,
  SENDER_KINDS,
} from '@cong/shared/citizenCase'
import { LEGAL_FIELD_CODES, LEGAL_FIELDS } from '@cong/shared/legalVocabulary'
import { caseReaders, caseSenderDataField, fieldNobody, isAdmin, nobody } from '../../access'
import { caseEndpoints } from './endpoints'
import { afterCaseChange } from './hooks/afterChange'
import { applyCaseRules } from './hooks/beforeChange'
import { publicAnswerHooks } from './publicAnswer'
import { deleteTranslationAfterDelete, syncTranslationAfterChange } from '../../translations/hooks'

/** What the sender sent stays as sent: nobody edits it through the API. */
const asSent = { create: fieldNobody, update: fieldNobody }
/** Stamped by the server on transitions, never typed. */
const stamped = { create: fieldNobody, update: fieldNobody }

const dateTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const

const sentField = (field: Field): Field =>
  ({ ...field, access: asSent, admin: { ...field.admin, readOnly: true } }) as Field

/** What the sender told about themselves: as sent, and read only by the unit's handlers, the board and admins. */
const senderField = (field: Field): Field => {
  const sent = sentField(field) as Field & { access: object }
  return { ...sent, access: { ...sent.access, read: caseSenderDataField } } as Field
}

/**
 * Hỏi đáp, phản ánh, kiến nghị (domain.md, "Citizen questions"): created only by the public
 * endpoint `POST /api/cases/submit`; the state moves along `@cong/shared/caseWorkflow`'s table.
 * The sender's name and contacts never leave the CMS: the snapshot carries approved public
 * answers with the question as edited for publication.
 */
export const Cases: CollectionConfig = {
  slug: 'cases',
  labels: {
    singular: { vi: 'Câu hỏi, phản ánh', en: 'Citizen case' },
    plural: { vi: 'Hỏi đáp – Phản ánh', en: 'Citizen cases' },
  },
  admin: {
    group: { vi: 'Hỏi đáp', en: 'Questions' },
    useAsTitle: 'title',
    defaultColumns: ['trackingCode', 'title', 'state', 'unit', 'dueAt', 'receivedAt'],
    // Not the sender's name or contacts: a search on a field one may not read is refused, and editors may not.
    listSearchableFields: ['trackingCode', 'title', 'content'],
  },
  defaultSort: '-receivedAt',
  endpoints: caseEndpoints,
  // Transitions, stamps, deadlines and notes are checked on every save, whoever saves (cases/hooks).
  hooks: {
    beforeChange: [applyCaseRules],
    // The publisher hears of a public answer after the case's own bookkeeping (slug, audit) is done.
    afterChange: [afterCaseChange, publicAnswerHooks.afterChange, syncTranslationAfterChange],
    afterDelete: [publicAnswerHooks.afterDelete, deleteTranslationAfterDelete],
  },
  access: {
    create: nobody,
    read: caseReaders,
    update: caseReaders,
    delete: isAdmin,
  },
  fields: [
    {
      // The moves the signed-in person may make now, with what each needs (unit, reason, visibility).
      name: 'caseActions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/collections/Cases/components/CaseActions#CaseActions' } },
    },
    {
      name: 'trackingCode',
      type: 'text',
      label: { vi: 'Mã tra cứu', en: 'Tracking code' },
      required: true,
      unique: true,
      access: asSent,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'state',
      type: 'select',
      label: { vi: 'Trạng thái', en: 'State' },
      required: true,
      defaultValue: 'received',
      index: true,
      options: CASE_STATES.map((value) => ({ value, label: CASE_STATE_LABELS[value] })),
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Mới tiếp nhận → Đã chuyển đơn vị → Đang xử lý → Chờ duyệt trả lời → Đã trả lời, hoặc Từ chối. Dùng các nút phía trên để chuyển; Ban Biên tập duyệt câu trả lời.',
          en: 'Received → Routed → In progress → Awaiting approval → Answered, or Rejected. Use the buttons above to move it; the board approves answers.',
        },
      },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: { vi: 'Đơn vị xử lý', en: 'Handling unit' },
      index: true,
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Bộ phận tiếp nhận chọn đơn vị trả lời. Cán bộ xử lý không đổi được; câu hỏi không thuộc đơn vị thì chuyển về bộ phận tiếp nhận.',
          en: 'Triage picks the answering unit. Case handlers cannot change it; they hand a case that is not theirs back to triage.',
        },
      },
    },
    {
      name: 'receivedAt',
      type: 'date',
      label: { vi: 'Ngày tiếp nhận', en: 'Received' },
      required: true,
      index: true,
      access: asSent,
      admin: { readOnly: true, position: 'sidebar', date: dateTime },
    },
    {
      name: 'dueAt',
      type: 'date',
      label: { vi: 'Hạn trả lời', en: 'Answer due' },
      index: true,
      access: stamped,
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: dateTime,
        description: {
          vi: 'Tính tự động theo số ngày làm việc trong «Cấu hình Hỏi đáp», không tính cuối tuần và ngày nghỉ lễ.',
          en: 'Computed from the working days set in "Case settings", skipping weekends and holidays.',
        },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Nội dung người gửi', en: 'What was sent' },
          fields: [
            {
              type: 'row',
              fields: [
                sentField({
                  name: 'senderKind',
                  type: 'select',
                  label: { vi: 'Người gửi là', en: 'Sender' },
                  required: true,
                  options: SENDER_KIND_CODES.map((value) => ({ value, label: SENDER_KINDS[value] })),
                }),
                sentField({
                  name: 'type',
                  type: 'select',
                  label: { vi: 'Loại', en: 'Type' },
                  required: true,
                  index: true,
                  options: CASE_TYPE_CODES.map((value) => ({ value, label: CASE_TYPES[value] })),
                }),
                {
                  // Triage may correct the field a sender picked.
                  name: 'field',
                  type: 'select',
                  label: { vi: 'Lĩnh vực', en: 'Field' },
                  required: true,
                  index: true,
                  options: LEGAL_FIELD_CODES.map((value) => ({ value, label: LEGAL_FIELDS[value] })),
                },
              ],
            },
            {
              type: 'row',
              fields: [
                senderField({ name: 'name', type: 'text', label: { vi: 'Họ tên', en: 'Name' }, required: true }),
                senderField({ name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' } }),
                senderField({ name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } }),
              ],
            },
            senderField({ name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } }),
            sentField({ name: 'title', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' }, required: true }),
            sentField({ name: 'content', type: 'textarea', label: { vi: 'Nội dung', en: 'Content' }, required: true }),
            senderField({
              name: 'attachments',
              type: 'relationship',
              relationTo: 'case-files',
              hasMany: true,
              label: { vi: 'Tệp đính kèm', en: 'Attachments' },
            }),
          ],
        },
        {
          label: { vi: 'Trả lời', en: 'Answer' },
          fields: [
            {
              name: 'answer',
              type: 'richText',
              label: { vi: 'Nội dung trả lời', en: 'Answer' },
              admin: {
                description: {
                  vi: 'Đơn vị soạn khi câu hỏi đang xử lý; Ban Biên tập duyệt trước khi gửi. Đã trả lời thì không sửa được.',
                  en: 'Written by the unit while the case is in progress; the board approves it before it goes out. Locked once answered.',
                },
              },
            },
            {
              name: 'visibility',
              type: 'select',
              label: { vi: 'Hình thức trả lời', en: 'Answer is' },
              options: ANSWER_VISIBILITIES.map((value) => ({
                value,
                label:
                  value === 'public'
                    ? { vi: 'Công khai trên Hỏi – Đáp', en: 'Public, in Q&A' }
                    : { vi: 'Chỉ gửi người hỏi', en: 'Private, to the sender only' },
              })),
            },
            {
              name: 'publicTitle',
              type: 'text',
              label: { vi: 'Tiêu đề công bố', en: 'Published title' },
              admin: {
                description: {
                  vi: 'Để trống thì dùng tiêu đề người gửi. Bỏ mọi thông tin cá nhân.',
                  en: "Blank uses the sender's title. Remove any personal details.",
                },
              },
            },
            {
              name: 'publicQuestion',
              type: 'textarea',
              label: { vi: 'Câu hỏi công bố', en: 'Published question' },
              admin: {
                description: {
                  vi: 'Câu hỏi như sẽ đăng trên Hỏi – Đáp: bỏ họ tên, số điện thoại, địa chỉ, số giấy tờ.',
                  en: 'The question as Q&A will show it: remove names, phone numbers, addresses, ID numbers.',
                },
              },
            },
            { name: 'publicSlug', type: 'text', unique: true, access: stamped, admin: { readOnly: true } },
            { name: 'answeredAt', type: 'date', label: { vi: 'Ngày trả lời', en: 'Answered' }, index: true, access: stamped, admin: { readOnly: true, date: dateTime } },
            { name: 'approvedBy', type: 'relationship', relationTo: 'users', label: { vi: 'Người duyệt', en: 'Approved by' }, access: stamped, admin: { readOnly: true } },
          ],
        },
        {
          label: { vi: 'Xử lý nội bộ', en: 'Internal' },
          fields: [
            {
              name: 'rejectionReason',
              type: 'select',
              label: { vi: 'Lý do từ chối', en: 'Rejection reason' },
              options: REJECTION_REASONS.map((value) => ({ value, label: REJECTION_REASON_LABELS[value] })),
            },
            {
              name: 'duplicateOf',
              type: 'relationship',
              relationTo: 'cases',
              label: { vi: 'Trùng với', en: 'Duplicate of' },
              admin: {
                description: {
                  vi: 'Khi từ chối vì trùng: chọn câu hỏi gốc (không chọn một câu hỏi cũng là câu trùng). Câu hỏi gốc được ghi chú việc gộp.',
                  en: 'When rejecting as a duplicate: pick the original case (not another duplicate). The original gets a note of the merge.',
                },
              },
            },
            {
              name: 'transitionNote',
              type: 'textarea',
              label: { vi: 'Lý do (trả lại, chuyển lại)', en: 'Reason (returned, handed back)' },
              admin: {
                description: {
                  vi: 'Bắt buộc khi trả lại câu trả lời hoặc chuyển câu hỏi về bộ phận tiếp nhận. Người hỏi không thấy.',
                  en: 'Required when returning an answer or handing a case back to triage. The sender never sees it.',
                },
              },
            },
            {
              name: 'notes',
              type: 'array',
              label: { vi: 'Ghi chú nội bộ', en: 'Internal notes' },
              labels: { singular: { vi: 'Ghi chú', en: 'Note' }, plural: { vi: 'Ghi chú', en: 'Notes' } },
              admin: {
                description: {
                  vi: 'Trao đổi giữa các cán bộ; người hỏi không bao giờ thấy.',
                  en: 'Between staff; the sender never sees them.',
                },
              },
              fields: [
                { name: 'text', type: 'textarea', required: true, label: { vi: 'Nội dung', en: 'Text' } },
                { name: 'author', type: 'relationship', relationTo: 'users', access: stamped, admin: { readOnly: true } },
                { name: 'at', type: 'date', access: stamped, admin: { readOnly: true, date: dateTime } },
              ],
            },
            { name: 'routedAt', type: 'date', label: { vi: 'Ngày chuyển đơn vị', en: 'Routed' }, access: stamped, admin: { readOnly: true, date: dateTime } },
          ],
        },
      ],
    },
  ],
}
