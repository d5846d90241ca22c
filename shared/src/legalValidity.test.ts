import { describe, expect, it } from 'vitest'
import { computeValidity, type ActingRelation, type Validity, type ValidityInput } from './legalValidity'

const doc = (over: Partial<ValidityInput> = {}): ValidityInput => ({
  normative: true,
  issuedDate: '2020-01-10',
  effectiveDate: '2020-03-01',
  actedOnBy: [],
  ...over,
})

const by = (
  kind: ActingRelation['kind'],
  effectiveDate: string | undefined,
  scope: ActingRelation['scope'] = 'whole',
  id = 'b',
): ActingRelation => ({
  kind,
  scope,
  effectiveDate,
  documentId: id,
  number: `${id}/2024/NĐ-CP`,
})

const relationCause = (relation: ActingRelation['kind'], id = 'b') => ({
  kind: 'relation' as const,
  relation,
  documentId: id,
  number: `${id}/2024/NĐ-CP`,
})

describe('computeValidity', () => {
  const cases: [string, ValidityInput, string, Validity][] = [
    // Its own dates.
    [
      'not yet effective the day before',
      doc(),
      '2020-02-29',
      {
        status: 'not-yet-effective',
        cause: { kind: 'dates' },
        upcoming: { status: 'in-force', on: '2020-03-01', cause: { kind: 'dates' } },
      },
    ],
    [
      'in force on its effective date',
      doc(),
      '2020-03-01',
      { status: 'in-force', since: '2020-03-01', cause: { kind: 'dates' } },
    ],
    [
      'in force from its issue date when no effective date is given',
      doc({ effectiveDate: undefined }),
      '2020-01-10',
      { status: 'in-force', since: '2020-01-10', cause: { kind: 'dates' } },
    ],
    [
      'in force with no dates at all',
      doc({ effectiveDate: undefined, issuedDate: undefined }),
      '2020-01-10',
      { status: 'in-force', cause: { kind: 'dates' } },
    ],
    [
      'still in force the day before its stated expiry',
      doc({ expiryDate: '2025-01-01' }),
      '2024-12-31',
      {
        status: 'in-force',
        since: '2020-03-01',
        cause: { kind: 'dates' },
        upcoming: { status: 'expired', on: '2025-01-01', cause: { kind: 'dates' } },
      },
    ],
    [
      'expired on its stated expiry date',
      doc({ expiryDate: '2025-01-01' }),
      '2025-01-01',
      { status: 'expired', since: '2025-01-01', cause: { kind: 'dates' } },
    ],
    // What newer documents did to it.
    [
      "replaced in full: expired from the replacement's effective date",
      doc({ actedOnBy: [by('replaces', '2024-07-01')] }),
      '2024-07-01',
      { status: 'expired', since: '2024-07-01', cause: relationCause('replaces') },
    ],
    [
      'replaced in full, the day before the replacement takes effect',
      doc({ actedOnBy: [by('replaces', '2024-07-01')] }),
      '2024-06-30',
      {
        status: 'in-force',
        since: '2020-03-01',
        cause: { kind: 'dates' },
        upcoming: { status: 'expired', on: '2024-07-01', cause: relationCause('replaces') },
      },
    ],
    [
      'replaced in part',
      doc({ actedOnBy: [by('replaces', '2024-07-01', 'part')] }),
      '2024-08-01',
      { status: 'partially-expired', since: '2024-07-01', cause: relationCause('replaces') },
    ],
    [
      'repealed in full',
      doc({ actedOnBy: [by('repeals', '2023-01-01')] }),
      '2024-01-01',
      { status: 'expired', since: '2023-01-01', cause: relationCause('repeals') },
    ],
    [
      'repealed in part',
      doc({ actedOnBy: [by('repeals', '2023-01-01', 'part')] }),
      '2024-01-01',
      { status: 'partially-expired', since: '2023-01-01', cause: relationCause('repeals') },
    ],
    [
      'amended: the amended provisions are no longer in force',
      doc({ actedOnBy: [by('amends', '2022-05-15')] }),
      '2022-05-15',
      { status: 'partially-expired', since: '2022-05-15', cause: relationCause('amends') },
    ],
    [
      'amended "in full" is still only partly out of force',
      doc({ actedOnBy: [by('amends', '2022-05-15', 'whole')] }),
      '2023-01-01',
      { status: 'partially-expired', since: '2022-05-15', cause: relationCause('amends') },
    ],
    [
      'guided: no change',
      doc({ actedOnBy: [by('guides', '2021-01-01')] }),
      '2023-01-01',
      { status: 'in-force', since: '2020-03-01', cause: { kind: 'dates' } },
    ],
    [
      'a relation with no effective date cannot act yet',
      doc({ actedOnBy: [by('repeals', undefined)] }),
      '2023-01-01',
      { status: 'in-force', since: '2020-03-01', cause: { kind: 'dates' } },
    ],
    [
      'amended then replaced: the replacement wins',
      doc({
        actedOnBy: [by('amends', '2021-01-01', 'part', 'a'), by('replaces', '2024-01-01', 'whole', 'c')],
      }),
      '2024-02-01',
      { status: 'expired', since: '2024-01-01', cause: relationCause('replaces', 'c') },
    ],
    [
      'amended twice: the first amendment tells since when',
      doc({ actedOnBy: [by('amends', '2023-01-01', 'part', 'c'), by('amends', '2021-01-01', 'part', 'a')] }),
      '2024-02-01',
      { status: 'partially-expired', since: '2021-01-01', cause: relationCause('amends', 'a') },
    ],
    [
      'amended, with a replacement announced',
      doc({
        actedOnBy: [by('amends', '2021-01-01', 'part', 'a'), by('replaces', '2027-01-01', 'whole', 'c')],
      }),
      '2026-11-23',
      {
        status: 'partially-expired',
        since: '2021-01-01',
        cause: relationCause('amends', 'a'),
        upcoming: { status: 'expired', on: '2027-01-01', cause: relationCause('replaces', 'c') },
      },
    ],
    [
      'its own expiry before a later repeal',
      doc({ expiryDate: '2022-01-01', actedOnBy: [by('repeals', '2023-01-01')] }),
      '2024-01-01',
      { status: 'expired', since: '2022-01-01', cause: { kind: 'dates' } },
    ],
    // The editor's override and directive documents.
    [
      'an override wins over the data',
      doc({
        override: { status: 'suspended', reason: 'Quyết định đình chỉ số 01/QĐ-TTg', since: '2024-03-01' },
      }),
      '2024-05-01',
      {
        status: 'suspended',
        since: '2024-03-01',
        cause: { kind: 'override', reason: 'Quyết định đình chỉ số 01/QĐ-TTg' },
      },
    ],
    [
      'an override without a date',
      doc({ override: { status: 'expired', reason: 'Hết thời hạn thực hiện' } }),
      '2024-05-01',
      { status: 'expired', since: undefined, cause: { kind: 'override', reason: 'Hết thời hạn thực hiện' } },
    ],
    [
      'a directive document has no validity status',
      doc({ normative: false, actedOnBy: [by('replaces', '2021-01-01')] }),
      '2024-01-01',
      { status: null },
    ],
    [
      'a directive document can still be marked by an editor',
      doc({ normative: false, override: { status: 'expired', reason: 'Đã thay thế bằng công văn mới' } }),
      '2024-01-01',
      {
        status: 'expired',
        since: undefined,
        cause: { kind: 'override', reason: 'Đã thay thế bằng công văn mới' },
      },
    ],
  ]

  it.each(cases)('%s', (_name, input, today, expected) => {
    expect(computeValidity(input, today)).toEqual(expected)
  })
})
