import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, Loading, formatTime, statusWords } from '../common.js';
import { Link, navigate } from '../router.js';
import { SeriesSelect, useSeriesChoice } from './series-choice.js';

const QUEUE_STATUSES = ['submitted', 'in-review'];

export function ReviewPage() {
  const params = new URLSearchParams(location.search);
  const [status, setStatus] = useState(params.get('status') ?? '');
  const [newest, setNewest] = useState(params.get('order') === 'newest');
  const [queue, setQueue] = useState(null);
  const [orgs, setOrgs] = useState({});
  const [error, setError] = useState(null);

  const [series, seriesId, setSeriesId] = useSeriesChoice(params.get('series'), setError);

  useEffect(() => {
    api.get('/api/orgs').then((all) => setOrgs(Object.fromEntries(all.map((o) => [o.id, o.name]))), setError);
  }, []);

  useEffect(() => {
    if (!seriesId) return;
    const query = new URLSearchParams({ series: seriesId });
    if (status) query.set('status', status);
    if (newest) query.set('order', 'newest');
    navigate(`/console/review?${query}`, { replace: true });
  }, [seriesId, status, newest]);

  // Only the answer to the latest request counts: switching series quickly must not show the previous series' queue.
  const latest = useRef(0);
  const load = () => {
    const request = ++latest.current;
    setError(null);
    setQueue(null);
    api.get(`/api/review/queue?seriesId=${encodeURIComponent(seriesId)}`).then(
      (entries) => request === latest.current && setQueue(entries),
      (e) => request === latest.current && setError(e));
  };
  useEffect(() => { if (seriesId) load(); }, [seriesId]);

  const shown = (queue ?? []).filter((entry) => !status || entry.status === status);
  if (newest) shown.reverse();

  return html`
    <section>
      <h1 tabindex="-1">审稿</h1>
      <${ErrorAlert} error=${error} />
      ${!series ? html`<${Loading} />` : html`
        <form class="filters" onSubmit=${(e) => { e.preventDefault(); load(); }}>
          <${SeriesSelect} id="q-series" series=${series} value=${seriesId} onChange=${setSeriesId} />
          <div>
            <label for="q-status">状态</label>
            <select id="q-status" value=${status} onChange=${(e) => setStatus(e.target.value)}>
              <option value="">全部</option>
              ${QUEUE_STATUSES.map((s) => html`<option value=${s}>${statusWords(s)}</option>`)}
            </select>
          </div>
          <div>
            <label for="q-order">排序</label>
            <select id="q-order" value=${newest ? 'newest' : 'oldest'} onChange=${(e) => setNewest(e.target.value === 'newest')}>
              <option value="oldest">最早在前</option>
              <option value="newest">最新在前</option>
            </select>
          </div>
          <button type="submit">刷新</button>
        </form>
        ${!queue ? (seriesId && html`<${Loading} />`) : shown.length === 0 ? html`<p>没有待审稿件。</p>` : html`
          <div class="table-wrap">
            <table>
              <caption>待审稿件（${shown.length} 篇）</caption>
              <thead>
                <tr><th scope="col">标题</th><th scope="col">单位</th><th scope="col">状态</th><th scope="col">认领人</th><th scope="col">提示</th><th scope="col">查重</th><th scope="col">提交时间</th></tr>
              </thead>
              <tbody>
                ${shown.map((entry) => html`
                  <tr key=${entry.id}>
                    <td><${Link} href=${`/console/review/${entry.id}`}>${entry.headline}<//></td>
                    <td>${orgs[entry.orgId] ?? entry.orgId}</td>
                    <td><span class=${`status status-${entry.status}`}>${statusWords(entry.status)}</span></td>
                    <td>${entry.assignee?.name ?? '—'}</td>
                    <td class="num">${entry.lintCount}</td>
                    <td>${entry.similarCount > 0 ? html`<span class="dup">疑似重复（${entry.similarCount}）</span>` : '—'}</td>
                    <td><time datetime=${entry.submittedAt}>${formatTime(entry.submittedAt)}</time></td>
                  </tr>`)}
              </tbody>
            </table>
          </div>`}`}
    </section>`;
}
