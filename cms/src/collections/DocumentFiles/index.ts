import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone, isBoardOrAdmin, isDraftWriter, isEditorial } from '../../access'
import { dataDir } from '../../db/adapter'
import { auditAfterChange, auditAfterDelete } from '../../hooks/audit'
import { notifyPublisherAfterChange, notifyPublisherAfterDelete } from '../../publishing/hooks'
import { DOCUMENT_TYPES } from '../../uploads/documentType'
import { checkDocumentFile, MAX_DOCUMENT_MEGABYTES } from './hooks/checkDocumentFile'

export const DocumentFiles: CollectionConfig = {
  slug: 'document-files',
  labels: {
    singular: { vi: 'Tệp văn bản', en: 'Document file' },
    plural: { vi: 'Tệp văn bản', en: 'Document files' },
  },
  admin: {
    group: { vi: 'Văn bản – Dự thảo', en: 'Legal documents & drafts' },
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'mimeType', 'filesize', 'updatedAt'],
    description: {
      vi: `Bản PDF, DOC, DOCX của văn bản pháp luật và dự thảo (tối đa ${MAX_DOCUMENT_MEGABYTES} MB). Hệ thống kiểm tra nội dung tệp: tệp đổi đuôi (ảnh, trang web) bị từ chối.`,
      en: `PDF, DOC and DOCX files of legal documents and drafts (${MAX_DOCUMENT_MEGABYTES} MB at most). The content is checked: renamed images or web pages are refused.`,
    },
  },
  access: {
    read: anyone,
    // Contributors attach the files of their unit's drafts.
    create: isDraftWriter,
    update: isEditorial,
    delete: isBoardOrAdmin,
  },
  upload: {
    staticDir: path.join(dataDir(), 'documents'),
    // Payload checks the detected type against this list after `checkDocumentFile`, which already
    // decided: a Word 97–2003 file is detected as a compound file, a Word package lacking its
    // content-types part as a plain ZIP.
    mimeTypes: [...Object.values(DOCUMENT_TYPES), 'application/x-cfb', 'application/zip'],
  },
  hooks: {
    beforeOperation: [checkDocumentFile],
    afterChange: [auditAfterChange, notifyPublisherAfterChange(false)],
    afterDelete: [auditAfterDelete, notifyPublisherAfterDelete(false)],
  },
  fields: [],
}
