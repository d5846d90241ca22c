import type { Endpoint } from 'payload'

/** The public endpoints of citizens' cases: submit and look up (being built). */
export const caseEndpoints: Endpoint[] = []
