import type { GlobalConfig } from 'payload'
import { CaseSettings } from './CaseSettings'
import { SiteSettings } from './SiteSettings'

export const globals: GlobalConfig[] = [SiteSettings, CaseSettings]
