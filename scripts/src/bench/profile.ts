/**
 * A V8 CPU profile (`Profiler.stop` of node:inspector) summed into where the time went: self time
 * per function and per package (node_modules/<name>, our own workspace folders, or Node itself).
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

export interface SelfTime {
  name: string
  where: string
  ms: number
  share: number
}

/** The package a script URL belongs to: the last `node_modules/<pkg>`, a workspace folder, or `(node)`. */
export function packageOf(url: string): string {
  if (!url) return '(native, idle or garbage collection)'
  if (url.startsWith('node:')) return '(node)'
  const modules = url.split('node_modules/').pop()!
  if (modules !== url) {
    const parts = modules.split('/')
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  }
  const workspace = /\/(cms|site|shared|scripts)\/src\//.exec(url)
  return workspace ? `${workspace[1]}/src (ours)` : url
}

export function topSelfTime(profile: CpuProfile, top: number): { functions: SelfTime[]; packages: SelfTime[] } {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const ms = new Map<number, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  // A sample's time is the gap to the next one, as Chrome's profiler view counts it.
  for (let i = 0; i < samples.length; i++) ms.set(samples[i], (ms.get(samples[i]) ?? 0) + (deltas[i + 1] ?? 0) / 1000)
  const total = [...ms.values()].reduce((a, b) => a + b, 0) || 1
  const functions = new Map<string, SelfTime>()
  const packages = new Map<string, SelfTime>()
  const add = (map: Map<string, SelfTime>, key: string, name: string, where: string, time: number) => {
    const entry = map.get(key) ?? { name, where, ms: 0, share: 0 }
    entry.ms += time
    entry.share = (entry.ms / total) * 100
    map.set(key, entry)
  }
  for (const [id, time] of ms) {
    const { functionName, url, lineNumber } = byNode.get(id)!.callFrame
    const where = url ? `${url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '')}:${lineNumber + 1}` : ''
    add(functions, `${functionName}@${where}`, functionName || '(anonymous)', where, time)
    const pkg = packageOf(url)
    add(packages, pkg, pkg, '', time)
  }
  const rank = (map: Map<string, SelfTime>) => [...map.values()].sort((a, b) => b.ms - a.ms).slice(0, top)
  return { functions: rank(functions), packages: rank(packages) }
}
