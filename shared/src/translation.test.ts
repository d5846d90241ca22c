import { describe, expect, it } from 'vitest'
import { ROLES, type Role } from './roles'
import {
  changedFields,
  checkTranslationMove,
  fieldDiff,
  fingerprint,
  itemFingerprint,
  nextTranslationStates,
  normalizeSource,
  publicEffect,
  recordsSource,
  stateAfterSourceChange,
  TRANSLATION_STATES,
  type TranslationState,
} from './translation'

describe('normalizeSource', () => {
  const cases: [string, string, string][] = [
    ['trims the ends', '  Hà Nội  ', 'Hà Nội'],
    ['collapses runs of spaces', 'Sở   Tư  pháp', 'Sở Tư pháp'],
    ['turns newlines and tabs into one space', 'dòng một\n\n\tdòng hai', 'dòng một dòng hai'],
    ['turns a no-break space into a space', 'Điều\u00a05', 'Điều 5'],
    ['composes NFD to NFC', 'Vie\u0302\u0323t Nam', 'Việt Nam'],
    ['keeps an empty text empty', '   ', ''],
  ]
  it.each(cases)('%s', (_, input, expected) => {
    expect(normalizeSource(input)).toBe(expected)
  })
})

describe('fingerprint', () => {
  const base = fingerprint({ title: 'Việt Nam', body: 'Nội dung bài viết' })

  const same: [string, Record<string, string>][] = [
    ['extra whitespace', { title: '  Việt   Nam ', body: 'Nội dung\nbài viết' }],
    [
      'NFD instead of NFC',
      { title: 'Vie\u0302\u0323t Nam'.normalize('NFD'), body: 'Nội dung bài viết'.normalize('NFD') },
    ],
    ['an empty field added', { title: 'Việt Nam', body: 'Nội dung bài viết', sapo: '' }],
    ['a blank field added', { title: 'Việt Nam', body: 'Nội dung bài viết', 'photos.r1.caption': ' \n ' }],
    ['fields in another order', { body: 'Nội dung bài viết', title: 'Việt Nam' }],
  ]
  it.each(same)('does not change for %s', (_, texts) => {
    expect(fingerprint(texts)).toEqual(base)
  })

  const different: [string, Record<string, string>][] = [
    ['one word changed', { title: 'Việt Nam', body: 'Nội dung bài báo' }],
    ['a tone mark changed', { title: 'Viết Nam', body: 'Nội dung bài viết' }],
    ['letter case changed', { title: 'việt Nam', body: 'Nội dung bài viết' }],
    ['a field emptied', { title: 'Việt Nam', body: '' }],
    ['a field added', { title: 'Việt Nam', body: 'Nội dung bài viết', sapo: 'Tóm tắt' }],
  ]
  it.each(different)('changes for %s', (_, texts) => {
    expect(fingerprint(texts)).not.toEqual(base)
  })

  it('leaves empty fields out and keeps one short hash per field', () => {
    const fp = fingerprint({ title: 'A', sapo: '', body: '   ' })
    expect(Object.keys(fp)).toEqual(['title'])
    expect(fp.title).toMatch(/^[0-9a-f]{32}$/)
  })

  it('gives the same hash for the same text in different fields', () => {
    const fp = fingerprint({ title: 'Giống nhau', sapo: 'Giống nhau' })
    expect(fp.title).toBe(fp.sapo)
  })
})

describe('changedFields', () => {
  const recorded = fingerprint({ title: 'Tiêu đề', sapo: 'Tóm tắt', body: 'Thân bài' })
  const cases: [string, Record<string, string>, string[]][] = [
    ['nothing changed', { title: 'Tiêu đề', sapo: 'Tóm tắt', body: 'Thân bài' }, []],
    ['only whitespace changed', { title: ' Tiêu  đề ', sapo: 'Tóm tắt', body: 'Thân\nbài' }, []],
    ['one field changed', { title: 'Tiêu đề mới', sapo: 'Tóm tắt', body: 'Thân bài' }, ['title']],
    ['a field removed', { title: 'Tiêu đề', body: 'Thân bài' }, ['sapo']],
    ['a field emptied (same as removed)', { title: 'Tiêu đề', sapo: '', body: 'Thân bài' }, ['sapo']],
    [
      'a field added',
      { title: 'Tiêu đề', sapo: 'Tóm tắt', body: 'Thân bài', coverCaption: 'Ảnh' },
      ['coverCaption'],
    ],
    [
      'several, sorted by name',
      { title: 'Khác', body: 'Khác', coverCaption: 'Ảnh' },
      ['body', 'coverCaption', 'sapo', 'title'],
    ],
  ]
  it.each(cases)('%s', (_, current, expected) => {
    expect(changedFields(recorded, fingerprint(current))).toEqual(expected)
  })

  it('treats an empty record as everything added', () => {
    expect(changedFields({}, fingerprint({ title: 'A', body: 'B' }))).toEqual(['body', 'title'])
  })
})

