import type { Payload } from 'payload'
import type { Article, Section, Unit, User } from '@cong/shared/payload-types'
import type { Role } from '@cong/shared/roles'

/** A user as the local API's `user` option expects it (Payload marks its auth collection). */
export type ActingUser = User & { collection: 'users' }

export interface World {
  unitA: Unit
  unitB: Unit
  section: Section
  users: Record<Role | 'contributorB', ActingUser>
}

/**
 * Two units, a section and one account per role (contributor and case handler in unit A, a
 * second contributor in unit B). `tag` keeps e-mails and slugs distinct between files.
 */
export async function seedWorld(payload: Payload, tag: string): Promise<World> {
  const unitA = await payload.create({
    collection: 'units',
    data: { name: `Vụ Pháp chế ${tag}`, kind: 'department' },
  })
  const unitB = await payload.create({
    collection: 'units',
    data: { name: `Cục Việc làm ${tag}`, kind: 'general-department' },
  })
  const section = await payload.create({
    collection: 'sections',
    data: { title: `Tin tức – Sự kiện ${tag}`, kind: 'section' },
  })
  const make = async (key: string, role: Role, unit?: Unit): Promise<ActingUser> => {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `${key}.${tag}@example.gov.vn`,
        password: 'mat-khau-thu-nghiem',
        name: key,
        role,
        unit: unit?.id,
      },
    })
    return { ...user, collection: 'users' }
  }
  const admin = await make('admin', 'admin')
  return {
    unitA,
    unitB,
    section,
    users: {
      admin,
      board: await make('board', 'board'),
      editor: await make('editor', 'editor'),
      contributor: await make('contributor', 'contributor', unitA),
      contributorB: await make('contributorb', 'contributor', unitB),
      translator: await make('translator', 'translator'),
      caseHandler: await make('casehandler', 'caseHandler', unitA),
      ops: await make('ops', 'ops'),
    },
  }
}

/** A draft article of `unit`, created by trusted server code (no user, no access checks). */
export async function draftArticle(
  payload: Payload,
  world: World,
  title: string,
  unit = world.unitA,
): Promise<Article> {
  return payload.create({
    collection: 'articles',
    // Hooks complete this data, which Payload's generated create types do not accept as is; the
    // scripts package type-checks this file (its backup tests use seedWorld).
    data: { title, sections: [world.section.id], unit: unit.id, sapo: 'Sa-pô' } as never,
  })
}
