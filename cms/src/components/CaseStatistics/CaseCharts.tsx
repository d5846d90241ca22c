'use client'

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

// Colours told apart by people with the common colour-vision deficiencies (Okabe–Ito), readable on
// the admin's light and dark themes.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999']
const AXIS = { fontSize: 12, fill: 'currentColor' }
const HEIGHT = 300

export interface MonthPoint {
  label: string
  received: number
  answeredOnTime: number
  answeredLate: number
}
export interface UnitPoint {
  label: string
  received: number
  answered: number
  /** Percent, or null when nothing was answered. */
  onTimeRate: number | null
}
export interface CountPoint {
  label: string
  count: number
}

/** Received cases beside the month's answers, the answers split into on time and late. */
export function MonthChart({ data, names }: { data: MonthPoint[]; names: Record<keyof Omit<MonthPoint, 'label'>, string> }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
        <XAxis dataKey="label" tick={AXIS} />
        <YAxis allowDecimals={false} tick={AXIS} />
        <Tooltip />
        <Legend />
        <Bar dataKey="received" name={names.received} fill={PALETTE[0]} />
        <Bar dataKey="answeredOnTime" name={names.answeredOnTime} stackId="answered" fill={PALETTE[2]} />
        <Bar dataKey="answeredLate" name={names.answeredLate} stackId="answered" fill={PALETTE[5]} />
      </BarChart>
    </ResponsiveContainer>
  )
}

/** Cases of each unit with its on-time rate on a second axis, in percent. */
export function UnitChart({ data, names }: { data: UnitPoint[]; names: Record<keyof Omit<UnitPoint, 'label'>, string> }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(HEIGHT, data.length * 48)}>
      <ComposedChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
        <XAxis xAxisId="count" type="number" allowDecimals={false} tick={AXIS} orientation="bottom" />
        <XAxis xAxisId="rate" type="number" domain={[0, 100]} unit="%" tick={AXIS} orientation="top" />
        <YAxis dataKey="label" type="category" width={220} tick={AXIS} />
        <Tooltip />
        <Legend />
        <Bar xAxisId="count" dataKey="received" name={names.received} fill={PALETTE[0]} />
        <Bar xAxisId="count" dataKey="answered" name={names.answered} fill={PALETTE[2]} />
        <Line xAxisId="rate" dataKey="onTimeRate" name={names.onTimeRate} stroke={PALETTE[5]} strokeWidth={2} unit="%" connectNulls />
      </ComposedChart>
    </ResponsiveContainer>
  )
}

/** Counts per category as horizontal bars: long Vietnamese names stay readable. */
export function CountBars({ data, name }: { data: CountPoint[]; name: string }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 36)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
        <XAxis type="number" allowDecimals={false} tick={AXIS} />
        <YAxis dataKey="label" type="category" width={220} tick={AXIS} />
        <Tooltip />
        <Bar dataKey="count" name={name} fill={PALETTE[0]} />
      </BarChart>
    </ResponsiveContainer>
  )
}

/** Shares of a few categories (case types): a pie reads well with three slices. */
export function SharePie({ data, name }: { data: CountPoint[]; name: string }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <PieChart>
        <Pie data={data} dataKey="count" nameKey="label" name={name} outerRadius={110} label>
          {data.map((point, i) => (
            <Cell key={point.label} fill={PALETTE[i % PALETTE.length]} />
          ))}
        </Pie>
        <Tooltip />
        <Legend />
      </PieChart>
    </ResponsiveContainer>
  )
}
