import type { CollectionConfig, CollectionSlug, Field } from 'payload'
import { TRANSLATION_STATE_LABELS, TRANSLATION_STATES, TRANSLATABLE_LABELS } from '@cong/shared/translation'
import { fieldNobody, nobody } from '../../access/hasRole'
import { fieldTranslationWriters, translationReaders, translationWriters } from '../../access/translations'
import { translationEndpoints } from '../../endpoints/translations'
import { xliffEndpoints } from '../../endpoints/xliff'
import { sideBySide, translationPanelField } from '../fields/translation'

const dateTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const

/** Written by the server only (the items' hooks and the move endpoint): read-only through the API. */
const serverOnly = { create: fieldNobody, update: fieldNobody }

const readOnly = (field: Field): Field =>
  ({ ...field, access: serverOnly, admin: { ...field.admin, readOnly: true } }) as Field

/**
 * One record per translatable item: the state of its English and the published English itself
 * (docs/translation-and-multimedia.md, "The translation record"). Records are made by the items'
 * `afterChange` hooks and moved by `POST /api/translations/move`, both as server code; through
 * the API nobody creates or deletes one, and only the Q&A working English (`question`) is typed.
 *
 * `item` may point at the translatable collections this configuration has (`itemSlugs`), so the
 * record follows whichever of them are registered.
 */
