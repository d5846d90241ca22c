import type { CollectionConfig } from 'payload'
import {
  anyone,
  isAdmin,
  isBoardOrAdmin,
  localizedOnlyForTranslators,
  orTranslatorInEnglish,
} from '../../access'
import { auditAfterChange, auditAfterDelete } from '../../hooks/audit'
import { uniqueSlugHook } from '../../hooks/slug'
import { keepRowsForTranslators } from '../../hooks/translatorRows'
import { notifyPublisherAfterChange, notifyPublisherAfterDelete } from '../../publishing/hooks'
import { slugField } from '../fields/slug'
import { sideBySide, translationPanelField } from '../fields/translation'
import { deleteTranslationAfterDelete, syncTranslationAfterChange } from '../../translations/hooks'

export const UNIT_KINDS = [
  { value: 'ministry', label: { vi: 'Bộ', en: 'Ministry' } },
  { value: 'department', label: { vi: 'Vụ', en: 'Department' } },
  { value: 'general-department', label: { vi: 'Cục', en: 'General department' } },
  { value: 'inspectorate', label: { vi: 'Thanh tra', en: 'Inspectorate' } },
  { value: 'office', label: { vi: 'Văn phòng', en: 'Office' } },
  { value: 'institute', label: { vi: 'Viện', en: 'Institute' } },
  { value: 'center', label: { vi: 'Trung tâm', en: 'Center' } },
  { value: 'school', label: { vi: 'Trường', en: 'School' } },
  { value: 'newspaper', label: { vi: 'Báo, tạp chí', en: 'Newspaper' } },
  { value: 'other', label: { vi: 'Khác', en: 'Other' } },
]

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: { vi: 'Đơn vị', en: 'Unit' }, plural: { vi: 'Cơ cấu tổ chức', en: 'Units' } },
  admin: {
    group: { vi: 'Tổ chức', en: 'Organisation' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'kind', 'parent', 'order'],
    description: {
      vi: 'Các đơn vị (Vụ, Cục, Thanh tra, Văn phòng…) theo cây tổ chức, với lãnh đạo và chức năng nhiệm vụ.',
      en: 'The organisation tree, with leaders and functions.',
    },
  },
  access: {
    read: anyone,
    create: isBoardOrAdmin,
    update: orTranslatorInEnglish(['board', 'admin']),
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [keepRowsForTranslators, uniqueSlugHook({ field: 'slug', from: 'name', locale: 'vi' })],
    afterChange: [auditAfterChange, notifyPublisherAfterChange(false), syncTranslationAfterChange],
    afterDelete: [auditAfterDelete, notifyPublisherAfterDelete(false), deleteTranslationAfterDelete],
  },
  fields: localizedOnlyForTranslators([
    sideBySide({ name: 'name', type: 'text', label: { vi: 'Tên đơn vị', en: 'Name' }, required: true, localized: true }),
    {
      type: 'row',
      fields: [
        { name: 'shortName', type: 'text', label: { vi: 'Tên viết tắt', en: 'Short name' } },
        {
          name: 'kind',
          type: 'select',
          label: { vi: 'Loại đơn vị', en: 'Kind' },
          required: true,
          defaultValue: 'department',
          options: UNIT_KINDS,
        },
      ],
    },
    slugField('slug', { unique: true }),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'units',
      label: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      label: { vi: 'Thứ tự', en: 'Order' },
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
    translationPanelField(),
    sideBySide({
      name: 'functions',
      type: 'richText',
      label: { vi: 'Chức năng, nhiệm vụ', en: 'Functions and duties' },
      localized: true,
    }),
    {
      name: 'legalBasis',
      type: 'text',
      label: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
      admin: { description: { vi: 'Ví dụ: Nghị định 14/2017/NĐ-CP', en: 'e.g. Decree 14/2017/NĐ-CP' } },
    },
    {
      name: 'leaders',
      type: 'array',
      label: { vi: 'Lãnh đạo đơn vị', en: 'Leaders' },
      labels: { singular: { vi: 'Lãnh đạo', en: 'Leader' }, plural: { vi: 'Lãnh đạo', en: 'Leaders' } },
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Name' }, required: true },
            sideBySide({
              name: 'title',
              type: 'text',
              label: { vi: 'Chức vụ', en: 'Title' },
              required: true,
              localized: true,
            }),
            { name: 'isHead', type: 'checkbox', label: { vi: 'Người đứng đầu', en: 'Head of unit' } },
          ],
        },
        { name: 'photo', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh', en: 'Photo' } },
        sideBySide({
          name: 'bio',
          type: 'textarea',
          label: { vi: 'Tóm tắt tiểu sử', en: 'Short biography' },
          localized: true,
        }),
        sideBySide({
          name: 'responsibilities',
          type: 'textarea',
          label: { vi: 'Lĩnh vực phụ trách', en: 'Responsibilities' },
          localized: true,
        }),
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
            { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { vi: 'Liên hệ', en: 'Contact' },
      fields: [
        { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
            { name: 'website', type: 'text', label: { vi: 'Trang web', en: 'Website' } },
          ],
        },
      ],
    },
  ]),
}
