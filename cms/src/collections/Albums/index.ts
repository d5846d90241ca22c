import type { CollectionConfig, Field } from 'payload'
import { ALBUM_KINDS } from '@cong/shared/snapshot'
import { ALBUM_KIND_ITEM_LABELS } from '@cong/shared/media'
import { localizedOnlyForTranslators } from '../../access'
import { editorialContentAccess } from '../../access/editorialContent'
import { auditAfterChange, auditAfterDelete } from '../../hooks/audit'
import { uniqueSlugHook } from '../../hooks/slug'
import { keepRowsForTranslators } from '../../hooks/translatorRows'
import { alwaysWriteMainDocument, applyWorkflow } from '../../hooks/workflow'
import { bilingual } from '../../i18n'
import { MEDIA_MESSAGES } from '../../i18n/media'
import { notifyPublisherAfterChange, notifyPublisherAfterDelete } from '../../publishing/hooks'
import { deleteTranslationAfterDelete, syncTranslationAfterChange } from '../../translations/hooks'
import { enforceOwnUnit } from '../Articles/hooks/enforceOwnUnit'
import { slugField } from '../fields/slug'
import { contributorUnitField } from '../fields/unit'
import { sideBySide, translationPanelField } from '../fields/translation'
import { workflowEditButtons, workflowFields } from '../fields/workflow'
import { checkAlbumMedia, validateEmbedUrl } from './hooks/albumMedia'

type Data = { kind?: string; video?: { source?: string } } | undefined
const isKind =
  (...kinds: string[]) =>
  (data: Data) =>
    kinds.includes(data?.kind ?? 'photo')

/** An array's value is its rows on the server and, in the admin's form state, its row count. */
const rowCount = (value: unknown): number =>
  Array.isArray(value) ? value.length : typeof value === 'number' ? value : 0

const present = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

const durationField = (description: { vi: string; en: string }): Field => ({
  name: 'durationSeconds',
  type: 'number',
  label: { vi: 'Thời lượng (giây)', en: 'Duration (seconds)' },
  min: 0,
  admin: { description },
})

const DURATION_FROM_FILE = {
  vi: 'Để trống: lấy thời lượng của tệp đã chọn.',
  en: 'Left empty, the chosen file’s duration is used.',
}

