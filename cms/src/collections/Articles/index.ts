import type { CollectionConfig } from 'payload'
import type { Role } from '@cong/shared/roles'
import { fieldHasRole, fieldNobody, localizedOnlyForTranslators } from '../../access'
import { editorialContentAccess } from '../../access/editorialContent'
import { roleOf } from '../../access/roles'
import { auditAfterChange, auditAfterDelete } from '../../hooks/audit'
import { uniqueSlugHook } from '../../hooks/slug'
import { alwaysWriteMainDocument, applyWorkflow } from '../../hooks/workflow'
import { MESSAGES, bilingual } from '../../i18n'
import { notifyPublisherAfterChange, notifyPublisherAfterDelete } from '../../publishing/hooks'
import { slugField } from '../fields/slug'
import { contributorUnitField } from '../fields/unit'
import { sideBySide, translationPanelField } from '../fields/translation'
import { workflowEditButtons, workflowFields } from '../fields/workflow'
import { enforceOwnUnit } from './hooks/enforceOwnUnit'
import { articleBodyEditor } from './bodyEditor'
import { contentGate } from './hooks/contentGate'
import { recordRepublishedOriginal, republishingGate } from './hooks/republishing'
import { deleteTranslationAfterDelete, syncTranslationAfterChange } from '../../translations/hooks'

