import { describe, expect, it } from 'vitest'
import {
  CASE_STATES,
  CASE_TRANSITIONS,
  checkCaseTransition,
  isOpenCase,
  nextCaseStates,
  publicCaseStatus,
  type CaseState,
  type CaseTransitionCode,
  type CaseTransitionInput,
} from './caseWorkflow'
import { ROLES, type Role } from './roles'

/** Everything any transition may need, so only the actor decides. */
const COMPLETE: CaseTransitionInput = {
  unitId: 'unit-bao-tro',
  answer: '<p>Trả lời</p>',
  visibility: 'public',
  rejectionReason: 'duplicate',
  duplicateOf: 'case-1',
  reason: 'Không thuộc lĩnh vực của đơn vị',
  publicQuestion: 'Người lao động nghỉ việc được hưởng trợ cấp thất nghiệp khi nào?',
}

describe('the transition table', () => {
  it('is the agreed policy', () => {
    // Written out by hand so a change to the table has to be made here too, on purpose.
    expect(CASE_TRANSITIONS.map((t) => `${t.from} → ${t.to}: ${[...t.actors].sort().join(' ')}`)).toEqual([
      'received → routed: admin board editor',
      'routed → routed: admin board editor',
      'inProgress → routed: admin board editor',
      'received → rejected: admin board editor',
      'routed → rejected: admin board editor',
      'inProgress → rejected: admin board editor',
      'routed → received: admin board caseHandler editor',
      'inProgress → received: admin board caseHandler editor',
      'routed → inProgress: admin board caseHandler editor',
      'inProgress → awaitingApproval: admin board caseHandler editor',
      'awaitingApproval → inProgress: admin board',
      'awaitingApproval → answered: admin board',
      'rejected → received: admin board',
    ])
  })

  const rows = CASE_TRANSITIONS.flatMap((t) =>
    ROLES.map((role) => [t.from, t.to, role, t.actors.includes(role)] as const),
  )
  it.each(rows)('%s → %s by %s: allowed %s', (from, to, role, allowed) => {
    expect(checkCaseTransition(from, to, role, COMPLETE)).toEqual(
      allowed ? { ok: true } : { ok: false, code: 'forbidden-actor' },
    )
  })

  const listed = new Set(CASE_TRANSITIONS.map((t) => `${t.from}>${t.to}`))
  const unlisted = CASE_STATES.flatMap((from) => CASE_STATES.map((to) => [from, to] as const)).filter(
    ([from, to]) => !listed.has(`${from}>${to}`),
  )
  it.each(unlisted)('%s → %s is refused for everyone', (from, to) => {
    for (const role of ROLES) {
      expect(checkCaseTransition(from, to, role, COMPLETE)).toEqual({ ok: false, code: 'unknown-transition' })
    }
  })

  it.each<[CaseState, CaseState]>([
    ['answered', 'inProgress'],
    ['answered', 'received'],
    ['answered', 'rejected'],
    ['received', 'answered'],
    ['received', 'inProgress'],
    ['rejected', 'answered'],
    ['inProgress', 'answered'],
  ])('in particular %s → %s (the board skips no step)', (from, to) => {
    expect(checkCaseTransition(from, to, 'admin', COMPLETE)).toEqual({
      ok: false,
      code: 'unknown-transition',
    })
  })
})

