import { VietnameseSource as VietnameseSource_7e059271752331ebf28b471808d95f44 } from '../../../components/Translations/VietnameseSource'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ContentCheckField as ContentCheckField_1090b322ccbe21aa0a73777ce857da3e } from '../../../components/ContentCheck/ContentCheckField'
import { WorkflowActions as WorkflowActions_e1f123032b8231af3d57eadc4565f042 } from '../../../collections/fields/components/WorkflowActions'
import { TranslationPanel as TranslationPanel_462145397c5b2d41e4a515e9ff3efdf9 } from '../../../components/Translations/TranslationPanel'
import { WorkflowSaveButton as WorkflowSaveButton_f99d1483f5c41fa6845d1149907ad4f4 } from '../../../collections/fields/components/WorkflowButtons'
import { NoButton as NoButton_f99d1483f5c41fa6845d1149907ad4f4 } from '../../../collections/fields/components/WorkflowButtons'
import { CommentsPanel as CommentsPanel_c8d0f677a042f115ca1310909f8c43a2 } from '../../../collections/Drafts/components/CommentsPanel'
import { CaseActions as CaseActions_8f53e14adbb54ba9826293671df6d877 } from '../../../collections/Cases/components/CaseActions'
import { Icon as Icon_95a899f34fa535bbd6d98e3b8480ea09 } from '../../../components/Branding/Icon'
import { Logo as Logo_a06a9fcc1e023cbde3a56b6c8c4f892b } from '../../../components/Branding/Logo'
import { ReviewQueue as ReviewQueue_63d2ce057fe0bc49ae0640a6d9d3c707 } from '../../../components/ReviewQueue/ReviewQueue'
import { QuotaPanel as QuotaPanel_ecb56cb9a6300626a2c07692d6a2eb12 } from '../../../components/Quota/QuotaPanel'
import { SiteBuildsPanel as SiteBuildsPanel_13eff0dfe78dfee5d9a59bf2cc2296d1 } from '../../../components/SiteBuilds/SiteBuildsPanel'
import { QuotaNavLink as QuotaNavLink_7fe95b1a39bb7a1c1723293b2d3cdf32 } from '../../../components/Quota/QuotaNavLink'
import { MonthlyReportNavLink as MonthlyReportNavLink_9516957a4e647f24055903b8c0bd9cd3 } from '../../../components/MonthlyReport/MonthlyReportNavLink'
import { AdminNavLink as AdminNavLink_6b5dc40ed34d9b4f63682bf9ca7676fb } from '../../../components/AdminNavLink'
import { SiteBuildsNavLink as SiteBuildsNavLink_836638af4308871f38b940067017b43b } from '../../../components/SiteBuilds/SiteBuildsNavLink'
import { QuotaView as QuotaView_612c3293c5020c9ba047ff4711ecc0d1 } from '../../../components/Quota/QuotaView'
import { MonthlyReportView as MonthlyReportView_f57e7e3bdc761d76a25e5b9a8c43d021 } from '../../../components/MonthlyReport/MonthlyReportView'
import { CasesDueView as CasesDueView_f21b726c7d9b9f896cea4cef1cfb73f0 } from '../../../components/Cases/CasesDueView'
import { CaseStatisticsView as CaseStatisticsView_98c290bc3403a54e790f8568caf4c245 } from '../../../components/CaseStatistics/CaseStatisticsView'
import { TranslationQueueView as TranslationQueueView_83e48b7a1306c12cf968ceef65ee3022 } from '../../../components/Translations/TranslationQueueView'
import { TranslationCoverageView as TranslationCoverageView_3bbb240dd3c15d4e14c08dc071ff0662 } from '../../../components/Translations/TranslationCoverageView'
import { SiteBuildsView as SiteBuildsView_2a3560992e16dab8a6220b921cdfe53c } from '../../../components/SiteBuilds/SiteBuildsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/Translations/VietnameseSource#VietnameseSource": VietnameseSource_7e059271752331ebf28b471808d95f44,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/ContentCheck/ContentCheckField#ContentCheckField": ContentCheckField_1090b322ccbe21aa0a73777ce857da3e,
  "/collections/fields/components/WorkflowActions#WorkflowActions": WorkflowActions_e1f123032b8231af3d57eadc4565f042,
  "/components/Translations/TranslationPanel#TranslationPanel": TranslationPanel_462145397c5b2d41e4a515e9ff3efdf9,
  "/collections/fields/components/WorkflowButtons#WorkflowSaveButton": WorkflowSaveButton_f99d1483f5c41fa6845d1149907ad4f4,
  "/collections/fields/components/WorkflowButtons#NoButton": NoButton_f99d1483f5c41fa6845d1149907ad4f4,
  "/collections/Drafts/components/CommentsPanel#CommentsPanel": CommentsPanel_c8d0f677a042f115ca1310909f8c43a2,
  "/collections/Cases/components/CaseActions#CaseActions": CaseActions_8f53e14adbb54ba9826293671df6d877,
  "/components/Branding/Icon#Icon": Icon_95a899f34fa535bbd6d98e3b8480ea09,
  "/components/Branding/Logo#Logo": Logo_a06a9fcc1e023cbde3a56b6c8c4f892b,
  "/components/ReviewQueue/ReviewQueue#ReviewQueue": ReviewQueue_63d2ce057fe0bc49ae0640a6d9d3c707,
  "/components/Quota/QuotaPanel#QuotaPanel": QuotaPanel_ecb56cb9a6300626a2c07692d6a2eb12,
  "/components/SiteBuilds/SiteBuildsPanel#SiteBuildsPanel": SiteBuildsPanel_13eff0dfe78dfee5d9a59bf2cc2296d1,
  "/components/Quota/QuotaNavLink#QuotaNavLink": QuotaNavLink_7fe95b1a39bb7a1c1723293b2d3cdf32,
  "/components/MonthlyReport/MonthlyReportNavLink#MonthlyReportNavLink": MonthlyReportNavLink_9516957a4e647f24055903b8c0bd9cd3,
  "/components/AdminNavLink#AdminNavLink": AdminNavLink_6b5dc40ed34d9b4f63682bf9ca7676fb,
  "/components/SiteBuilds/SiteBuildsNavLink#SiteBuildsNavLink": SiteBuildsNavLink_836638af4308871f38b940067017b43b,
  "/components/Quota/QuotaView#QuotaView": QuotaView_612c3293c5020c9ba047ff4711ecc0d1,
  "/components/MonthlyReport/MonthlyReportView#MonthlyReportView": MonthlyReportView_f57e7e3bdc761d76a25e5b9a8c43d021,
  "/components/Cases/CasesDueView#CasesDueView": CasesDueView_f21b726c7d9b9f896cea4cef1cfb73f0,
  "/components/CaseStatistics/CaseStatisticsView#CaseStatisticsView": CaseStatisticsView_98c290bc3403a54e790f8568caf4c245,
  "/components/Translations/TranslationQueueView#TranslationQueueView": TranslationQueueView_83e48b7a1306c12cf968ceef65ee3022,
  "/components/Translations/TranslationCoverageView#TranslationCoverageView": TranslationCoverageView_3bbb240dd3c15d4e14c08dc071ff0662,
  "/components/SiteBuilds/SiteBuildsView#SiteBuildsView": SiteBuildsView_2a3560992e16dab8a6220b921cdfe53c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24
}
