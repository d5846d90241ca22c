import type { CollectionConfig } from 'payload'
import { DRAFT_STATUSES, periodState, type DraftStatus } from '@cong/shared/commentPeriod'
import {
  fieldNobody,
  isBoardOrAdmin,
  isDraftWriter,
  localizedOnlyForTranslators,
  orTranslatorInEnglish,
  ownDraftingUnitOrEditorial,
  ownDraftingUnitOrReviewer,
} from '../../access'
import { relationId, requestRole, unitOf } from '../../access/roles'
import { dayOf } from '../../days'
import { auditAfterChange, auditAfterDelete } from '../../hooks/audit'
import { publishOnlyBy } from '../../hooks/publishRights'
import { uniqueSlugHook } from '../../hooks/slug'
import { keepRowsForTranslators } from '../../hooks/translatorRows'
import {
  noteDraftSaves,
  notifyPublisherAfterDelete,
  notifyPublisherUnlessDraftSave,
} from '../../publishing/hooks'
import { slugField } from '../fields/slug'
import { LEGAL_DOC_TYPE_OPTIONS, LEGAL_FIELD_OPTIONS } from '../LegalDocuments'
import { commentPreflight, postComment } from './endpoints/comments'
import { answeringOutages } from '../../endpoints/publicRequest'
import { exportComments } from './endpoints/export'
import { documentFilesField } from '../fields/documentFiles'
import { enforceOwnDraftingUnit } from './hooks/enforceOwnDraftingUnit'
import { applyPeriod, deleteCommentsWithDraft } from './hooks/period'

const DAY = { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } as const

const STATUS_CODES = Object.keys(DRAFT_STATUSES) as DraftStatus[]


const periodClosed = (data: { opensOn?: unknown; closesOn?: unknown } | undefined) => {
  const opensOn = dayOf(data?.opensOn)
  const closesOn = dayOf(data?.closesOn)
  return Boolean(opensOn && closesOn && periodState({ opensOn, closesOn }, new Date()) === 'closed')
}

