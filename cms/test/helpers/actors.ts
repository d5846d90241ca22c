import type { ActingUser, World } from './world'

/** Who the access tests try: each seeded role of `seedWorld`, and the public. */
export type Actor = keyof World['users'] | 'anonymous'

export const STAFF: Actor[] = [
  'admin',
  'board',
  'editor',
  'contributor',
  'contributorB',
  'translator',
  'caseHandler',
  'ops',
]
export const EVERYONE: Actor[] = [...STAFF, 'anonymous']
export const EDITORIAL: Actor[] = ['editor', 'board', 'admin']

/** The seeded account `actor` acts as; none for the public. */
export function userOf(world: World, actor: Actor): ActingUser | undefined {
  return actor === 'anonymous' ? undefined : world.users[actor]
}
