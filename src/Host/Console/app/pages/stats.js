import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, Loading } from '../common.js';
import { navigate } from '../router.js';
import { SeriesSelect, useSeriesChoice } from './series-choice.js';
import { PeriodFields, periodDates } from './stats-period.js';
import { AdoptionLine, PointsChart, percent } from './stats-charts.js';
import { ScoringRules } from './stats-rules.js';

const KIND_WORDS = { district: '区县', university: '高校', department: '部门', enterprise: '企业', other: '其他' };

const statsUrl = (query, format) => `/api/stats/organisations?${query}${format ? `&format=${format}` : ''}`;

/** 采用统计: a series and a period, the units ranked by points, the charts, the downloads, and the rules that scored them. */
export function StatsPage() {
  const params = new URLSearchParams(location.search);
  const initialKind = params.get('from') ? 'custom' : 'this-month';
  const [initialFrom, initialTo] = params.get('from') ? [params.get('from'), params.get('to') ?? params.get('from')] : periodDates(initialKind);
  const [period, setPeriod] = useState({ kind: initialKind, from: initialFrom, to: initialTo });
  const [rules, setRules] = useState(params.get('rules') === 'current' ? 'current' : 'effective');
  const [shown, setShown] = useState(null);
  const [stats, setStats] = useState(null);
  const [error, setError] = useState(null);
  const latest = useRef(0);
  const lastChoice = useRef(null);
  const [series, seriesId, setSeriesId] = useSeriesChoice(params.get('series'), setError);

  const queryOf = (choice) => new URLSearchParams({ seriesId: choice.seriesId, from: choice.from, to: choice.to, rules: choice.rules }).toString();

  const count = (choice) => {
    const request = ++latest.current;
    setStats(null);
    setError(null);
    setShown(choice);
    lastChoice.current = choice;
    api.get(statsUrl(queryOf(choice))).then(
      (answer) => request === latest.current && setStats(answer),
      (e) => request === latest.current && setError(e));
  };

  // The first series' statistics of this month as soon as the series are known.
  useEffect(() => { if (seriesId && !shown) count({ seriesId, from: period.from, to: period.to, rules }); }, [seriesId]);

  const submit = (event) => {
    event.preventDefault();
    const choice = { seriesId, from: period.from, to: period.to, rules };
    navigate(`/console/stats?series=${encodeURIComponent(seriesId)}&from=${choice.from}&to=${choice.to}&rules=${rules}`, { replace: true });
    count(choice);
  };

  const title = series?.find((s) => s.id === shown?.seriesId)?.title ?? '';
  return html`
    <section>
      <h1 tabindex="-1">采用统计</h1>
      <${ErrorAlert} error=${error} />
      ${!series ? html`<${Loading} />` : html`
        <form class="filters card" onSubmit=${submit} aria-label="统计条件">
          <${SeriesSelect} id="s-series" series=${series} value=${seriesId} onChange=${setSeriesId} />
          <${PeriodFields} value=${period} onChange=${setPeriod} />
          <div>
            <label for="s-rules">计分规则</label>
            <select id="s-rules" value=${rules} onChange=${(e) => setRules(e.target.value)}>
              <option value="effective">按当时施行的办法</option>
              <option value="current">按现行办法</option>
            </select>
          </div>
          <div><button type="submit" disabled=${!seriesId}>统计</button></div>
        </form>`}
      ${shown && !stats && !error && html`<${Loading} />`}
      ${stats && html`<${Figures} stats=${stats} title=${title} query=${queryOf(shown)} />`}
      ${seriesId && html`<${ScoringRules} seriesId=${seriesId} key=${seriesId} onChanged=${() => lastChoice.current && count(lastChoice.current)} />`}
    </section>`;
}

function Figures({ stats, title, query }) {
  const t = stats.totals;
  return html`
    <div class="card">
      <h2>${title}：${stats.from} 至 ${stats.to}</h2>
      <p class="facts-line">
        <span>报送 ${t.submitted} 条</span><span>采用 ${t.accepted} 条</span><span>未采用 ${t.rejected} 条</span>
        <span>刊发 ${t.published} 条</span><span>采用率 ${percent(t.adoptionRate)}</span><span>批示 ${t.instructions} 次</span>
        <span>积分依据：${stats.rules.length === 0 ? '无施行的积分办法' : stats.rules.map((r) => `第${r.version}版（${r.effectiveFrom}起）`).join('、')}</span>
      </p>
      <p class="downloads">
        <a href=${statsUrl(query, 'csv')} download>下载 CSV</a>
        <a href=${statsUrl(query, 'docx')} download>下载通报（Word）</a>
      </p>
      ${stats.rows.length === 0 ? html`<p>这一简报还没有单位投稿。</p>` : html`
        <div class="table-wrap">
          <table class="numbers">
            <caption>单位排名</caption>
            <thead><tr><th scope="col">排名</th><th scope="col">单位</th><th scope="col">类型</th><th scope="col">报送</th><th scope="col">采用</th><th scope="col">未采用</th><th scope="col">刊发</th><th scope="col">采用率</th><th scope="col">批示</th><th scope="col">积分</th></tr></thead>
            <tbody>
              ${stats.rows.map((r) => html`
                <tr>
                  <td>${r.rank}</td><th scope="row">${r.name}</th><td>${KIND_WORDS[r.kind] ?? r.kind}</td><td>${r.submitted}</td><td>${r.accepted}</td>
                  <td>${r.rejected}</td><td>${r.published}</td><td>${percent(r.adoptionRate)}</td><td>${r.instructions}</td><td>${r.points}</td>
                </tr>`)}
            </tbody>
          </table>
        </div>
        <div class="columns">
          <${PointsChart} rows=${stats.rows} />
          <${AdoptionLine} months=${stats.months} />
        </div>`}
    </div>`;
}