describe('what a transition needs', () => {
  const without = (patch: Partial<CaseTransitionInput>): CaseTransitionInput => ({ ...COMPLETE, ...patch })
  it.each<[CaseState, CaseState, Role, CaseTransitionInput, CaseTransitionCode]>([
    ['received', 'routed', 'editor', without({ unitId: null }), 'unit-required'],
    ['routed', 'routed', 'board', without({ unitId: '  ' }), 'unit-required'],
    ['inProgress', 'routed', 'admin', without({ unitId: undefined }), 'unit-required'],
    ['routed', 'inProgress', 'caseHandler', without({ unitId: '' }), 'unit-required'],
    ['inProgress', 'awaitingApproval', 'caseHandler', without({ unitId: null }), 'unit-required'],
    ['inProgress', 'awaitingApproval', 'caseHandler', without({ answer: null }), 'answer-required'],
    ['inProgress', 'awaitingApproval', 'caseHandler', without({ answer: ' \n ' }), 'answer-required'],
    ['awaitingApproval', 'answered', 'board', without({ answer: '' }), 'answer-required'],
    ['awaitingApproval', 'answered', 'board', without({ unitId: null }), 'unit-required'],
    ['awaitingApproval', 'answered', 'board', without({ visibility: null }), 'visibility-required'],
    ['awaitingApproval', 'answered', 'board', without({ visibility: 'public', publicQuestion: ' ' }), 'public-question-required'],
    [
      'awaitingApproval',
      'answered',
      'board',
      without({ visibility: 'secret' as never }),
      'visibility-required',
    ],
    ['received', 'rejected', 'editor', without({ rejectionReason: null }), 'rejection-reason-required'],
    [
      'routed',
      'rejected',
      'editor',
      without({ rejectionReason: 'other' as never }),
      'rejection-reason-required',
    ],
    ['inProgress', 'rejected', 'board', without({ duplicateOf: null }), 'duplicate-of-required'],
    ['received', 'rejected', 'board', without({ duplicateOf: ' ' }), 'duplicate-of-required'],
    ['routed', 'received', 'caseHandler', without({ reason: null }), 'reason-required'],
    ['inProgress', 'received', 'caseHandler', without({ reason: '   ' }), 'reason-required'],
    ['awaitingApproval', 'inProgress', 'board', without({ reason: '' }), 'reason-required'],
  ])('%s → %s by %s without what it needs', (from, to, role, input, code) => {
    expect(checkCaseTransition(from, to, role, input)).toEqual({ ok: false, code })
  })

  it.each<[CaseState, CaseState, Role, CaseTransitionInput]>([
    ['received', 'routed', 'editor', { unitId: 'u' }],
    ['received', 'rejected', 'editor', { rejectionReason: 'spam' }],
    ['received', 'rejected', 'editor', { rejectionReason: 'notCompetent' }],
    ['received', 'rejected', 'editor', { rejectionReason: 'missingInformation' }],
    ['received', 'rejected', 'editor', { rejectionReason: 'duplicate', duplicateOf: 'case-9' }],
    ['routed', 'received', 'caseHandler', { reason: 'Thuộc Cục Việc làm' }],
    ['inProgress', 'awaitingApproval', 'caseHandler', { unitId: 'u', answer: 'Trả lời' }],
    ['awaitingApproval', 'answered', 'admin', { unitId: 'u', answer: 'Trả lời', visibility: 'private' }],
    ['rejected', 'received', 'board', {}],
  ])('%s → %s by %s with only what it needs', (from, to, role, input) => {
    expect(checkCaseTransition(from, to, role, input)).toEqual({ ok: true })
  })

  it('checks the actor before the data', () => {
    expect(checkCaseTransition('received', 'routed', 'caseHandler', {})).toEqual({
      ok: false,
      code: 'forbidden-actor',
    })
  })
})

describe('nextCaseStates', () => {
  type Moves = Record<CaseState, CaseState[]>
  const none: Moves = {
    received: [],
    routed: [],
    inProgress: [],
    awaitingApproval: [],
    answered: [],
    rejected: [],
  }
  const triage: Partial<Moves> = {
    received: ['rejected', 'routed'],
    routed: ['inProgress', 'received', 'rejected', 'routed'],
    inProgress: ['awaitingApproval', 'received', 'rejected', 'routed'],
  }
  const expected: Record<Role, Moves> = {
    caseHandler: {
      ...none,
      routed: ['inProgress', 'received'],
      inProgress: ['awaitingApproval', 'received'],
    },
    editor: { ...none, ...triage },
    board: { ...none, ...triage, awaitingApproval: ['answered', 'inProgress'], rejected: ['received'] },
    admin: { ...none, ...triage, awaitingApproval: ['answered', 'inProgress'], rejected: ['received'] },
    contributor: none,
    translator: none,
    ops: none,
  }
  const rows = ROLES.flatMap((role) =>
    CASE_STATES.map((state) => [role, state, expected[role][state]] as const),
  )
  it.each(rows)('%s from %s → %j', (role, state, states) => {
    expect(nextCaseStates(state, role).sort()).toEqual([...states].sort())
  })
})

describe('publicCaseStatus and isOpenCase', () => {
  it.each<[CaseState, string, boolean]>([
    ['received', 'received', true],
    ['routed', 'processing', true],
    ['inProgress', 'processing', true],
    ['awaitingApproval', 'processing', true],
    ['answered', 'answered', false],
    ['rejected', 'rejected', false],
  ])('%s → shown as %s, open %s', (state, shown, open) => {
    expect(publicCaseStatus(state)).toBe(shown)
    expect(isOpenCase(state)).toBe(open)
  })
})
