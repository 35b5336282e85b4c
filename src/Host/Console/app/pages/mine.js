import { html, useEffect, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, Loading, formatTime, statusWords } from '../common.js';
import { Link } from '../router.js';

export function MinePage() {
  const [page, setPage] = useState(null);
  const [series, setSeries] = useState({});
  const [error, setError] = useState(null);

  useEffect(() => {
    api.get('/api/submissions?pageSize=200').then(setPage, setError);
    api.get('/api/series').then((all) => setSeries(Object.fromEntries(all.map((s) => [s.id, s.title]))), setError);
  }, []);

  return html`
    <section>
      <h1 tabindex="-1">我的稿件</h1>
      <${ErrorAlert} error=${error} />
      ${!page ? html`<${Loading} />` : page.items.length === 0 ? html`<p>还没有稿件。<${Link} href="/console/submit">去投稿<//></p>` : html`
        <div class="table-wrap">
          <table>
            <caption>本单位的稿件（共 ${page.total} 篇，最新在前）</caption>
            <thead><tr><th scope="col">标题</th><th scope="col">简报</th><th scope="col">状态</th><th scope="col">提交时间</th></tr></thead>
            <tbody>
              ${page.items.map((item) => html`
                <tr key=${item.id}>
                  <td><${Link} href=${`/console/mine/${item.id}`}>${item.headline}<//></td>
                  <td>${series[item.seriesId] ?? item.seriesId}</td>
                  <td><span class=${`status status-${item.status}`}>${statusWords(item.status)}</span></td>
                  <td><time datetime=${item.submittedAt}>${formatTime(item.submittedAt)}</time></td>
                </tr>`)}
            </tbody>
          </table>
        </div>`}
    </section>`;
}
