import type { CollectionConfig } from 'payload'
import { Articles } from './Articles'
import { AuditLog } from './AuditLog'
import { Media } from './Media'
import { Pages } from './Pages'
import { QuotaReminders } from './QuotaReminders'
import { Sections } from './Sections'
import { Units } from './Units'
import { Users } from './Users'
import { ViewTallies } from './ViewTallies'

/** Order is the admin's navigation order within each group. */
export const collections: CollectionConfig[] = [Articles, Pages, Sections, Media, Units, Users, AuditLog, QuotaReminders, ViewTallies]
