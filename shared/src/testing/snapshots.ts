import type { Snapshot, SnapshotArticle, SnapshotLegalDocument, SnapshotQuestion } from '../snapshot'

/**
 * Small hand-made snapshots for the tests of functions over a whole site (affected pages,
 * sitemap shards): every kind of item, few enough to reason about page by page.
 */

const pad = (n: number) => String(n).padStart(2, '0')

export function article(n: number, extra: Partial<SnapshotArticle> = {}): SnapshotArticle {
  // Article 1 is the newest; one a day going back.
  const published = new Date(Date.UTC(2025, 5, 30) - n * 86_400_000).toISOString()
  return {
    id: `a${pad(n)}`,
    sectionIds: [n % 3 === 0 ? 'con' : 'tin'],
    unitId: n % 2 ? 'u1' : 'u2',
    publishedAt: published,
    updatedAt: published,
    featured: n === 5,
    origin: 'own',
    tags: [],
    relatedIds: [],
    viewCount: 10,
    vi: { title: `Bài ${n}`, slug: `bai-${n}`, sapo: '', bodyHtml: '<p>x</p>' },
    ...(n % 4 === 0
      ? { en: { title: `Article ${n}`, slug: `article-${n}`, sapo: '', bodyHtml: '<p>x</p>' } }
      : {}),
    ...extra,
  }
}

export function legal(
  id: string,
  issued: string,
  extra: Partial<SnapshotLegalDocument> = {},
): SnapshotLegalDocument {
  return {
    id,
    slug: id,
    number: `${id}/ND-CP`,
    type: 'nghi-dinh',
    fields: ['viec-lam'],
    issuingBody: { vi: 'Chính phủ' },
    issuedDate: issued,
    validity: { status: 'con-hieu-luc' },
    relations: [],
    attachments: [],
    updatedAt: `${issued}T00:00:00Z`,
    vi: { summary: `Văn bản ${id}` },
    ...extra,
  } as SnapshotLegalDocument
}

export function question(n: number): SnapshotQuestion {
  return {
    id: `q${n}`,
    slug: `cau-hoi-${n}`,
    type: 'question',
    senderKind: 'person',
    field: 'viec-lam',
    unitId: 'u1',
    askedAt: `2026-0${n}-01T00:00:00Z`,
    answeredAt: `2026-0${n}-10T00:00:00Z`,
    updatedAt: `2026-0${n}-10T00:00:00Z`,
    vi: { title: `Câu hỏi ${n}`, question: 'Hỏi?', answerHtml: '<p>Đáp.</p>' },
  } as SnapshotQuestion
}

/** 60 articles (sections `tin` and its child `con`, 5 and 2 listing pages), 4 documents, 2 answers, 1 draft, 1 album. */
export function base(): Snapshot {
  return {
    version: 1,
    generatedAt: '2025-06-30T00:00:00Z',
    siteUrl: 'https://cong.example',
    cmsPublicUrl: 'https://cms.example',
    settings: { vi: { siteName: 'Cổng' }, en: { siteName: 'Portal' }, quickLinks: [] },
    sections: [
      {
        id: 'tin',
        slug: 'tin-tuc',
        kind: 'section',
        order: 1,
        showOnHome: true,
        vi: { title: 'Tin tức' },
        en: { title: 'News' },
      },
      {
        id: 'con',
        slug: 'con',
        kind: 'section',
        parentId: 'tin',
        order: 1,
        showOnHome: false,
        vi: { title: 'Con' },
      },
      { id: 'khac', slug: 'khac', kind: 'section', order: 2, showOnHome: true, vi: { title: 'Khác' } },
    ],
    units: [
      { id: 'u1', slug: 'u1', kind: 'department', order: 1, leaders: [], vi: { name: 'Vụ 1' } },
      { id: 'u2', slug: 'u2', kind: 'department', order: 2, leaders: [], vi: { name: 'Vụ 2' } },
    ],
    articles: [
      ...Array.from({ length: 60 }, (_, i) => article(i + 1)),
      article(99, { sectionIds: ['khac'], unitId: 'u2' }),
    ],
    pages: [
      {
        id: 'p1',
        slug: 'gioi-thieu',
        kind: 'about',
        updatedAt: '2025-01-01T00:00:00Z',
        vi: { title: 'Giới thiệu', bodyHtml: '' },
      },
    ],
    legalDocuments: [
      legal('nd-1', '2015-03-01', {
        relations: [{ kind: 'amends', direction: 'incoming', scope: 'part', documentId: 'nd-2' }],
        en: { summary: 'Decree 1' },
      }),
      legal('nd-2', '2020-05-01', {
        relations: [{ kind: 'amends', direction: 'outgoing', scope: 'part', documentId: 'nd-1' }],
      }),
      legal('nd-3', '2021-01-01'),
      legal('nd-4', '2022-01-01'),
    ],
    drafts: [
      {
        id: 'd1',
        slug: 'du-thao-1',
        type: 'nghi-dinh',
        fields: [],
        opensOn: '2026-11-01',
        closesOn: '2026-12-30',
        status: 'open',
        files: [],
        comments: [],
        updatedAt: '2026-11-01T00:00:00Z',
        vi: { title: 'Dự thảo 1' },
      },
    ],
    questions: [question(1), question(2)],
    albums: [
      {
        id: 'm1',
        kind: 'audio',
        sectionIds: [],
        publishedAt: '2025-01-01T00:00:00Z',
        updatedAt: '2025-01-01T00:00:00Z',
        audio: { file: { path: '/media/a.mp3', mimeType: 'audio/mpeg', bytes: 1 } },
        vi: { title: 'Ghi âm', slug: 'ghi-am' },
      },
    ],
    files: [],
  } as Snapshot
}

