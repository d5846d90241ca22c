/**
 * The vocabularies of legal documents and drafts (domain.md, "Legal documents"): codes stored in
 * the database and the snapshot, with the labels both the admin and the site show. They live here,
 * not in either side's translation table, because they are data the two sides must agree on: a
 * code renamed on one side only would break facets and imports.
 */

export interface Label {
  vi: string
  en: string
}

export interface LegalDocTypeInfo {
  label: Label
  /**
   * Văn bản quy phạm pháp luật carry a validity status (tình trạng hiệu lực); directive documents
   * (văn bản chỉ đạo điều hành: công văn, kế hoạch, thông báo…) share the model without it.
   */
  normative: boolean
}

export const LEGAL_DOC_TYPES = {
  'hien-phap': { label: { vi: 'Hiến pháp', en: 'Constitution' }, normative: true },
  'bo-luat': { label: { vi: 'Bộ luật', en: 'Code' }, normative: true },
  luat: { label: { vi: 'Luật', en: 'Law' }, normative: true },
  'nghi-quyet': { label: { vi: 'Nghị quyết', en: 'Resolution' }, normative: true },
  'phap-lenh': { label: { vi: 'Pháp lệnh', en: 'Ordinance' }, normative: true },
  lenh: { label: { vi: 'Lệnh', en: 'Order' }, normative: true },
  'nghi-dinh': { label: { vi: 'Nghị định', en: 'Decree' }, normative: true },
  'quyet-dinh': { label: { vi: 'Quyết định', en: 'Decision' }, normative: true },
  'thong-tu': { label: { vi: 'Thông tư', en: 'Circular' }, normative: true },
  'thong-tu-lien-tich': { label: { vi: 'Thông tư liên tịch', en: 'Joint circular' }, normative: true },
  'chi-thi': { label: { vi: 'Chỉ thị', en: 'Directive' }, normative: false },
  'cong-van': { label: { vi: 'Công văn', en: 'Official letter' }, normative: false },
  'ke-hoach': { label: { vi: 'Kế hoạch', en: 'Plan' }, normative: false },
  'thong-bao': { label: { vi: 'Thông báo', en: 'Notice' }, normative: false },
  'huong-dan': { label: { vi: 'Hướng dẫn', en: 'Guidance' }, normative: false },
  khac: { label: { vi: 'Văn bản khác', en: 'Other document' }, normative: false },
} as const satisfies Record<string, LegalDocTypeInfo>

export type LegalDocType = keyof typeof LEGAL_DOC_TYPES
export const LEGAL_DOC_TYPE_CODES = Object.keys(LEGAL_DOC_TYPES) as LegalDocType[]

export const isLegalDocType = (value: unknown): value is LegalDocType =>
  typeof value === 'string' && Object.hasOwn(LEGAL_DOC_TYPES, value)

/** Lĩnh vực of the Ministry of Labour – Invalids – Social Affairs (domain.md). */
export const LEGAL_FIELDS = {
  'lao-dong-tien-luong': { vi: 'Lao động – Tiền lương', en: 'Labour and wages' },
  'viec-lam': { vi: 'Việc làm', en: 'Employment' },
  'bao-hiem-xa-hoi': { vi: 'Bảo hiểm xã hội', en: 'Social insurance' },
  'nguoi-co-cong': { vi: 'Người có công', en: 'People with meritorious services' },
  'giao-duc-nghe-nghiep': { vi: 'Giáo dục nghề nghiệp', en: 'Vocational education' },
  'an-toan-lao-dong': { vi: 'An toàn, vệ sinh lao động', en: 'Occupational safety and health' },
  'bao-tro-xa-hoi': { vi: 'Bảo trợ xã hội', en: 'Social protection' },
  'tre-em': { vi: 'Trẻ em', en: 'Children' },
  'binh-dang-gioi': { vi: 'Bình đẳng giới', en: 'Gender equality' },
  'phong-chong-te-nan-xa-hoi': { vi: 'Phòng, chống tệ nạn xã hội', en: 'Prevention of social evils' },
  'lao-dong-ngoai-nuoc': { vi: 'Người lao động đi làm việc ở nước ngoài', en: 'Overseas workers' },
  'giam-ngheo': { vi: 'Giảm nghèo', en: 'Poverty reduction' },
  'to-chuc-bo-may': { vi: 'Tổ chức bộ máy', en: 'Organisation' },
  khac: { vi: 'Lĩnh vực khác', en: 'Other fields' },
} as const satisfies Record<string, Label>

export type LegalField = keyof typeof LEGAL_FIELDS
export const LEGAL_FIELD_CODES = Object.keys(LEGAL_FIELDS) as LegalField[]

export const isLegalField = (value: unknown): value is LegalField =>
  typeof value === 'string' && Object.hasOwn(LEGAL_FIELDS, value)

/**
 * A relation is recorded once, on the acting (newer) document, and shown on both sides: the
 * acting document "amends" the target, the target "is amended by" the acting one.
 */
export const LEGAL_RELATION_KINDS = {
  amends: {
    outgoing: { vi: 'Sửa đổi, bổ sung', en: 'Amends' },
    incoming: { vi: 'Được sửa đổi, bổ sung bởi', en: 'Amended by' },
  },
  replaces: {
    outgoing: { vi: 'Thay thế', en: 'Replaces' },
    incoming: { vi: 'Bị thay thế bởi', en: 'Replaced by' },
  },
  repeals: {
    outgoing: { vi: 'Bãi bỏ', en: 'Repeals' },
    incoming: { vi: 'Bị bãi bỏ bởi', en: 'Repealed by' },
  },
  guides: {
    outgoing: { vi: 'Hướng dẫn', en: 'Guides' },
    incoming: { vi: 'Được hướng dẫn bởi', en: 'Guided by' },
  },
} as const satisfies Record<string, { outgoing: Label; incoming: Label }>

export type LegalRelationKind = keyof typeof LEGAL_RELATION_KINDS
export const LEGAL_RELATION_KIND_CODES = Object.keys(LEGAL_RELATION_KINDS) as LegalRelationKind[]

/** Whether a relation acts on the whole target or only some of its articles or clauses. */
export type LegalRelationScope = 'whole' | 'part'
export const LEGAL_RELATION_SCOPES: Record<LegalRelationScope, Label> = {
  whole: { vi: 'Toàn bộ', en: 'In full' },
  part: { vi: 'Một phần', en: 'In part' },
}
