import { describe, expect, it } from 'vitest'
import {
  canEditIn,
  checkSchedule,
  checkTransition,
  isDue,
  isPublic,
  keepsReason,
  nextStates,
  type WorkflowActor,
  type WorkflowState,
} from './workflow'

describe('checkTransition', () => {
  const cases: [
    WorkflowState,
    WorkflowState,
    WorkflowActor,
    string | null,
    ReturnType<typeof checkTransition>,
  ][] = [
    ['draft', 'submitted', 'contributor', null, { ok: true, reasonRequired: false }],
    ['draft', 'submitted', 'editor', null, { ok: true, reasonRequired: false }],
    ['draft', 'submitted', 'translator', null, { ok: false, code: 'forbidden-actor' }],
    ['draft', 'submitted', 'caseHandler', null, { ok: false, code: 'forbidden-actor' }],
    ['draft', 'submitted', 'ops', null, { ok: false, code: 'forbidden-actor' }],
    ['returned', 'submitted', 'contributor', null, { ok: true, reasonRequired: false }],
    ['submitted', 'returned', 'editor', 'Sai chính tả ở đoạn 2', { ok: true, reasonRequired: true }],
    ['submitted', 'returned', 'editor', null, { ok: false, code: 'reason-required' }],
    ['submitted', 'returned', 'editor', '   ', { ok: false, code: 'reason-required' }],
    ['submitted', 'returned', 'contributor', 'x', { ok: false, code: 'forbidden-actor' }],
    ['approved', 'returned', 'editor', 'x', { ok: false, code: 'forbidden-actor' }],
    ['approved', 'returned', 'board', 'x', { ok: true, reasonRequired: true }],
    ['submitted', 'approved', 'board', null, { ok: true, reasonRequired: false }],
    ['submitted', 'approved', 'editor', null, { ok: false, code: 'forbidden-actor' }],
    ['submitted', 'published', 'board', null, { ok: true, reasonRequired: false }],
    ['submitted', 'published', 'editor', null, { ok: false, code: 'forbidden-actor' }],
    ['approved', 'published', 'admin', null, { ok: true, reasonRequired: false }],
    ['approved', 'published', 'contributor', null, { ok: false, code: 'forbidden-actor' }],
    ['draft', 'published', 'board', null, { ok: false, code: 'unknown-transition' }],
    ['draft', 'published', 'contributor', null, { ok: false, code: 'unknown-transition' }],
    ['approved', 'scheduled', 'board', null, { ok: true, reasonRequired: false }],
    ['approved', 'scheduled', 'editor', null, { ok: false, code: 'forbidden-actor' }],
    ['scheduled', 'published', 'scheduler', null, { ok: true, reasonRequired: false }],
    ['approved', 'published', 'scheduler', null, { ok: false, code: 'forbidden-actor' }],
    ['scheduled', 'approved', 'board', null, { ok: true, reasonRequired: false }],
    ['scheduled', 'returned', 'board', null, { ok: false, code: 'reason-required' }],
    ['published', 'unpublished', 'board', 'Thông tin đã cũ', { ok: true, reasonRequired: true }],
    ['published', 'unpublished', 'board', '', { ok: false, code: 'reason-required' }],
    ['published', 'unpublished', 'editor', 'x', { ok: false, code: 'forbidden-actor' }],
    ['published', 'draft', 'board', null, { ok: false, code: 'unknown-transition' }],
    ['unpublished', 'published', 'board', null, { ok: true, reasonRequired: false }],
    ['unpublished', 'draft', 'contributor', null, { ok: true, reasonRequired: false }],
  ]
  it.each(cases)('%s → %s by %s (reason %j)', (from, to, actor, reason, expected) => {
    expect(checkTransition(from, to, actor, reason)).toEqual(expected)
  })
})

describe('nextStates', () => {
  const cases: [WorkflowState, WorkflowActor, WorkflowState[]][] = [
    ['draft', 'contributor', ['submitted']],
    ['submitted', 'contributor', []],
    ['submitted', 'editor', ['returned']],
    ['submitted', 'board', ['returned', 'approved', 'published', 'scheduled']],
    ['approved', 'board', ['returned', 'published', 'scheduled']],
    ['scheduled', 'scheduler', ['published']],
    ['published', 'board', ['unpublished']],
    ['published', 'editor', []],
    ['unpublished', 'editor', ['draft']],
    ['draft', 'translator', []],
  ]
  it.each(cases)('from %s for %s', (from, actor, expected) => {
    expect(nextStates(from, actor)).toEqual(expected)
  })
})

describe('canEditIn', () => {
  const cases: [WorkflowState, WorkflowActor, boolean][] = [
    ['draft', 'contributor', true],
    ['returned', 'contributor', true],
    ['submitted', 'contributor', false],
    ['published', 'contributor', false],
    ['submitted', 'editor', true],
    ['approved', 'editor', false],
    ['published', 'editor', false],
    ['published', 'board', true],
    ['published', 'translator', true],
    ['draft', 'ops', false],
    ['draft', 'caseHandler', false],
    ['scheduled', 'scheduler', false],
  ]
  it.each(cases)('%s by %s → %s', (state, actor, expected) => {
    expect(canEditIn(state, actor)).toBe(expected)
  })
})

describe('checkSchedule and isDue', () => {
  const now = new Date('2025-03-10T08:00:00Z')
  const cases: [string | null, ReturnType<typeof checkSchedule>, boolean][] = [
    [null, { ok: false, code: 'publish-at-required' }, false],
    ['2025-03-10T07:59:59Z', { ok: false, code: 'publish-at-past' }, true],
    ['2025-03-10T08:00:00Z', { ok: false, code: 'publish-at-past' }, true],
    ['2025-03-10T08:00:01Z', { ok: true }, false],
    ['2025-04-01T00:00:00+07:00', { ok: true }, false],
  ]
  it.each(cases)('publishAt %s', (publishAt, schedule, due) => {
    expect(checkSchedule(publishAt, now)).toEqual(schedule)
    expect(isDue(publishAt, now)).toBe(due)
  })
})

describe('keepsReason', () => {
  it.each([
    ['returned', true],
    ['unpublished', true],
    ['submitted', false],
    ['published', false],
    ['draft', false],
  ] as const)('%s → %s', (state, expected) => {
    expect(keepsReason(state)).toBe(expected)
  })
})

describe('isPublic', () => {
  it.each([
    ['published', true],
    ['scheduled', false],
    ['approved', false],
    ['unpublished', false],
  ] as const)('%s → %s', (state, expected) => {
    expect(isPublic(state)).toBe(expected)
  })
})
