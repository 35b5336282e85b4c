import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, Loading, Pager, formatSecond, setPeriod } from '../common.js';
import { MODULE_WORDS, auditApi, moduleWords } from './audit-words.js';

const PAGE_SIZE = 50;
const NO_FILTERS = { actor: '', itemId: '', module: '', from: '', to: '' };

/** The query of the history for these filters. */
function queryOf(filters) {
  const query = new URLSearchParams();
  if (filters.actor) query.set('actor', filters.actor);
  if (filters.itemId) query.set('itemId', filters.itemId);
  if (filters.module) query.set('module', filters.module);
  setPeriod(query, filters.from, filters.to);
  return query;
}

/**
 * 历史记录: every event of the issue and of its items, a page at a time, filtered by person, item,
 * module and time, with 导出 CSV of what the filters select. `facets` (people and items of the whole
 * history) fill the filter lists.
 */
export function History({ seriesId, number, facets, headlines }) {
  const [filters, setFilters] = useState(NO_FILTERS);
  const [applied, setApplied] = useState(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [answer, setAnswer] = useState(null);
  const [error, setError] = useState(null);
  const latest = useRef(0);
  const base = `${auditApi(seriesId, number)}/history`;

  useEffect(() => {
    const request = ++latest.current;
    setError(null);
    const query = queryOf(applied);
    query.set('page', String(page));
    query.set('pageSize', String(PAGE_SIZE));
    api.get(`${base}?${query}`).then((a) => request === latest.current && setAnswer(a), (e) => request === latest.current && setError(e));
  }, [seriesId, number, applied, page]);

  const set = (field) => (e) => setFilters((f) => ({ ...f, [field]: e.target.value }));
  const apply = (e) => { e.preventDefault(); setApplied(filters); setPage(1); };
  const total = answer?.total ?? answer?.entries.length ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const csv = queryOf(applied);
  csv.set('format', 'csv');

  return html`
    <section class="card" aria-labelledby="h-history">
      <h2 id="h-history">历史记录</h2>
      <form class="filters" onSubmit=${apply} aria-label="筛选历史记录">
        <div>
          <label for="h-actor">人员</label>
          <select id="h-actor" value=${filters.actor} onChange=${set('actor')}>
            <option value="">全部</option>
            ${facets.actors.map((a) => html`<option value=${a.id}>${a.name}</option>`)}
          </select>
        </div>
        <div>
          <label for="h-item">稿件</label>
          <select id="h-item" value=${filters.itemId} onChange=${set('itemId')}>
            <option value="">全部</option>
            ${facets.items.map((i) => html`<option value=${i.itemId}>${i.headline}</option>`)}
          </select>
        </div>
        <div>
          <label for="h-module">环节</label>
          <select id="h-module" value=${filters.module} onChange=${set('module')}>
            <option value="">全部</option>
            ${Object.entries(MODULE_WORDS).map(([key, words]) => html`<option value=${key}>${words}</option>`)}
          </select>
        </div>
        <div>
          <label for="h-from">起始时间</label>
          <input id="h-from" type="datetime-local" step="1" value=${filters.from} onInput=${set('from')} />
        </div>
        <div>
          <label for="h-to">截止时间</label>
          <input id="h-to" type="datetime-local" step="1" value=${filters.to} onInput=${set('to')} />
        </div>
        <button type="submit">筛选</button>
        <button type="button" class="quiet" onClick=${() => { setFilters(NO_FILTERS); setApplied(NO_FILTERS); setPage(1); }}>清除筛选</button>
      </form>
      <p class="actions">
        <a href=${`${base}?${csv}`} download>导出 CSV</a>
        <span class="hint">时间为北京时间；导出的是当前筛选出的全部记录。</span>
      </p>
      <${ErrorAlert} error=${error} />
      ${!answer ? html`<${Loading} />` : html`
        <div class="table-wrap">
          <table aria-label="历史记录">
            <caption>共 ${total} 条，第 ${page} / ${pages} 页</caption>
            <thead><tr><th scope="col">时间</th><th scope="col">人员</th><th scope="col">环节</th><th scope="col">稿件</th><th scope="col">经过</th></tr></thead>
            <tbody>
              ${answer.entries.map((entry) => html`
                <tr key=${entry.sequence}>
                  <td><time datetime=${entry.timestamp}>${formatSecond(entry.timestamp)}</time></td>
                  <td>${entry.actor?.name}</td>
                  <td>${moduleWords(entry.module)}</td>
                  <td>${entry.headline ?? headlines.get(entry.itemId) ?? (entry.itemId ? '' : '本期')}</td>
                  <td>${entry.summary}</td>
                </tr>`)}
            </tbody>
          </table>
        </div>
        <${Pager} label="历史记录分页" page=${page} pages=${pages} onPage=${setPage} />`}
    </section>`;
}
