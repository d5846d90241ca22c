import type { Endpoint } from 'payload'
import { siteBuildEndpoints } from './siteBuilds'
import { snapshotEndpoint } from './snapshot'
import { viewEndpoints } from './views'

export const endpoints: Endpoint[] = [snapshotEndpoint, ...viewEndpoints, ...siteBuildEndpoints]
