import type { Endpoint, PayloadHandler } from 'payload'
import { answeringOutages, preflightResponse } from '../../../endpoints/publicRequest'
import { lookupCase } from './lookup'
import { submitCase } from './submit'

const preflight: PayloadHandler = () => preflightResponse('POST, OPTIONS')

/** The public endpoints of citizens' cases, called by the site's forms: submit and look up. */
export const caseEndpoints: Endpoint[] = [
  { path: '/submit', method: 'post', handler: answeringOutages(submitCase) },
  { path: '/submit', method: 'options', handler: preflight },
  { path: '/lookup', method: 'post', handler: answeringOutages(lookupCase) },
  { path: '/lookup', method: 'options', handler: preflight },
]
