import type { CollectionConfig } from 'payload'
import {
  anyone,
  isBoardOrAdmin,
  isEditorial,
  localizedOnlyForTranslators,
  orTranslatorInEnglish,
} from '../../access'
import { auditAfterChange, auditAfterDelete } from '../../hooks/audit'
import { uniqueSlugHook } from '../../hooks/slug'
import { notifyPublisherAfterChange, notifyPublisherAfterDelete } from '../../publishing/hooks'
import { slugField } from '../fields/slug'

export const Sections: CollectionConfig = {
  slug: 'sections',
  labels: {
    singular: { vi: 'Chuyên mục', en: 'Section' },
    plural: { vi: 'Chuyên mục & chuyên đề', en: 'Sections & topics' },
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'parent', 'order', 'showOnHome'],
    description: {
      vi: 'Chuyên mục (Tin tức – Sự kiện, Chỉ đạo – Điều hành…) và chuyên đề (ví dụ «Bộ luật Lao động 2019»).',
      en: 'Sections (news, direction…) and topic pages.',
    },
  },
  access: {
    read: anyone,
    create: isEditorial,
    update: orTranslatorInEnglish(['editor', 'board', 'admin']),
    delete: isBoardOrAdmin,
  },
  hooks: {
    beforeChange: [uniqueSlugHook({ field: 'slug', from: 'title', locale: 'vi' })],
    afterChange: [auditAfterChange, notifyPublisherAfterChange(false)],
    afterDelete: [auditAfterDelete, notifyPublisherAfterDelete(false)],
  },
  fields: localizedOnlyForTranslators([
    { name: 'title', type: 'text', label: { vi: 'Tên', en: 'Title' }, required: true, localized: true },
    slugField('slug', { unique: true }),
    {
      name: 'kind',
      type: 'radio',
      label: { vi: 'Loại', en: 'Kind' },
      required: true,
      defaultValue: 'section',
      options: [
        { value: 'section', label: { vi: 'Chuyên mục', en: 'Section' } },
        { value: 'topic', label: { vi: 'Chuyên đề', en: 'Topic' } },
      ],
      admin: { layout: 'horizontal' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'sections',
      label: { vi: 'Chuyên mục cha', en: 'Parent section' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { position: 'sidebar' },
    },
    { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' }, localized: true },
    {
      name: 'order',
      type: 'number',
      label: { vi: 'Thứ tự', en: 'Order' },
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
    {
      name: 'showOnHome',
      type: 'checkbox',
      label: { vi: 'Hiện trên trang chủ', en: 'Show on the home page' },
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
  ]),
}