/** Who puts an article on the home page's featured slot. */
const FEATURING: Role[] = ['editor', 'board', 'admin']

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: { vi: 'Tin bài', en: 'Article' }, plural: { vi: 'Tin bài', en: 'Articles' } },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'title',
    components: { edit: workflowEditButtons },
    defaultColumns: ['title', 'workflowStatus', 'unit', 'sections', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'sapo', 'slug'],
    description: {
      vi: 'Tin, bài của Cổng. Cộng tác viên viết cho đơn vị mình và gửi duyệt; Ban Biên tập duyệt và đăng.',
      en: 'News and articles. Contributors write for their unit and submit; the board approves and publishes.',
    },
  },
  versions: { drafts: true, maxPerDoc: 100 },
  access: editorialContentAccess,
  hooks: {
    beforeOperation: [alwaysWriteMainDocument],
    beforeChange: [
      enforceOwnUnit,
      recordRepublishedOriginal,
      applyWorkflow,
      republishingGate,
      contentGate,
      uniqueSlugHook({ field: 'slug', from: 'title', locale: 'vi' }),
      uniqueSlugHook({ field: 'slugEn', from: 'title', locale: 'en' }),
    ],
    afterChange: [auditAfterChange, notifyPublisherAfterChange(true), syncTranslationAfterChange],
    afterDelete: [auditAfterDelete, notifyPublisherAfterDelete(true), deleteTranslationAfterDelete],
  },
  fields: localizedOnlyForTranslators([
    sideBySide({
      name: 'title',
      type: 'text',
      label: { vi: 'Tiêu đề', en: 'Title' },
      required: true,
      localized: true,
    }),
    slugField('slug', { unique: true }),
    slugField('slugEn'),
    sideBySide({
      name: 'sapo',
      type: 'textarea',
      label: { vi: 'Sa-pô (tóm tắt)', en: 'Lead (sapo)' },
      localized: true,
      admin: {
        description: { vi: 'Đoạn mở đầu in đậm, 2–3 câu.', en: 'The bold lead paragraph, 2–3 sentences.' },
      },
    }),
    sideBySide({
      name: 'body',
      type: 'richText',
      label: { vi: 'Nội dung', en: 'Body' },
      localized: true,
      editor: articleBodyEditor,
    }),
    {
      name: 'contentCheck',
      type: 'ui',
      admin: {
        components: { Field: '/components/ContentCheck/ContentCheckField#ContentCheckField' },
        // The checker reads Vietnamese; a translator editing English gets no Vietnamese warnings.
        condition: (_data, _sibling, { user }) =>
          roleOf(user as Parameters<typeof roleOf>[0]) !== 'translator',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'cover',
          type: 'upload',
          relationTo: 'media',
          label: { vi: 'Ảnh đại diện', en: 'Cover image' },
        },
        sideBySide({
          name: 'coverCaption',
          type: 'text',
          label: { vi: 'Chú thích ảnh', en: 'Cover caption' },
          localized: true,
        }),
      ],
    },
    {
      name: 'sections',
      type: 'relationship',
      relationTo: 'sections',
      hasMany: true,
      required: true,
      label: { vi: 'Chuyên mục / chuyên đề', en: 'Sections / topics' },
    },
    contributorUnitField({
      vi: 'Đơn vị gửi bài; cộng tác viên chỉ chọn được đơn vị mình.',
      en: 'The unit the article comes from.',
    }),
    { name: 'author', type: 'text', label: { vi: 'Tác giả', en: 'Author' }, admin: { position: 'sidebar' } },
    {
      name: 'origin',
      type: 'radio',
      label: { vi: 'Nguồn gốc', en: 'Origin' },
      required: true,
      defaultValue: 'own',
      options: [
        { value: 'own', label: { vi: 'Tự viết', en: 'Own writing' } },
        { value: 'republished', label: { vi: 'Đăng lại', en: 'Republished' } },
      ],
      admin: { layout: 'horizontal' },
    },
    {
      name: 'source',
      type: 'group',
      label: { vi: 'Nguồn bài đăng lại', en: 'Source of the republished article' },
      admin: {
        condition: (data) => data?.origin === 'republished',
        description: {
          vi: 'Bài đăng lại giữ nguyên tiêu đề và nội dung gốc, ghi rõ nguồn và sự cho phép.',
          en: 'A republished article keeps its original title and body and names its source and permission.',
        },
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { vi: 'Tên nguồn', en: 'Source name' },
          validate: (value: unknown, { data }: { data: { origin?: string } }) =>
            data?.origin === 'republished' && !(typeof value === 'string' && value.trim())
              ? bilingual(MESSAGES.sourceRequired)
              : true,
        },
        { name: 'url', type: 'text', label: { vi: 'Đường dẫn gốc', en: 'Original URL' } },
        {
          name: 'permission',
          type: 'textarea',
          label: { vi: 'Sự cho phép đăng lại', en: 'Permission to republish' },
        },
      ],
    },
    {
      name: 'republishedOriginal',
      type: 'group',
      label: { vi: 'Bản gốc đã ghi nhận', en: 'Recorded original' },
      admin: {
        readOnly: true,
        condition: (data) => data?.origin === 'republished' && Boolean(data?.republishedOriginal?.title),
        description: {
          vi: 'Tiêu đề và nội dung ghi nhận lần lưu đầu; bài chỉ gửi duyệt được khi giữ nguyên như vậy.',
          en: 'Title and body recorded at first save; the article can be submitted only while it keeps them.',
        },
      },
      fields: [
        { name: 'title', type: 'text', label: { vi: 'Tiêu đề gốc', en: 'Original title' } },
        { name: 'bodyText', type: 'textarea', label: { vi: 'Nội dung gốc', en: 'Original body' } },
      ],
    },
    { name: 'tags', type: 'text', hasMany: true, label: { vi: 'Từ khoá', en: 'Tags' } },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      label: { vi: 'Tin liên quan', en: 'Related articles' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'featured',
      type: 'checkbox',
      label: { vi: 'Tin nổi bật', en: 'Featured' },
      defaultValue: false,
      access: { update: fieldHasRole(...FEATURING), create: fieldHasRole(...FEATURING) },
      admin: {
        position: 'sidebar',
        // A checkbox one may not tick is noise; the value stays readable through the API.
        condition: (_data, _siblingData, { user }) => {
          const role = roleOf(user as Parameters<typeof roleOf>[0])
          return role !== null && FEATURING.includes(role)
        },
      },
    },
    ...workflowFields,
    translationPanelField(),
    {
      name: 'viewCount',
      type: 'number',
      label: { vi: 'Lượt xem', en: 'Views' },
      defaultValue: 0,
      access: { create: fieldNobody, update: fieldNobody },
      admin: { position: 'sidebar', readOnly: true },
    },
  ]),
}
