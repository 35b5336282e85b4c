import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, Loading, STATUS_WORDS, statusWords } from '../common.js';
import { Link, navigate } from '../router.js';
import { useSession, isEditor } from '../session.js';
import { issuePath } from './issue-words.js';

const PAGE_SIZE = 20;

/** The excerpt with every highlight ([start, length] in UTF-16 units) in a <mark>. */
export function MarkedExcerpt({ text, highlights }) {
  const parts = [];
  let at = 0;
  for (const [start, length] of highlights) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark class="hit">${text.slice(start, start + length)}</mark>`);
    at = start + length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return html`<p class="excerpt">${parts}</p>`;
}

/** The search box every page of editors and auditors carries: it opens the results page. */
export function SearchBox() {
  const [q, setQ] = useState(new URLSearchParams(location.search).get('q') ?? '');
  const go = (e) => {
    e.preventDefault();
    if (q.trim()) navigate(`/console/search?${new URLSearchParams({ q: q.trim() })}`);
  };
  return html`
    <form role="search" class="search-box" aria-label="全文检索" onSubmit=${go}>
      <input type="text" aria-label="搜索" placeholder="搜索稿件，如 产教融合" value=${q} onInput=${(e) => setQ(e.target.value)} maxlength="200" />
      <button type="submit">搜索</button>
    </form>`;
}

export function SearchPage() {
  const { user } = useSession();
  const params = new URLSearchParams(location.search);
  const q = params.get('q') ?? '';
  const [filters, setFilters] = useState({ status: params.get('status') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' });
  const page = Number(params.get('page') ?? 1) || 1;
  const [found, setFound] = useState(null);
  const [orgs, setOrgs] = useState({});
  const [error, setError] = useState(null);
  const latest = useRef(0);

  useEffect(() => {
    api.get('/api/orgs').then((all) => setOrgs(Object.fromEntries(all.map((o) => [o.id, o.name]))), setError);
  }, []);

  const query = (changes = {}) => {
    const next = new URLSearchParams({ q });
    const wanted = { ...filters, page, ...changes };
    for (const key of ['status', 'from', 'to']) if (wanted[key]) next.set(key, wanted[key]);
    if (wanted.page > 1) next.set('page', wanted.page);
    return next;
  };

  // The address is what is asked: a new search from the header box starts without the previous filters.
  useEffect(() => {
    const now = new URLSearchParams(location.search);
    setFilters({ status: now.get('status') ?? '', from: now.get('from') ?? '', to: now.get('to') ?? '' });
    if (!q.trim()) { setFound({ total: 0, hits: [] }); return; }
    const request = ++latest.current;
    setError(null);
    setFound(null);
    const asked = new URLSearchParams(location.search);
    asked.set('pageSize', PAGE_SIZE);
    api.get(`/api/search?${asked}`).then((answer) => request === latest.current && setFound(answer),
      (e) => request === latest.current && setError(e));
  }, [location.search]);

  const filter = (e) => { e.preventDefault(); navigate(`/console/search?${query({ page: 1 })}`); };
  const set = (key) => (e) => setFilters((f) => ({ ...f, [key]: e.target.value }));
  const pages = found ? Math.max(1, Math.ceil(found.total / PAGE_SIZE)) : 1;

  return html`
    <section>
      <h1 tabindex="-1">搜索：${q}</h1>
      <form class="filters" onSubmit=${filter} aria-label="筛选搜索结果">
        <div>
          <label for="s-status">状态</label>
          <select id="s-status" value=${filters.status} onChange=${set('status')}>
            <option value="">全部</option>
            ${Object.keys(STATUS_WORDS).map((s) => html`<option value=${s}>${statusWords(s)}</option>`)}
          </select>
        </div>
        <div><label for="s-from">起始日期</label><input id="s-from" type="date" value=${filters.from} onInput=${set('from')} /></div>
        <div><label for="s-to">截止日期</label><input id="s-to" type="date" value=${filters.to} onInput=${set('to')} /></div>
        <button type="submit">筛选</button>
      </form>
      <${ErrorAlert} error=${error} />
      ${!found ? (!error && html`<${Loading} />`) : html`
        <p role="status">${found.total === 0 ? '没有找到包含这些词的稿件。' : `共找到 ${found.total} 篇稿件，按相关程度排列。`}</p>
        <ol class="hits" aria-label="搜索结果" start=${(page - 1) * PAGE_SIZE + 1}>
          ${found.hits.map((hit) => html`
            <li key=${hit.itemId}>
              <h2>${isEditor(user) ? html`<${Link} href=${`/console/review/${hit.itemId}`}>${hit.headline}<//>` : hit.headline}</h2>
              <${MarkedExcerpt} text=${hit.excerpt} highlights=${hit.highlights} />
              <p class="muted">
                ${orgs[hit.orgId] ?? hit.orgId} · <span class=${`status status-${hit.status}`}>${statusWords(hit.status)}</span> · ${hit.datedOn}
                ${hit.issueNumber && html` · ${isEditor(user)
                  ? html`<${Link} href=${issuePath(hit.seriesId, hit.issueNumber)}>第 ${hit.issueNumber} 期<//>`
                  : html`<${Link} href=${`/console/audit?series=${encodeURIComponent(hit.seriesId)}&number=${hit.issueNumber}`}>第 ${hit.issueNumber} 期<//>`}`}
              </p>
            </li>`)}
        </ol>
        ${pages > 1 && html`
          <nav class="pager" aria-label="结果分页">
            <button type="button" disabled=${page <= 1} onClick=${() => navigate(`/console/search?${query({ page: page - 1 })}`)}>上一页</button>
            <span>第 ${page} / ${pages} 页</span>
            <button type="button" disabled=${page >= pages} onClick=${() => navigate(`/console/search?${query({ page: page + 1 })}`)}>下一页</button>
          </nav>`}`}
    </section>`;
}