export const Drafts: CollectionConfig = {
  slug: 'drafts',
  labels: {
    singular: { vi: 'Dự thảo văn bản', en: 'Draft for comment' },
    plural: { vi: 'Dự thảo văn bản', en: 'Drafts for comment' },
  },
  admin: {
    group: { vi: 'Văn bản – Dự thảo', en: 'Legal documents & drafts' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'draftingUnit', 'opensOn', 'closesOn', 'status', '_status'],
    listSearchableFields: ['title', 'slug'],
    description: {
      vi: 'Dự thảo đăng để lấy ý kiến nhân dân. Đơn vị chủ trì soạn thảo nhập và kiểm duyệt góp ý; Biên tập viên, Ban Biên tập đăng. Sau khi hết hạn, đăng báo cáo tổng hợp, tiếp thu, giải trình.',
      en: 'Drafts published for public comment. The drafting unit enters them and moderates comments; editors and the board publish. After the period, publish the summary of comments and how they were addressed.',
    },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: '-opensOn',
  access: {
    read: ownDraftingUnitOrReviewer,
    create: isDraftWriter,
    update: ownDraftingUnitOrEditorial,
    delete: isBoardOrAdmin,
    readVersions: orTranslatorInEnglish(['contributor', 'editor', 'board', 'admin']),
  },
  endpoints: [
    { path: '/:id/comments', method: 'post', handler: answeringOutages(postComment) },
    { path: '/:id/comments', method: 'options', handler: commentPreflight },
    { path: '/:id/comments/export', method: 'get', handler: exportComments },
  ],
  hooks: {
    beforeOperation: [noteDraftSaves, publishOnlyBy(['editor', 'board', 'admin'])],
    beforeChange: [
      keepRowsForTranslators,
      enforceOwnDraftingUnit,
      uniqueSlugHook({ field: 'slug', from: 'title', locale: 'vi' }),
      applyPeriod,
    ],
    afterChange: [auditAfterChange, notifyPublisherUnlessDraftSave],
    beforeDelete: [deleteCommentsWithDraft],
    afterDelete: [auditAfterDelete, notifyPublisherAfterDelete(true)],
  },
  fields: localizedOnlyForTranslators([
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tên dự thảo', en: 'Title' },
      required: true,
      localized: true,
    },
    slugField('slug', { unique: true }),
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          label: { vi: 'Loại văn bản', en: 'Document type' },
          required: true,
          options: LEGAL_DOC_TYPE_OPTIONS,
          admin: { width: '50%' },
        },
        {
          name: 'draftingUnit',
          type: 'relationship',
          relationTo: 'units',
          label: { vi: 'Đơn vị chủ trì soạn thảo', en: 'Drafting unit' },
          required: true,
          index: true,
          defaultValue: ({ user }) =>
            user && 'unit' in user ? (relationId(user.unit) ?? undefined) : undefined,
          filterOptions: ({ req }) => {
            const unit = unitOf(req)
            return requestRole(req) === 'contributor' && unit ? { id: { equals: unit } } : true
          },
          admin: {
            width: '50%',
            description: {
              vi: 'Thành viên đơn vị này sửa dự thảo và kiểm duyệt góp ý.',
              en: 'Members of this unit edit the draft and moderate its comments.',
            },
          },
        },
      ],
    },
    {
      name: 'fields',
      type: 'select',
      label: { vi: 'Lĩnh vực', en: 'Fields' },
      hasMany: true,
      options: LEGAL_FIELD_OPTIONS,
    },
    {
      name: 'description',
      type: 'richText',
      label: { vi: 'Giới thiệu dự thảo', en: 'Description' },
      localized: true,
      admin: {
        description: {
          vi: 'Sự cần thiết, phạm vi điều chỉnh, những điểm mới cần xin ý kiến.',
          en: 'Why the regulation is needed, what it covers, the points on which comments are sought.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'opensOn',
          type: 'date',
          label: { vi: 'Bắt đầu lấy ý kiến', en: 'Comments open on' },
          required: true,
          index: true,
          admin: {
            ...DAY,
            width: '50%',
            description: {
              vi: 'Từ 00:00 ngày này (giờ Việt Nam).',
              en: 'From 00:00 on this day, Viet Nam time.',
            },
          },
        },
        {
          name: 'closesOn',
          type: 'date',
          label: { vi: 'Hết hạn lấy ý kiến', en: 'Comments close on' },
          required: true,
          index: true,
          admin: {
            ...DAY,
            width: '50%',
            description: {
              vi: 'Đến hết 23:59 ngày này (giờ Việt Nam).',
              en: 'Until 23:59 on this day, Viet Nam time.',
            },
          },
        },
      ],
    },
    documentFilesField(
      'files',
      { vi: 'Tệp dự thảo', en: 'Draft files' },
      {
        vi: 'Dự thảo văn bản, tờ trình, báo cáo đánh giá tác động… (PDF, DOC, DOCX).',
        en: 'The draft, the explanatory report, the impact assessment… (PDF, DOC, DOCX).',
      },
    ),
    {
      name: 'resultingDocument',
      type: 'relationship',
      relationTo: 'legal-documents',
      label: { vi: 'Văn bản đã ban hành', en: 'Resulting document' },
      admin: {
        description: {
          vi: 'Khi văn bản được ban hành, chọn văn bản đó: dự thảo chuyển sang «Đã ban hành».',
          en: 'Once the regulation is issued, pick it: the draft then shows as issued.',
        },
      },
    },
    {
      name: 'summary',
      type: 'group',
      label: { vi: 'Báo cáo tổng hợp, tiếp thu, giải trình', en: 'Summary of comments and responses' },
      admin: {
        condition: (data) => periodClosed(data),
        description: {
          vi: 'Nhập sau khi hết hạn lấy ý kiến: tổng hợp góp ý đã nhận, việc tiếp thu và giải trình.',
          en: 'Entered after the comment period: the comments received and how they were taken into account.',
        },
      },
      fields: [
        { name: 'body', type: 'richText', label: { vi: 'Nội dung báo cáo', en: 'Report' }, localized: true },
        documentFilesField(
          'files',
          { vi: 'Tệp báo cáo', en: 'Report files' },
          { vi: 'Bản báo cáo có chữ ký (PDF) nếu có.', en: 'The signed report (PDF) if there is one.' },
        ),
        {
          name: 'publishedAt',
          type: 'date',
          label: { vi: 'Ngày đăng báo cáo', en: 'Report published on' },
          admin: {
            ...DAY,
            description: {
              vi: 'Để trống: lấy ngày nhập báo cáo.',
              en: 'Left empty: the day the report is entered.',
            },
          },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      // PostgreSQL names enums after the field: `enum_drafts_status` is already Payload's `_status`.
      enumName: 'enum_drafts_consultation_status',
      label: { vi: 'Tình trạng', en: 'Status' },
      options: STATUS_CODES.map((code) => ({ value: code, label: DRAFT_STATUSES[code] })),
      index: true,
      access: { create: fieldNobody, update: fieldNobody },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Tính tự động từ thời gian lấy ý kiến và văn bản đã ban hành.',
          en: 'Computed from the comment period and the resulting document.',
        },
      },
    },
    {
      name: 'commentsPanel',
      type: 'ui',
      label: { vi: 'Góp ý', en: 'Comments' },
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/Drafts/components/CommentsPanel#CommentsPanel' },
      },
    },
  ]),
}
