import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, Loading, Pager, formatSecond, setPeriod } from '../common.js';
import { Link } from '../router.js';

const PAGE_SIZE = 50;
const OUTCOME_WORDS = { 'signed-in': '登录成功', failed: '登录失败', 'signed-out': '退出' };
const REASON_WORDS = { 'unknown-name': '用户名不存在', 'wrong-password': '密码错误', 'no-password': '未设置密码', throttled: '尝试过多，暂时锁定' };
const NO_FILTERS = { name: '', outcome: '', from: '', to: '' };

function queryOf(filters) {
  const query = new URLSearchParams();
  if (filters.name.trim()) query.set('name', filters.name.trim());
  if (filters.outcome) query.set('outcome', filters.outcome);
  setPeriod(query, filters.from, filters.to);
  return query;
}

/** 登录记录: every sign-in, failed sign-in and sign-out, newest first, filtered, a page at a time, exportable. */
export function SignInsPage() {
  const [filters, setFilters] = useState(NO_FILTERS);
  const [applied, setApplied] = useState(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [answer, setAnswer] = useState(null);
  const [error, setError] = useState(null);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const query = queryOf(applied);
    query.set('page', String(page));
    query.set('pageSize', String(PAGE_SIZE));
    setError(null);
    api.get(`/api/audit/sign-ins?${query}`).then((a) => request === latest.current && setAnswer(a), (e) => request === latest.current && setError(e));
  }, [applied, page]);

  const set = (field) => (e) => setFilters((f) => ({ ...f, [field]: e.target.value }));
  const pages = Math.max(1, Math.ceil((answer?.total ?? 0) / PAGE_SIZE));
  const csv = queryOf(applied);
  csv.set('format', 'csv');

  return html`
    <section>
      <p class="crumbs"><${Link} href="/console/audit">审计<//></p>
      <h1 tabindex="-1">登录记录</h1>
      <form class="filters" onSubmit=${(e) => { e.preventDefault(); setApplied(filters); setPage(1); }} aria-label="筛选登录记录">
        <div><label for="s-name">用户名</label><input id="s-name" value=${filters.name} onInput=${set('name')} /></div>
        <div>
          <label for="s-outcome">结果</label>
          <select id="s-outcome" value=${filters.outcome} onChange=${set('outcome')}>
            <option value="">全部</option>
            ${Object.entries(OUTCOME_WORDS).map(([key, words]) => html`<option value=${key}>${words}</option>`)}
          </select>
        </div>
        <div><label for="s-from">起始时间</label><input id="s-from" type="datetime-local" step="1" value=${filters.from} onInput=${set('from')} /></div>
        <div><label for="s-to">截止时间</label><input id="s-to" type="datetime-local" step="1" value=${filters.to} onInput=${set('to')} /></div>
        <button type="submit">筛选</button>
      </form>
      <p class="actions"><a href=${`/api/audit/sign-ins?${csv}`} download>导出 CSV</a><span class="hint">时间为北京时间。</span></p>
      <${ErrorAlert} error=${error} />
      ${!answer ? html`<${Loading} />` : html`
        <div class="table-wrap">
          <table aria-label="登录记录">
            <caption>共 ${answer.total} 条，第 ${page} / ${pages} 页</caption>
            <thead><tr><th scope="col">时间</th><th scope="col">用户名</th><th scope="col">结果</th><th scope="col">地址</th><th scope="col">原因</th><th scope="col">浏览器</th></tr></thead>
            <tbody>
              ${answer.items.map((entry, i) => html`
                <tr key=${`${entry.at}-${i}`}>
                  <td><time datetime=${entry.at}>${formatSecond(entry.at)}</time></td>
                  <td>${entry.name}</td>
                  <td><span class=${`status outcome-${entry.outcome}`}>${OUTCOME_WORDS[entry.outcome] ?? entry.outcome}</span></td>
                  <td>${entry.address}</td>
                  <td>${entry.reason ? REASON_WORDS[entry.reason] ?? entry.reason : ''}</td>
                  <td class="small">${entry.userAgent ?? ''}</td>
                </tr>`)}
            </tbody>
          </table>
        </div>
        <${Pager} label="登录记录分页" page=${page} pages=${pages} onPage=${setPage} />`}
    </section>`;
}
