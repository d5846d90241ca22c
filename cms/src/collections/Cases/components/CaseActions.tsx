'use client'

/** The case's next steps for the signed-in role (being built). */
export function CaseActions() {
  return null
}
