import type { CollectionConfig } from 'payload'
import { Articles } from './Articles'
import { CaseFiles } from './CaseFiles'
import { Cases } from './Cases'
import { AuditLog } from './AuditLog'
import { DocumentFiles } from './DocumentFiles'
import { DraftComments } from './DraftComments'
import { Drafts } from './Drafts'
import { LegalDocuments } from './LegalDocuments'
import { Media } from './Media'
import { Pages } from './Pages'
import { QuotaReminders } from './QuotaReminders'
import { Sections } from './Sections'
import { Units } from './Units'
import { Users } from './Users'
import { ViewTallies } from './ViewTallies'

/** Order is the admin's navigation order within each group. */
export const collections: CollectionConfig[] = [
  Articles,
  Pages,
  Sections,
  Media,
  LegalDocuments,
  Drafts,
  DraftComments,
  DocumentFiles,
  Cases,
  CaseFiles,
  Units,
  Users,
  AuditLog,
  QuotaReminders,
  ViewTallies,
]