export const Albums: CollectionConfig = {
  slug: 'albums',
  labels: {
    singular: { vi: 'Đa phương tiện', en: 'Multimedia item' },
    plural: { vi: 'Đa phương tiện', en: 'Multimedia' },
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'title',
    components: { edit: workflowEditButtons },
    defaultColumns: ['title', 'kind', 'sections', 'workflowStatus', 'publishedAt'],
    listSearchableFields: ['title', 'slug'],
    description: {
      vi: 'Album ảnh, video và bản ghi âm thanh của mục Đa phương tiện; duyệt và đăng như tin bài. Tải video, âm thanh, phụ đề ở «Tệp video, âm thanh» trước, rồi chọn ở đây.',
      en: 'Photo albums, videos and audio recordings; approved and published like articles. Upload video, audio and subtitles under "Audio/video files" first, then choose them here.',
    },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: editorialContentAccess,
  hooks: {
    beforeOperation: [alwaysWriteMainDocument],
    beforeChange: [
      enforceOwnUnit,
      keepRowsForTranslators,
      applyWorkflow,
      checkAlbumMedia,
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
    {
      name: 'kind',
      type: 'radio',
      label: { vi: 'Loại', en: 'Kind' },
      required: true,
      defaultValue: 'photo',
      options: ALBUM_KINDS.map((kind) => ({ value: kind, label: ALBUM_KIND_ITEM_LABELS[kind] })),
      admin: { layout: 'horizontal' },
    },
    sideBySide({
      name: 'description',
      type: 'textarea',
      label: { vi: 'Giới thiệu', en: 'Description' },
      localized: true,
      admin: {
        description: {
          vi: 'Vài câu về sự kiện hoặc nội dung: hiển thị trên trang và trong kết quả tìm kiếm.',
          en: 'A few sentences about the event or content: shown on the page and in search results.',
        },
      },
    }),
    {
      name: 'photos',
      type: 'array',
      label: { vi: 'Ảnh (theo thứ tự hiển thị)', en: 'Photos (in display order)' },
      labels: { singular: { vi: 'Ảnh', en: 'Photo' }, plural: { vi: 'Ảnh', en: 'Photos' } },
      admin: {
        condition: isKind('photo'),
        description: {
          vi: 'Kéo để sắp xếp. Mỗi ảnh cần mô tả (alt) cho người không xem được ảnh.',
          en: 'Drag to reorder. Every photo needs alt text.',
        },
      },
      validate: (value: unknown, { data }: { data: Data }) =>
        isKind('photo')(data) && rowCount(value) === 0 ? bilingual(MEDIA_MESSAGES.photosRequired) : true,
      fields: [
        {
          name: 'image',
          type: 'upload',
          relationTo: 'media',
          label: { vi: 'Ảnh', en: 'Image' },
          validate: (value: unknown, { data }: { data: Data }) =>
            isKind('photo')(data) && (value === null || value === undefined || value === '')
              ? bilingual(MEDIA_MESSAGES.imageRequired)
              : true,
        },
        sideBySide({
          name: 'alt',
          type: 'text',
          label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text' },
          localized: true,
          validate: (value: unknown, { data }: { data: Data }) =>
            isKind('photo')(data) && !present(value) ? bilingual(MEDIA_MESSAGES.altRequired) : true,
        }),
        sideBySide({
          name: 'caption',
          type: 'text',
          label: { vi: 'Chú thích', en: 'Caption' },
          localized: true,
        }),
        { name: 'credit', type: 'text', label: { vi: 'Người chụp / nguồn', en: 'Photographer / source' } },
      ],
    },
    {
      name: 'video',
      type: 'group',
      label: { vi: 'Video', en: 'Video' },
      admin: { condition: isKind('video') },
      fields: [
        {
          name: 'source',
          type: 'radio',
          label: { vi: 'Nguồn video', en: 'Video source' },
          defaultValue: 'file',
          options: [
            { value: 'file', label: { vi: 'Tệp tải lên Cổng', en: 'A file uploaded to the portal' } },
            {
              value: 'embed',
              label: { vi: 'Nhúng từ YouTube, Vimeo…', en: 'Embedded from YouTube, Vimeo…' },
            },
          ],
          admin: { layout: 'horizontal' },
        },
        {
          name: 'file',
          type: 'upload',
          relationTo: 'media-files',
          label: { vi: 'Tệp video', en: 'Video file' },
          filterOptions: { kind: { equals: 'video' } },
          admin: { condition: (_data, sibling) => (sibling?.source ?? 'file') === 'file' },
        },
        {
          name: 'embedUrl',
          type: 'text',
          label: { vi: 'Địa chỉ video', en: 'Video address' },
          validate: validateEmbedUrl,
          admin: {
            condition: (_data, sibling) => sibling?.source === 'embed',
            description: {
              vi: 'Dán địa chỉ trang xem video, ví dụ https://www.youtube.com/watch?v=… Chỉ các trang được phép trong «Cấu hình Cổng».',
              en: 'Paste the address of the video’s page, e.g. https://www.youtube.com/watch?v=… Only sites allowed in Site settings.',
            },
          },
        },
        {
          name: 'poster',
          type: 'upload',
          relationTo: 'media',
          label: { vi: 'Ảnh bìa', en: 'Poster' },
          admin: {
            description: {
              vi: 'Để trống: dùng ảnh bìa của tệp video.',
              en: 'Left empty, the video file’s poster is used.',
            },
          },
        },
        durationField(DURATION_FROM_FILE),
        {
          name: 'tracks',
          type: 'array',
          label: { vi: 'Phụ đề', en: 'Subtitles and captions' },
          labels: { singular: { vi: 'Phụ đề', en: 'Track' }, plural: { vi: 'Phụ đề', en: 'Tracks' } },
          admin: { condition: (_data, sibling) => (sibling?.source ?? 'file') === 'file' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'file',
                  type: 'upload',
                  relationTo: 'media-files',
                  required: true,
                  label: { vi: 'Tệp phụ đề (.vtt)', en: 'Subtitles file (.vtt)' },
                  filterOptions: { kind: { equals: 'subtitles' } },
                },
                {
                  name: 'lang',
                  type: 'select',
                  required: true,
                  defaultValue: 'vi',
                  label: { vi: 'Ngôn ngữ', en: 'Language' },
                  options: [
                    { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
                    { value: 'en', label: { vi: 'Tiếng Anh', en: 'English' } },
                  ],
                },
                {
                  name: 'kind',
                  type: 'select',
                  required: true,
                  defaultValue: 'subtitles',
                  label: { vi: 'Loại', en: 'Kind' },
                  options: [
                    { value: 'subtitles', label: { vi: 'Phụ đề lời nói', en: 'Subtitles' } },
                    {
                      value: 'captions',
                      label: { vi: 'Phụ đề cho người khiếm thính', en: 'Captions (for deaf viewers)' },
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'audio',
      type: 'group',
      label: { vi: 'Âm thanh', en: 'Audio' },
      admin: { condition: isKind('audio') },
      fields: [
        {
          name: 'file',
          type: 'upload',
          relationTo: 'media-files',
          label: { vi: 'Tệp âm thanh', en: 'Audio file' },
          filterOptions: { kind: { equals: 'audio' } },
        },
        durationField(DURATION_FROM_FILE),
      ],
    },
    sideBySide({
      name: 'transcript',
      type: 'textarea',
      label: { vi: 'Bản ghi lời', en: 'Transcript' },
      localized: true,
      admin: {
        condition: isKind('video', 'audio'),
        description: {
          vi: 'Toàn văn lời nói, cho người không nghe được; mỗi đoạn cách nhau một dòng trống.',
          en: 'The full spoken text, for those who cannot listen; paragraphs separated by a blank line.',
        },
      },
    }),
    {
      name: 'sections',
      type: 'relationship',
      relationTo: 'sections',
      hasMany: true,
      label: { vi: 'Chuyên mục / chuyên đề', en: 'Sections / topics' },
      admin: { position: 'sidebar' },
    },
    contributorUnitField({
      vi: 'Đơn vị thực hiện; cộng tác viên chỉ chọn được đơn vị mình.',
      en: 'The unit that made it; contributors can only choose their own.',
    }),
    {
      name: 'credit',
      type: 'text',
      label: { vi: 'Tác giả / nguồn', en: 'Credit' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Người chụp, quay phim, thu âm hoặc nguồn.',
          en: 'Photographer, camera, sound or source.',
        },
      },
    },
    ...workflowFields,
    translationPanelField(),
  ]),
}
