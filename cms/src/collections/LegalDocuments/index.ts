import type { CollectionConfig, PayloadRequest } from 'payload'
import { VALIDITY_STATUS_CODES, VALIDITY_STATUSES } from '@cong/shared/legalValidity'
import {
  LEGAL_DOC_TYPE_CODES,
  LEGAL_DOC_TYPES,
  LEGAL_FIELD_CODES,
  LEGAL_FIELDS,
  LEGAL_RELATION_KIND_CODES,
  LEGAL_RELATION_KINDS,
  LEGAL_RELATION_SCOPES,
} from '@cong/shared/legalVocabulary'
import {
  fieldNobody,
  isBoardOrAdmin,
  isEditorial,
  localizedOnlyForTranslators,
  orTranslatorInEnglish,
  publishedOrStaff,
} from '../../access'
import { auditAfterChange, auditAfterDelete } from '../../hooks/audit'
import { bilingual } from '../../i18n'
import { LEGAL_MESSAGES } from '../../i18n/legal'
import { publishOnlyBy } from '../../hooks/publishRights'
import { keepRowsForTranslators } from '../../hooks/translatorRows'
import {
  noteDraftSaves,
  notifyPublisherAfterDelete,
  notifyPublisherUnlessDraftSave,
} from '../../publishing/hooks'
import {
  applyDocumentNumber,
  applyOwnValidity,
  refreshTargetsAfterChange,
  refreshTargetsAfterDelete,
  rememberTargets,
} from './hooks'
import { documentFilesField } from '../fields/documentFiles'
import { sideBySide, translationPanelField } from '../fields/translation'
import { deleteTranslationAfterDelete, syncTranslationAfterChange } from '../../translations/hooks'

const DAY = { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } as const

export const LEGAL_DOC_TYPE_OPTIONS = LEGAL_DOC_TYPE_CODES.map((code) => ({
  value: code,
  label: LEGAL_DOC_TYPES[code].label,
}))
export const LEGAL_FIELD_OPTIONS = LEGAL_FIELD_CODES.map((code) => ({
  value: code,
  label: LEGAL_FIELDS[code],
}))
const VALIDITY_OPTIONS = VALIDITY_STATUS_CODES.map((code) => ({
  value: code,
  label: VALIDITY_STATUSES[code],
}))

/**
 * The Vietnamese text is the document; the English is a translation that may come later (or
 * never), so an English save does not have to repeat or invent it.
 */
const requiredInVietnamese = (value: unknown, { req }: { req: PayloadRequest }) =>
  req.locale !== 'vi' ||
  (typeof value === 'string' && value.trim() !== '') ||
  bilingual(LEGAL_MESSAGES.requiredInVietnamese)

/** Computed values: the API never takes them, the hooks write them. */
const computed = { create: fieldNobody, update: fieldNobody }

