import { html } from './vendor/preact-htm.module.js';

export const STATUS_WORDS = {
  submitted: '已提交',
  'in-review': '审核中',
  'changes-requested': '退回修改',
  accepted: '已采用',
  rejected: '未采用',
  placed: '已编入',
  published: '已刊发',
  withdrawn: '已撤回',
};

export const statusWords = (status) => STATUS_WORDS[status] ?? status;

export const LIMITS = { headline: 200, body: 20000 };

const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

function beijingParts(instant) {
  return Object.fromEntries(shanghai.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
}

/** An instant as Beijing time, e.g. 2026-04-18 09:05, whatever the browser's own time zone. */
export function formatTime(instant) {
  if (!instant) return '';
  const parts = beijingParts(instant);
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** To the second: 2026-04-18 09:05:07 (Beijing time). */
export function formatSecond(instant) {
  if (!instant) return '';
  const parts = beijingParts(instant);
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Today in Beijing as a date input's value: 2026-04-18. */
export function beijingToday() {
  const parts = beijingParts(Date.now());
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The value of a datetime-local input showing the instant in Beijing time: 2026-04-18T09:05:07. */
export function beijingInputValue(instant) {
  return formatSecond(instant).replace(' ', 'T');
}

/** A from..to filter typed in Beijing time into the query; `to` covers the whole of its last second. */
export function setPeriod(query, from, to) {
  const start = instantOfBeijingInput(from);
  const end = instantOfBeijingInput(to);
  if (start) query.set('from', start);
  if (end) query.set('to', endOfSecond(end));
}

/** 2026-04-18T09:05:07+08:00 → 2026-04-18T09:05:07.999999+08:00: everything that happened in that second. */
export const endOfSecond = (instant) => instant.replace('+08:00', '.999999+08:00');

/** 上一页 / 下一页 for a paged table named `label`. */
export function Pager({ label, page, pages, onPage }) {
  return html`
    <nav class="pager" aria-label=${label}>
      <button type="button" disabled=${page <= 1} onClick=${() => onPage(page - 1)}>上一页</button>
      <span>第 ${page} / ${pages} 页</span>
      <button type="button" disabled=${page >= pages} onClick=${() => onPage(page + 1)}>下一页</button>
    </nav>`;
}

/** A datetime-local input's value (Beijing time, seconds optional) as an ISO instant with +08:00, or null. */
export function instantOfBeijingInput(value) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(\.\d+)?$/.exec(value ?? '');
  return m ? `${m[1]}T${m[2]}${m[3] ?? ':00'}${m[4] ?? ''}+08:00` : null;
}

const PREFIX = {
  0: '',
  400: '提交的内容有误：',
  401: '请先登录：',
  403: '没有权限执行此操作：',
  404: '找不到该内容：',
  409: '当前状态不允许此操作：',
  413: '内容太大：',
  422: '请求重复但内容不同：',
  429: '操作过于频繁，请稍后再试：',
  503: '服务暂时不可用，请稍后再试：',
};

/** An API error in words: a Chinese sentence for its status, then the problem's own detail. */
export function ErrorAlert({ error, onReload }) {
  if (!error) return null;
  const conflict = error.isVersionConflict;
  const prefix = conflict ? '内容已被他人修改，请重新加载后再操作：' : (PREFIX[error.status] ?? (error.status >= 500 ? '服务器出错：' : ''));
  const fields = error.problem?.errors ? Object.values(error.problem.errors).flat() : [];
  const wait = error.status === 429 && error.retryAfter ? `（约 ${error.retryAfter} 秒后可重试）` : '';
  return html`
    <div role="alert" class="alert">
      <p>${prefix}${error.message}${wait}</p>
      ${fields.length > 0 && html`<ul>${fields.map((f) => html`<li>${f}</li>`)}</ul>`}
      ${conflict && onReload && html`<button type="button" onClick=${onReload}>重新加载</button>`}
    </div>`;
}

/** A textbox's length against its limit, in the same units the API counts (UTF-16 code units: JS string length). */
export function Counter({ id, value, limit, what }) {
  const over = value.length > limit;
  return html`
    <p id=${id} class=${over ? 'counter over' : 'counter'} aria-live="polite">
      ${value.length} / ${limit}${over ? html` <strong>${what}超出 ${value.length - limit} 个字符，最多 ${limit} 个。</strong>` : ''}
    </p>`;
}

export function Loading() {
  return html`<p class="loading" role="status">正在加载…</p>`;
}
