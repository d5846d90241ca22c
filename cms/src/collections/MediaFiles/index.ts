import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone, isArticleWriter, isBoardOrAdmin, isEditorial } from '../../access'
import { dataDir } from '../../db/adapter'
import { auditAfterChange, auditAfterDelete } from '../../hooks/audit'
import { MEDIA_FILE_KIND_LABELS } from '../../i18n/media'
import { notifyPublisherAfterChange, notifyPublisherAfterDelete } from '../../publishing/hooks'
import {
  ACCEPTED_UPLOAD_TYPES,
  attachPosterFrame,
  checkMediaFile,
  deriveMediaFields,
} from './hooks/processMediaFile'

/**
 * Video, audio and WebVTT subtitles for the Đa phương tiện section
 * (docs/translation-and-multimedia.md, "media-files"). Images stay in `media`.
 */
export const MediaFiles: CollectionConfig = {
  slug: 'media-files',
  labels: {
    singular: { vi: 'Tệp video, âm thanh', en: 'Audio/video file' },
    plural: { vi: 'Tệp video, âm thanh', en: 'Audio/video files' },
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'durationSeconds', 'filename', 'updatedAt'],
    listSearchableFields: ['title', 'filename'],
    description: {
      vi: 'Video (MP4, WebM), âm thanh (MP3, M4A, OGG, WebM) và phụ đề WebVTT (.vtt) dùng trong mục Đa phương tiện. Thời lượng và ảnh bìa video được lấy tự động khi máy chủ có ffmpeg.',
      en: 'Video (MP4, WebM), audio (MP3, M4A, OGG, WebM) and WebVTT subtitles (.vtt) for the Multimedia section. Duration and video poster are filled in automatically when the server has ffmpeg.',
    },
  },
  access: {
    read: anyone,
    create: isArticleWriter,
    update: isEditorial,
    delete: isBoardOrAdmin,
  },
  upload: {
    staticDir: path.join(dataDir(), 'media-files'),
    mimeTypes: ACCEPTED_UPLOAD_TYPES,
  },
  hooks: {
    beforeOperation: [checkMediaFile],
    beforeChange: [deriveMediaFields],
    afterChange: [attachPosterFrame, auditAfterChange, notifyPublisherAfterChange(false)],
    afterDelete: [auditAfterDelete, notifyPublisherAfterDelete(false)],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { vi: 'Tên tệp (để tìm lại)', en: 'Title (to find it again)' },
      admin: {
        description: {
          vi: 'Ví dụ «Hội nghị tổng kết 2024 – toàn văn», «Phụ đề tiếng Anh – Hội nghị tổng kết».',
          en: 'e.g. "Annual review 2024 – full recording", "English subtitles – annual review".',
        },
      },
    },
    {
      name: 'kind',
      type: 'select',
      label: { vi: 'Loại', en: 'Kind' },
      index: true,
      options: Object.entries(MEDIA_FILE_KIND_LABELS).map(([value, label]) => ({ value, label })),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: { vi: 'Xác định từ nội dung tệp.', en: 'Taken from the file itself.' },
      },
    },
    {
      name: 'language',
      type: 'select',
      label: { vi: 'Ngôn ngữ phụ đề', en: 'Subtitles language' },
      options: [
        { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
        { value: 'en', label: { vi: 'Tiếng Anh', en: 'English' } },
      ],
      admin: { position: 'sidebar', condition: (data) => data?.kind === 'subtitles' },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      label: { vi: 'Thời lượng (giây)', en: 'Duration (seconds)' },
      min: 0,
      admin: {
        position: 'sidebar',
        condition: (data) => data?.kind !== 'subtitles',
        description: {
          vi: 'Điền tự động khi máy chủ có ffmpeg; nếu không, hãy nhập số giây (ví dụ 185 cho 3:05).',
          en: 'Filled in automatically when the server has ffmpeg; otherwise enter the seconds (e.g. 185 for 3:05).',
        },
      },
    },
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh bìa video', en: 'Video poster' },
      admin: {
        condition: (data) => data?.kind !== 'subtitles' && data?.kind !== 'audio',
        description: {
          vi: 'Ảnh hiển thị trước khi bấm phát. Để trống: máy chủ lấy khung hình ở giây thứ 1 (khi có ffmpeg).',
          en: 'Shown before playback starts. Left empty, the frame at 1 s is used (when the server has ffmpeg).',
        },
      },
    },
    {
      name: 'processingNote',
      type: 'textarea',
      label: { vi: 'Kết quả xử lý tệp', en: 'Processing result' },
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.processingNote),
      },
    },
  ],
}
