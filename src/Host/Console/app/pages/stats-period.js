import { html } from '../vendor/preact-htm.module.js';
import { beijingToday } from '../common.js';

export const PERIODS = [
  ['this-month', '本月'],
  ['last-month', '上月'],
  ['this-quarter', '本季度'],
  ['last-quarter', '上季度'],
  ['this-year', '本年度'],
  ['last-year', '上年度'],
  ['custom', '自定义'],
];

const pad = (n) => String(n).padStart(2, '0');
const day = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first and last day of a named period, Beijing time; the current ones run to today. */
export function periodDates(kind, today = beijingToday()) {
  const [y, m] = today.split('-').map(Number);
  const quarter = Math.floor((m - 1) / 3);
  switch (kind) {
    case 'this-month': return [day(y, m, 1), today];
    case 'last-month': {
      const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
      return [day(py, pm, 1), day(py, pm, lastDay(py, pm))];
    }
    case 'this-quarter': return [day(y, quarter * 3 + 1, 1), today];
    case 'last-quarter': {
      const [py, pq] = quarter === 0 ? [y - 1, 3] : [y, quarter - 1];
      return [day(py, pq * 3 + 1, 1), day(py, pq * 3 + 3, lastDay(py, pq * 3 + 3))];
    }
    case 'this-year': return [day(y, 1, 1), today];
    case 'last-year': return [day(y - 1, 1, 1), day(y - 1, 12, 31)];
    default: return null;
  }
}

/** 统计期间 (a preset) and the dates 起始日期 / 截止日期 it fills in; typing a date makes the period 自定义. */
export function PeriodFields({ value, onChange }) {
  const choose = (kind) => onChange({ kind, ...(kind === 'custom' ? { from: value.from, to: value.to } : toRange(periodDates(kind))) });
  return html`
    <div>
      <label for="s-period">统计期间</label>
      <select id="s-period" value=${value.kind} onChange=${(e) => choose(e.target.value)}>
        ${PERIODS.map(([kind, words]) => html`<option value=${kind}>${words}</option>`)}
      </select>
    </div>
    <div>
      <label for="s-from">起始日期</label>
      <input id="s-from" type="date" required value=${value.from} onInput=${(e) => onChange({ ...value, kind: 'custom', from: e.target.value })} />
    </div>
    <div>
      <label for="s-to">截止日期</label>
      <input id="s-to" type="date" required value=${value.to} onInput=${(e) => onChange({ ...value, kind: 'custom', to: e.target.value })} />
    </div>`;
}

const toRange = ([from, to]) => ({ from, to });