export const translationsCollection = (itemSlugs: string[]): CollectionConfig => ({
  slug: 'translations',
  labels: {
    singular: { vi: 'Bản tiếng Anh', en: 'Translation' },
    plural: { vi: 'Bản tiếng Anh', en: 'Translations' },
  },
  admin: {
    group: { vi: 'Bản tiếng Anh', en: 'English' },
    useAsTitle: 'title',
    defaultColumns: ['state', 'title', 'itemCollection', 'stateChangedAt'],
    listSearchableFields: ['title', 'itemId'],
    description: {
      vi: 'Trạng thái bản tiếng Anh của từng tin bài, trang, văn bản, đơn vị, album và câu hỏi công khai. Trạng thái chuyển bằng các nút trong bảng «Bản tiếng Anh» của từng mục.',
      en: "The English version's state of each article, page, document, unit, album and public question. States move with the buttons of each item's English panel.",
    },
  },
  defaultSort: '-stateChangedAt',
  access: {
    read: translationReaders,
    create: nobody,
    update: translationWriters,
    delete: nobody,
  },
  indexes: [{ fields: ['itemCollection', 'itemId'], unique: true }],
  // `/api/translations/…` is this collection's path, so the workflow's endpoints live here.
  endpoints: [...translationEndpoints, ...xliffEndpoints],
  fields: [
    readOnly({ name: 'item', type: 'relationship', relationTo: itemSlugs as CollectionSlug[], label: { vi: 'Mục', en: 'Item' } }),
    {
      type: 'row',
      fields: [
        readOnly({
          name: 'itemCollection',
          type: 'select',
          label: { vi: 'Loại', en: 'Kind' },
          required: true,
          index: true,
          options: Object.entries(TRANSLATABLE_LABELS).map(([value, label]) => ({ value, label })),
        }),
        readOnly({ name: 'itemId', type: 'text', label: { vi: 'Mã mục', en: 'Item id' }, required: true, index: true }),
      ],
    },
    readOnly({ name: 'title', type: 'text', label: { vi: 'Tiêu đề (tiếng Việt)', en: 'Title (Vietnamese)' } }),
    readOnly({
      name: 'state',
      type: 'select',
      label: { vi: 'Trạng thái', en: 'State' },
      required: true,
      defaultValue: 'not-needed',
      index: true,
      options: TRANSLATION_STATES.map((value) => ({ value, label: TRANSLATION_STATE_LABELS[value] })),
      admin: { position: 'sidebar' },
    }),
    readOnly({ name: 'stateChangedAt', type: 'date', label: { vi: 'Chuyển trạng thái lúc', en: 'State changed' }, index: true, admin: { position: 'sidebar', date: dateTime } }),
    readOnly({ name: 'neededSince', type: 'date', label: { vi: 'Cần dịch từ', en: 'Needed since' }, index: true, admin: { position: 'sidebar', date: dateTime } }),
    readOnly({ name: 'sections', type: 'relationship', relationTo: 'sections', hasMany: true, label: { vi: 'Chuyên mục', en: 'Sections' } }),
    readOnly({ name: 'unit', type: 'relationship', relationTo: 'units', index: true, label: { vi: 'Đơn vị', en: 'Unit' } }),
    readOnly({ name: 'viewCount', type: 'number', label: { vi: 'Lượt xem', en: 'Views' }, defaultValue: 0, admin: { position: 'sidebar' } }),
    readOnly({ name: 'sourcePublishedAt', type: 'date', label: { vi: 'Bản tiếng Việt đăng lúc', en: 'Vietnamese published' }, index: true, admin: { position: 'sidebar', date: dateTime } }),
    readOnly({ name: 'itemPublic', type: 'checkbox', label: { vi: 'Bản tiếng Việt đang công khai', en: 'Vietnamese is public' }, defaultValue: false, admin: { position: 'sidebar' } }),
    readOnly({ name: 'sourceTexts', type: 'json', label: { vi: 'Bản gốc đã dịch', en: 'Source translated' } }),
    readOnly({ name: 'sourceFingerprint', type: 'json', label: { vi: 'Dấu bản gốc', en: 'Source fingerprint' }, admin: { hidden: true } }),
    readOnly({ name: 'changedFields', type: 'json', label: { vi: 'Trường đã thay đổi', en: 'Changed fields' } }),
    readOnly({ name: 'published', type: 'json', label: { vi: 'Bản tiếng Anh đang đăng', en: 'Published English' } }),
    readOnly({ name: 'publishedAt', type: 'date', label: { vi: 'Đăng tiếng Anh lúc', en: 'English published' }, admin: { position: 'sidebar', date: dateTime } }),
    readOnly({ name: 'firstPublishedAt', type: 'date', label: { vi: 'Đăng tiếng Anh lần đầu', en: 'English first published' }, index: true, admin: { position: 'sidebar', date: dateTime } }),
    readOnly({ name: 'translator', type: 'relationship', relationTo: 'users', label: { vi: 'Người dịch', en: 'Translator' }, admin: { position: 'sidebar' } }),
    readOnly({ name: 'reviewer', type: 'relationship', relationTo: 'users', label: { vi: 'Người duyệt', en: 'Reviewer' }, admin: { position: 'sidebar' } }),
    readOnly({ name: 'reason', type: 'textarea', label: { vi: 'Lý do trả lại / gỡ', en: 'Reason returned / withdrawn' } }),
    {
      name: 'question',
      type: 'group',
      label: { vi: 'Bản tiếng Anh của câu hỏi', en: 'English of the question' },
      access: { create: fieldNobody, update: fieldTranslationWriters },
      admin: {
        condition: (data) => data?.itemCollection === 'cases',
        description: {
          vi: 'Người dịch soạn bản tiếng Anh của câu hỏi và câu trả lời tại đây (không mở hồ sơ gốc, vốn có thông tin cá nhân của người hỏi).',
          en: "The translator writes the English of the question and answer here (the case itself holds the sender's personal data).",
        },
      },
      fields: [
        // The case's public Vietnamese beside each English field (the record is English whatever the locale).
        sideBySide({ name: 'title', type: 'text', label: { vi: 'Tiêu đề (tiếng Anh)', en: 'Title (English)' } }, { sourceField: 'title', always: true }),
        sideBySide({ name: 'question', type: 'textarea', label: { vi: 'Câu hỏi (tiếng Anh)', en: 'Question (English)' } }, { sourceField: 'question', always: true }),
        sideBySide({ name: 'answer', type: 'richText', label: { vi: 'Trả lời (tiếng Anh)', en: 'Answer (English)' } }, { sourceField: 'answer', always: true }),
      ],
    },
    translationPanelField(),
  ],
})
