import type { CollectionConfig } from 'payload'
import {
  isBoardOrAdmin,
  isEditorial,
  localizedOnlyForTranslators,
  orTranslatorInEnglish,
  publishedOrStaff,
} from '../../access'
import { auditAfterChange, auditAfterDelete } from '../../hooks/audit'
import { uniqueSlugHook } from '../../hooks/slug'
import { alwaysWriteMainDocument, applyWorkflow } from '../../hooks/workflow'
import { notifyPublisherAfterChange, notifyPublisherAfterDelete } from '../../publishing/hooks'
import { slugField } from '../fields/slug'
import { sideBySide, translationPanelField } from '../fields/translation'
import { workflowEditButtons, workflowFields } from '../fields/workflow'
import { deleteTranslationAfterDelete, syncTranslationAfterChange } from '../../translations/hooks'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { vi: 'Trang tĩnh', en: 'Page' }, plural: { vi: 'Trang tĩnh', en: 'Pages' } },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'title',
    components: { edit: workflowEditButtons },
    defaultColumns: ['title', 'kind', 'workflowStatus', 'order', 'updatedAt'],
    description: {
      vi: 'Giới thiệu, Người phát ngôn, Liên hệ và các trang cố định khác; duyệt như tin bài.',
      en: 'About, spokesperson, contact and other fixed pages; approved like articles.',
    },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrStaff,
    create: isEditorial,
    update: orTranslatorInEnglish(['editor', 'board', 'admin']),
    delete: isBoardOrAdmin,
    readVersions: isEditorial,
  },
  hooks: {
    beforeOperation: [alwaysWriteMainDocument],
    beforeChange: [applyWorkflow, uniqueSlugHook({ field: 'slug', from: 'title', locale: 'vi' })],
    afterChange: [auditAfterChange, notifyPublisherAfterChange(true), syncTranslationAfterChange],
    afterDelete: [auditAfterDelete, notifyPublisherAfterDelete(true), deleteTranslationAfterDelete],
  },
  fields: localizedOnlyForTranslators([
    sideBySide({ name: 'title', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' }, required: true, localized: true }),
    slugField('slug', { unique: true }),
    {
      name: 'kind',
      type: 'select',
      label: { vi: 'Loại trang', en: 'Kind' },
      required: true,
      defaultValue: 'generic',
      options: [
        { value: 'about', label: { vi: 'Giới thiệu', en: 'About' } },
        { value: 'spokesperson', label: { vi: 'Người phát ngôn', en: 'Spokesperson' } },
        { value: 'contact', label: { vi: 'Liên hệ', en: 'Contact' } },
        { value: 'generic', label: { vi: 'Trang khác', en: 'Other' } },
      ],
      admin: { position: 'sidebar' },
    },
    sideBySide({ name: 'body', type: 'richText', label: { vi: 'Nội dung', en: 'Body' }, localized: true }),
    {
      name: 'order',
      type: 'number',
      label: { vi: 'Thứ tự', en: 'Order' },
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
    ...workflowFields,
    translationPanelField(),
  ]),
}
