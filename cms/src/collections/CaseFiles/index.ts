import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { CASE_ATTACHMENTS } from '@cong/shared/citizenCase'
import { caseFileReaders, isAdmin, nobody } from '../../access'
import { dataDir } from '../../db/adapter'
import { checkCaseFile } from './hooks/checkCaseFile'

/**
 * Attachments sent with a citizen's case (PDF or photo): as private as the case. Files are
 * created only by the submit endpoint, after their content is checked; nobody reads them except
 * the staff who may read the case.
 */
export const CaseFiles: CollectionConfig = {
  slug: 'case-files',
  labels: {
    singular: { vi: 'Tệp đính kèm câu hỏi', en: 'Case attachment' },
    plural: { vi: 'Tệp đính kèm câu hỏi', en: 'Case attachments' },
  },
  admin: { group: { vi: 'Hỏi đáp', en: 'Questions' }, hidden: true },
  access: { create: nobody, read: caseFileReaders, update: nobody, delete: isAdmin },
  upload: { staticDir: path.join(dataDir(), 'case-files'), mimeTypes: [...CASE_ATTACHMENTS.mimeTypes] },
  hooks: { beforeOperation: [checkCaseFile] },
  fields: [
    { name: 'case', type: 'relationship', relationTo: 'cases', index: true, admin: { readOnly: true } },
    // The case's unit, kept in step by the case's hooks: a handler reads the files of their unit's cases.
    { name: 'unit', type: 'relationship', relationTo: 'units', index: true, admin: { readOnly: true } },
  ],
}