describe('itemFingerprint', () => {
  const texts = { title: 'Tiêu đề', body: 'Thân bài', 'photos.r1.caption': 'Chú thích' }

  it('does not depend on the order of the fields', () => {
    const reversed = Object.fromEntries(Object.entries(texts).reverse())
    expect(itemFingerprint(reversed)).toBe(itemFingerprint(texts))
  })

  it('does not depend on whitespace, Unicode form or empty fields', () => {
    expect(
      itemFingerprint({
        body: ' Thân  bài ',
        title: 'Tiêu đề'.normalize('NFD'),
        'photos.r1.caption': 'Chú thích',
        sapo: '',
      }),
    ).toBe(itemFingerprint(texts))
  })

  const different: [string, Record<string, string>][] = [
    ['a text changed', { ...texts, body: 'Thân bài mới' }],
    ['a field dropped', { title: 'Tiêu đề', body: 'Thân bài' }],
    // the same text under another field name is another source (a caption moved to another photo)
    [
      'a text moved to another field',
      { title: 'Tiêu đề', body: 'Thân bài', 'photos.r2.caption': 'Chú thích' },
    ],
  ]
  it.each(different)('changes when %s', (_, other) => {
    expect(itemFingerprint(other)).not.toBe(itemFingerprint(texts))
  })

  it('is a 32-character hex string, also for an item without text', () => {
    expect(itemFingerprint(texts)).toMatch(/^[0-9a-f]{32}$/)
    expect(itemFingerprint({})).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('fieldDiff', () => {
  it('says nothing when the source is the same up to whitespace', () => {
    expect(fieldDiff({ title: 'Một  hai' }, { title: ' Một hai ' })).toEqual([])
  })

  const kinds: [
    string,
    Record<string, string>,
    Record<string, string>,
    { field: string; kind: string; before: string; after: string }[],
  ][] = [
    [
      'a field added',
      { title: 'A' },
      { title: 'A', sapo: 'Tóm tắt' },
      [{ field: 'sapo', kind: 'added', before: '', after: 'Tóm tắt' }],
    ],
    [
      'a field removed',
      { title: 'A', sapo: 'Tóm tắt' },
      { title: 'A' },
      [{ field: 'sapo', kind: 'removed', before: 'Tóm tắt', after: '' }],
    ],
    [
      'a field emptied',
      { title: 'A', sapo: 'Tóm tắt' },
      { title: 'A', sapo: '  ' },
      [{ field: 'sapo', kind: 'removed', before: 'Tóm tắt', after: '' }],
    ],
    [
      'a field changed',
      { title: 'Cũ' },
      { title: 'Mới' },
      [{ field: 'title', kind: 'changed', before: 'Cũ', after: 'Mới' }],
    ],
    [
      'several fields, sorted, normalised texts',
      { title: 'Tiêu  đề', body: 'Thân bài' },
      { title: 'Tiêu đề 2', body: 'Thân bài', coverCaption: 'Ảnh\nbìa' },
      [
        { field: 'coverCaption', kind: 'added', before: '', after: 'Ảnh bìa' },
        { field: 'title', kind: 'changed', before: 'Tiêu đề', after: 'Tiêu đề 2' },
      ],
    ],
  ]
  it.each(kinds)('%s', (_, before, after, expected) => {
    expect(
      fieldDiff(before, after).map(({ field, kind, before: b, after: a }) => ({
        field,
        kind,
        before: b,
        after: a,
      })),
    ).toEqual(expected)
  })

  it('marks removed and added words and keeps the unchanged ones', () => {
    const [change] = fieldDiff(
      { body: 'Hạn nộp hồ sơ là ngày 15 tháng 3' },
      { body: 'Hạn nộp hồ sơ là ngày 20 tháng 3' },
    )
    expect(change!.parts).toEqual([
      { text: 'Hạn nộp hồ sơ là ngày ' },
      { text: '15', change: 'removed' },
      { text: '20', change: 'added' },
      { text: ' tháng 3' },
    ])
  })

  it('rebuilds both texts from its parts', () => {
    const [change] = fieldDiff(
      { body: 'Sở Tư pháp tổ chức hội nghị tập huấn cho cán bộ' },
      { body: 'UBND tỉnh tổ chức hội nghị trực tuyến cho cán bộ, công chức' },
    )
    const join = (skip: 'added' | 'removed') =>
      change!.parts
        .filter((p) => p.change !== skip)
        .map((p) => p.text)
        .join('')
    expect(join('added')).toBe(change!.before)
    expect(join('removed')).toBe(change!.after)
    expect(change!.parts.some((p) => p.change === 'added')).toBe(true)
    expect(change!.parts.some((p) => p.change === 'removed')).toBe(true)
  })

  it('shows an added field as one added part and a removed one as one removed part', () => {
    expect(fieldDiff({}, { sapo: 'Tóm tắt mới' })[0]!.parts).toEqual([
      { text: 'Tóm tắt mới', change: 'added' },
    ])
    expect(fieldDiff({ sapo: 'Tóm tắt cũ' }, {})[0]!.parts).toEqual([
      { text: 'Tóm tắt cũ', change: 'removed' },
    ])
  })
})

describe('stateAfterSourceChange', () => {
  const recorded = fingerprint({ title: 'Tiêu đề', body: 'Thân bài' })
  const unchanged = fingerprint({ title: ' Tiêu đề', body: 'Thân  bài' })
  const changed = fingerprint({ title: 'Tiêu đề mới', body: 'Thân bài' })

  // [state, recorded fingerprint, current fingerprint, expected]
  const cases: [TranslationState, 'recorded' | 'none', 'unchanged' | 'changed', TranslationState][] = [
    // nothing was translated yet: nothing can be out of date
    ['not-needed', 'none', 'changed', 'not-needed'],
    ['not-needed', 'recorded', 'changed', 'not-needed'],
    ['needed', 'none', 'changed', 'needed'],
    ['needed', 'recorded', 'changed', 'needed'],
    // work made from a recorded source goes stale when that source changes
    ['in-progress', 'recorded', 'unchanged', 'in-progress'],
    ['in-progress', 'recorded', 'changed', 'stale'],
    ['in-progress', 'none', 'changed', 'in-progress'],
    ['in-review', 'recorded', 'unchanged', 'in-review'],
    ['in-review', 'recorded', 'changed', 'stale'],
    ['in-review', 'none', 'changed', 'in-review'],
    ['published', 'recorded', 'unchanged', 'published'],
    ['published', 'recorded', 'changed', 'stale'],
    ['published', 'none', 'changed', 'published'],
    // stale stays stale, also when the Vietnamese goes back to what it was (the board decides)
    ['stale', 'recorded', 'changed', 'stale'],
    ['stale', 'recorded', 'unchanged', 'stale'],
    ['stale', 'none', 'changed', 'stale'],
  ]
  it('has a case for every state', () => {
    expect(new Set(cases.map(([s]) => s))).toEqual(new Set(TRANSLATION_STATES))
  })
  it.each(cases)('%s with %s source, Vietnamese %s → %s', (state, rec, cur, expected) => {
    expect(
      stateAfterSourceChange(
        state,
        rec === 'recorded' ? recorded : null,
        cur === 'changed' ? changed : unchanged,
      ),
    ).toBe(expected)
  })
  it('treats an undefined record as no record', () => {
    expect(stateAfterSourceChange('published', undefined, changed)).toBe('published')
  })
})

/**
 * The moves of docs/translation-and-multimedia.md, written out again from the doc's table (not
 * from the code's), so a change to either shows here.
 */
const EDITORIAL: Role[] = ['editor', 'board', 'admin']
const TRANSLATING: Role[] = ['translator', 'board', 'admin']
const BOARD: Role[] = ['board', 'admin']
const CONTRACT: Partial<
  Record<TranslationState, Partial<Record<TranslationState, { roles: Role[]; reason?: Role[] }>>>
> = {
  'not-needed': { needed: { roles: EDITORIAL } },
  needed: { 'not-needed': { roles: EDITORIAL }, 'in-progress': { roles: TRANSLATING } },
  'in-progress': { 'in-review': { roles: TRANSLATING }, needed: { roles: TRANSLATING } },
  // a translator takes their own submission back; the board returning it says why
  'in-review': { published: { roles: BOARD }, 'in-progress': { roles: TRANSLATING, reason: BOARD } },
  published: { 'in-progress': { roles: TRANSLATING }, needed: { roles: BOARD, reason: BOARD } },
  stale: {
    'in-progress': { roles: TRANSLATING },
    'in-review': { roles: TRANSLATING },
    published: { roles: BOARD },
    needed: { roles: BOARD, reason: BOARD },
  },
}
const NEEDS_ENGLISH: TranslationState[] = ['in-review', 'published']

describe('checkTranslationMove, every state × role × target', () => {
  const rows: [TranslationState, TranslationState, Role, string][] = []
  for (const from of TRANSLATION_STATES)
    for (const to of TRANSLATION_STATES)
      for (const role of ROLES) {
        const rule = CONTRACT[from]?.[to]
        rows.push([
          from,
          to,
          role,
          !rule ? 'unknown-transition' : rule.roles.includes(role) ? 'allowed' : 'forbidden',
        ])
      }

  it('covers every combination', () => {
    expect(rows).toHaveLength(TRANSLATION_STATES.length ** 2 * ROLES.length)
  })

  it.each(rows)('%s → %s by %s: %s', (from, to, role, expected) => {
    const full = checkTranslationMove({ from, to, role, reason: 'Lý do', hasEnglish: true })
    if (expected === 'allowed') {
      expect(full).toEqual({ ok: true })

      const bare = checkTranslationMove({ from, to, role, reason: null, hasEnglish: true })
      const reasonRequired = CONTRACT[from]?.[to]?.reason?.includes(role) ?? false
      expect(bare).toEqual(reasonRequired ? { ok: false, code: 'reason-required' } : { ok: true })

      const noEnglish = checkTranslationMove({ from, to, role, reason: 'Lý do', hasEnglish: false })
      expect(noEnglish).toEqual(
        NEEDS_ENGLISH.includes(to) ? { ok: false, code: 'english-required' } : { ok: true },
      )
    } else {
      expect(full).toEqual({ ok: false, code: expected })
    }
  })
})

describe('checkTranslationMove, reasons and English', () => {
  const cases: [
    string,
    Parameters<typeof checkTranslationMove>[0],
    ReturnType<typeof checkTranslationMove>,
  ][] = [
    [
      'a blank reason is no reason',
      { from: 'published', to: 'needed', role: 'board', reason: ' \n ', hasEnglish: true },
      { ok: false, code: 'reason-required' },
    ],
    [
      'an absent reason is no reason',
      { from: 'stale', to: 'needed', role: 'admin', hasEnglish: true },
      { ok: false, code: 'reason-required' },
    ],
    [
      'the board returns a review with a reason',
      { from: 'in-review', to: 'in-progress', role: 'board', reason: 'Sai thuật ngữ', hasEnglish: true },
      { ok: true },
    ],
    [
      'the board cannot return a review silently',
      { from: 'in-review', to: 'in-progress', role: 'board', reason: '', hasEnglish: true },
      { ok: false, code: 'reason-required' },
    ],
    [
      'a translator takes a submission back without a reason',
      { from: 'in-review', to: 'in-progress', role: 'translator', hasEnglish: false },
      { ok: true },
    ],
    [
      'submitting without an English title is refused',
      { from: 'in-progress', to: 'in-review', role: 'translator', hasEnglish: false },
      { ok: false, code: 'english-required' },
    ],
    [
      'publishing without an English title is refused',
      { from: 'in-review', to: 'published', role: 'board', hasEnglish: false },
      { ok: false, code: 'english-required' },
    ],
    [
      're-publishing a stale one without English is refused',
      { from: 'stale', to: 'published', role: 'admin', hasEnglish: false },
      { ok: false, code: 'english-required' },
    ],
    [
      'starting needs no English yet',
      { from: 'needed', to: 'in-progress', role: 'translator', hasEnglish: false },
      { ok: true },
    ],
    [
      'the role is checked before the reason',
      { from: 'published', to: 'needed', role: 'editor', hasEnglish: true },
      { ok: false, code: 'forbidden' },
    ],
    [
      'the role is checked before the English',
      { from: 'in-review', to: 'published', role: 'translator', hasEnglish: false },
      { ok: false, code: 'forbidden' },
    ],
    [
      'the reason is checked before the English',
      { from: 'stale', to: 'needed', role: 'board', hasEnglish: false },
      { ok: false, code: 'reason-required' },
    ],
    [
      'staying in a state is not a move',
      { from: 'published', to: 'published', role: 'admin', hasEnglish: true },
      { ok: false, code: 'unknown-transition' },
    ],
    [
      'only the system makes things stale',
      { from: 'published', to: 'stale', role: 'admin', hasEnglish: true },
      { ok: false, code: 'unknown-transition' },
    ],
  ]
  it.each(cases)('%s', (_, move, expected) => {
    expect(checkTranslationMove(move)).toEqual(expected)
  })
})

describe('nextTranslationStates', () => {
  it.each(TRANSLATION_STATES.flatMap((from) => ROLES.map((role) => [from, role] as const)))(
    'from %s for %s: the contract targets, in state order',
    (from, role) => {
      const expected = TRANSLATION_STATES.filter((to) => CONTRACT[from]?.[to]?.roles.includes(role))
      expect(nextTranslationStates(from, role)).toEqual(expected)
    },
  )

  const examples: [TranslationState, Role, TranslationState[]][] = [
    ['stale', 'translator', ['in-progress', 'in-review']],
    ['stale', 'board', ['needed', 'in-progress', 'in-review', 'published']],
    ['needed', 'editor', ['not-needed']],
    ['in-review', 'translator', ['in-progress']],
    ['published', 'contributor', []],
    ['in-progress', 'ops', []],
  ]
  it.each(examples)('from %s for %s: %j', (from, role, expected) => {
    expect(nextTranslationStates(from, role)).toEqual(expected)
  })
})

describe('recordsSource', () => {
  // every move of the contract, and whether it takes the current Vietnamese as the English's source
  const cases: [TranslationState, TranslationState, boolean][] = [
    ['not-needed', 'needed', false],
    ['needed', 'not-needed', false],
    ['needed', 'in-progress', true],
    ['in-progress', 'in-review', true],
    ['in-progress', 'needed', false],
    ['in-review', 'published', true],
    ['in-review', 'in-progress', false],
    // the published copy stays live while the translator works: its source stays the recorded one
    ['published', 'in-progress', false],
    ['published', 'needed', false],
    // starting on a stale one keeps the old source, so the diff stays visible until submission
    ['stale', 'in-progress', false],
    ['stale', 'in-review', true],
    ['stale', 'published', true],
    ['stale', 'needed', false],
  ]
  it('lists every move of the contract', () => {
    const moves = Object.entries(CONTRACT).flatMap(([from, tos]) =>
      Object.keys(tos!).map((to) => `${from}→${to}`),
    )
    expect(cases.map(([f, t]) => `${f}→${t}`).sort()).toEqual(moves.sort())
  })
  it.each(cases)('%s → %s: %s', (from, to, expected) => {
    expect(recordsSource(from, to)).toBe(expected)
  })
})

describe('publicEffect', () => {
  const cases: [TranslationState, TranslationState, 'publish' | 'withdraw' | null][] = [
    ['not-needed', 'needed', null],
    ['needed', 'not-needed', null],
    ['needed', 'in-progress', null],
    ['in-progress', 'in-review', null],
    // a translator handing back work on a published item does not take the English down
    ['in-progress', 'needed', null],
    ['in-review', 'published', 'publish'],
    ['in-review', 'in-progress', null],
    ['published', 'in-progress', null],
    ['published', 'needed', 'withdraw'],
    ['stale', 'in-progress', null],
    ['stale', 'in-review', null],
    ['stale', 'published', 'publish'],
    ['stale', 'needed', 'withdraw'],
    // the system's move to stale keeps the old English on the site
    ['published', 'stale', null],
    ['published', 'not-needed', 'withdraw'],
  ]
  it.each(cases)('%s → %s: %s', (from, to, expected) => {
    expect(publicEffect(from, to)).toBe(expected)
  })
})