export const LegalDocuments: CollectionConfig = {
  slug: 'legal-documents',
  labels: {
    singular: { vi: 'Văn bản pháp luật', en: 'Legal document' },
    plural: { vi: 'Văn bản pháp luật', en: 'Legal documents' },
  },
  admin: {
    group: { vi: 'Văn bản – Dự thảo', en: 'Legal documents & drafts' },
    useAsTitle: 'number',
    defaultColumns: ['number', 'summary', 'type', 'issuingBody', 'issuedDate', 'validityStatus', '_status'],
    listSearchableFields: ['number', 'summary', 'issuingBody'],
    description: {
      vi: 'Văn bản quy phạm pháp luật và văn bản chỉ đạo điều hành. Tình trạng hiệu lực được tính tự động từ các ngày và từ các văn bản sửa đổi, thay thế, bãi bỏ; quan hệ chỉ ghi ở văn bản mới (văn bản tác động).',
      en: 'Legal and directive documents. The validity status is computed from the dates and from the documents that amend, replace or repeal them; a relation is recorded on the newer (acting) document only.',
    },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: '-issuedDate',
  access: {
    read: publishedOrStaff,
    create: isEditorial,
    update: orTranslatorInEnglish(['editor', 'board', 'admin']),
    delete: isBoardOrAdmin,
    readVersions: orTranslatorInEnglish(['editor', 'board', 'admin']),
  },
  hooks: {
    beforeOperation: [noteDraftSaves, publishOnlyBy(['editor', 'board', 'admin'])],
    beforeChange: [keepRowsForTranslators, rememberTargets, applyDocumentNumber, applyOwnValidity],
    afterChange: [auditAfterChange, notifyPublisherUnlessDraftSave, refreshTargetsAfterChange, syncTranslationAfterChange],
    afterDelete: [auditAfterDelete, notifyPublisherAfterDelete(true), refreshTargetsAfterDelete, deleteTranslationAfterDelete],
  },
  fields: localizedOnlyForTranslators([
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          label: { vi: 'Số ký hiệu', en: 'Number' },
          required: true,
          index: true,
          admin: {
            width: '50%',
            description: {
              vi: 'Ghi như trên văn bản, ví dụ 14/2017/NĐ-CP, 05/2024/TT-BLĐTBXH, 1234/LĐTBXH-VP.',
              en: 'As printed on the document, e.g. 14/2017/NĐ-CP, 05/2024/TT-BLĐTBXH, 1234/LĐTBXH-VP.',
            },
          },
        },
        {
          name: 'type',
          type: 'select',
          label: { vi: 'Loại văn bản', en: 'Document type' },
          required: true,
          index: true,
          options: LEGAL_DOC_TYPE_OPTIONS,
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'numberKey',
      type: 'text',
      unique: true,
      access: computed,
      admin: { hidden: true },
    },
    {
      name: 'slug',
      type: 'text',
      label: { vi: 'Đường dẫn', en: 'Slug' },
      unique: true,
      access: computed,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Tạo từ số ký hiệu khi lưu lần đầu và giữ nguyên, để đường dẫn công khai không bao giờ đổi.',
          en: 'Made from the number on first save and kept, so the public URL never changes.',
        },
      },
    },
    sideBySide({
      name: 'issuingBody',
      type: 'text',
      label: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
      localized: true,
      validate: requiredInVietnamese,
      index: true,
      admin: {
        description: {
          vi: 'Ghi đầy đủ, ví dụ «Chính phủ», «Bộ Lao động – Thương binh và Xã hội».',
          en: 'In full, e.g. "Chính phủ" (the Government).',
        },
      },
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'signerName',
          type: 'text',
          label: { vi: 'Người ký', en: 'Signed by' },
          admin: { width: '50%' },
        },
        sideBySide({
          name: 'signerTitle',
          type: 'text',
          label: { vi: 'Chức vụ người ký', en: "Signer's title" },
          localized: true,
          admin: { width: '50%' },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'issuedDate',
          type: 'date',
          label: { vi: 'Ngày ban hành', en: 'Issued on' },
          required: true,
          index: true,
          admin: { ...DAY, width: '33%' },
        },
        {
          name: 'effectiveDate',
          type: 'date',
          label: { vi: 'Ngày có hiệu lực', en: 'In force from' },
          admin: {
            ...DAY,
            width: '33%',
            description: {
              vi: 'Để trống nếu có hiệu lực từ ngày ký.',
              en: 'Leave empty if in force from signing.',
            },
          },
        },
        {
          name: 'expiryDate',
          type: 'date',
          label: { vi: 'Ngày hết hiệu lực', en: 'No longer in force from' },
          admin: {
            ...DAY,
            width: '33%',
            description: {
              vi: 'Chỉ ghi khi chính văn bản quy định ngày hết hiệu lực.',
              en: 'Only when the document itself states it.',
            },
          },
        },
      ],
    },
    sideBySide({
      name: 'summary',
      type: 'textarea',
      label: { vi: 'Trích yếu', en: 'Summary' },
      localized: true,
      validate: requiredInVietnamese,
      admin: {
        description: {
          vi: 'Trích yếu nội dung như trên văn bản, ví dụ «Quy định chi tiết một số điều của Bộ luật Lao động…».',
          en: 'The summary line as printed on the document.',
        },
      },
    }),
    {
      name: 'fields',
      type: 'select',
      label: { vi: 'Lĩnh vực', en: 'Fields' },
      hasMany: true,
      options: LEGAL_FIELD_OPTIONS,
    },
    sideBySide({
      name: 'fullText',
      type: 'richText',
      label: { vi: 'Toàn văn', en: 'Full text' },
      localized: true,
      admin: {
        description: {
          vi: 'Không bắt buộc: người đọc luôn tải được tệp đính kèm.',
          en: 'Optional: readers can always download the attached files.',
        },
      },
    }),
    documentFilesField(
      'attachments',
      { vi: 'Tệp đính kèm', en: 'Attachments' },
      {
        vi: 'Bản PDF (bản scan có chữ ký, dấu) và bản Word nếu có.',
        en: 'The PDF (the signed, stamped scan) and the Word file if there is one.',
      },
    ),
    {
      name: 'relations',
      type: 'array',
      label: { vi: 'Văn bản bị tác động', en: 'Documents acted on' },
      labels: { singular: { vi: 'Quan hệ', en: 'Relation' }, plural: { vi: 'Quan hệ', en: 'Relations' } },
      admin: {
        description: {
          vi: 'Văn bản này sửa đổi, thay thế, bãi bỏ hoặc hướng dẫn văn bản nào. Chỉ ghi ở văn bản mới; văn bản cũ tự hiện quan hệ ngược lại và tự cập nhật tình trạng hiệu lực khi văn bản này được đăng.',
          en: 'What this document amends, replaces, repeals or guides. Recorded here only; the older document shows the reverse relation and updates its validity once this one is published.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              label: { vi: 'Tác động', en: 'Kind' },
              required: true,
              options: LEGAL_RELATION_KIND_CODES.map((code) => ({
                value: code,
                label: LEGAL_RELATION_KINDS[code].outgoing,
              })),
              admin: { width: '25%' },
            },
            {
              name: 'target',
              type: 'relationship',
              relationTo: 'legal-documents',
              label: { vi: 'Văn bản', en: 'Document' },
              required: true,
              index: true,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
              admin: { width: '45%' },
            },
            {
              name: 'scope',
              type: 'select',
              label: { vi: 'Phạm vi', en: 'Scope' },
              required: true,
              defaultValue: 'whole',
              options: (['whole', 'part'] as const).map((scope) => {
                const { vi, en } = LEGAL_RELATION_SCOPES[scope]
                return { value: scope, label: { vi, en } }
              }),
              admin: { width: '30%' },
            },
          ],
        },
        {
          name: 'note',
          type: 'text',
          label: { vi: 'Ghi chú', en: 'Note' },
          admin: { description: { vi: 'Ví dụ «Điều 5, khoản 2».', en: 'E.g. "Article 5, clause 2".' } },
        },
      ],
    },
    {
      name: 'validityOverride',
      type: 'group',
      label: { vi: 'Tự xác định tình trạng hiệu lực', en: 'Validity set by hand' },
      admin: {
        description: {
          vi: 'Chỉ dùng khi dữ liệu không thể hiện được (bị đình chỉ, ngưng hiệu lực theo quyết định khác…). Phải ghi lý do.',
          en: 'Only for what the data cannot express (a suspension, a court ruling…). A reason is required.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              label: { vi: 'Tình trạng', en: 'Status' },
              options: VALIDITY_OPTIONS,
              admin: { width: '50%' },
            },
            {
              name: 'since',
              type: 'date',
              label: { vi: 'Từ ngày', en: 'Since' },
              admin: { ...DAY, width: '50%' },
            },
          ],
        },
        {
          name: 'reason',
          type: 'textarea',
          label: { vi: 'Lý do', en: 'Reason' },
          admin: { condition: (_data, sibling) => Boolean(sibling?.status) },
        },
      ],
    },
    {
      name: 'validityStatus',
      type: 'select',
      label: { vi: 'Tình trạng hiệu lực', en: 'Validity' },
      options: VALIDITY_OPTIONS,
      index: true,
      access: computed,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Tính tự động khi lưu và khi văn bản khác tác động tới văn bản này. Văn bản chỉ đạo điều hành không có tình trạng hiệu lực.',
          en: 'Computed on save and whenever another document acts on this one. Directive documents have none.',
        },
      },
    },
    {
      name: 'validitySince',
      type: 'date',
      label: { vi: 'Tình trạng này từ ngày', en: 'Validity since' },
      access: computed,
      admin: { ...DAY, position: 'sidebar', readOnly: true },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: { vi: 'Đơn vị phụ trách', en: 'Responsible unit' },
      admin: { position: 'sidebar' },
    },
    translationPanelField(),
  ]),
}
