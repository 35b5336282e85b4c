import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, Loading } from '../common.js';
import { Link, navigate } from '../router.js';
import { ItemRevisions } from './audit-revisions.js';
import { SeriesSelect, useSeriesChoice } from './series-choice.js';
import { History } from './audit-history.js';
import { TimeMachine } from './audit-time-machine.js';
import { Verify } from './audit-verify.js';
import { auditApi } from './audit-words.js';

/** The people and items of a whole history, for the filter lists (from the API's facets when it gives them). */
function facetsOf(history) {
  if (history.actors && history.items) return { actors: history.actors, items: history.items };
  const actors = new Map();
  const items = new Map();
  for (const entry of history.entries) {
    if (entry.actor) actors.set(entry.actor.id, entry.actor);
    const headline = entry.headline ?? entry.data?.headline;
    if (entry.itemId && (headline || !items.has(entry.itemId))) items.set(entry.itemId, { itemId: entry.itemId, headline: headline ?? items.get(entry.itemId)?.headline ?? entry.itemId });
  }
  return { actors: [...actors.values()], items: [...items.values()] };
}

/** 审计: choose 简报 and 期号, then the time machine, the history, 校验 and each item's revisions. */
export function AuditPage() {
  const params = new URLSearchParams(location.search);
  const [issues, setIssues] = useState(null);
  const [number, setNumber] = useState(params.get('number') ?? '');
  const [chosen, setChosen] = useState(params.get('series') && params.get('number') ? { seriesId: params.get('series'), number: Number(params.get('number')) } : null);
  const [history, setHistory] = useState(null);
  const [error, setError] = useState(null);
  const latest = useRef(0);

  const [series, seriesId, setSeriesId] = useSeriesChoice(params.get('series'), setError);

  useEffect(() => {
    if (!seriesId) return;
    setIssues(null);
    api.get(`/api/series/${encodeURIComponent(seriesId)}/issues`).then((all) => {
      setIssues(all);
      if (!all.some((i) => String(i.number) === String(number))) setNumber(String(all[all.length - 1]?.number ?? ''));
    }, setError);
  }, [seriesId]);

  useEffect(() => {
    if (!chosen) return;
    const request = ++latest.current;
    setHistory(null);
    setError(null);
    api.get(`${auditApi(chosen.seriesId, chosen.number)}/history`).then(
      (h) => request === latest.current && setHistory(h),
      (e) => request === latest.current && setError(e));
  }, [chosen]);

  const view = (event) => {
    event.preventDefault();
    if (!seriesId || !number) return;
    navigate(`/console/audit?series=${encodeURIComponent(seriesId)}&number=${number}`, { replace: true });
    setChosen({ seriesId, number: Number(number) });
  };

  const shownSeries = series?.find((s) => s.id === chosen?.seriesId);
  const facets = history ? facetsOf(history) : null;
  const headlines = new Map((facets?.items ?? []).map((i) => [i.itemId, i.headline]));

  return html`
    <section>
      <h1 tabindex="-1">审计</h1>
      <p class="crumbs"><${Link} href="/console/audit/sign-ins">登录记录<//></p>
      <${ErrorAlert} error=${error} />
      ${!series ? html`<${Loading} />` : html`
        <form class="filters" onSubmit=${view}>
          <${SeriesSelect} id="a-series" series=${series} value=${seriesId} onChange=${setSeriesId} />
          <div>
            <label for="a-number">期号</label>
            <select id="a-number" value=${number} onChange=${(e) => setNumber(e.target.value)} disabled=${!issues || issues.length === 0}>
              ${(issues ?? []).map((i) => html`<option value=${String(i.number)}>第${i.number}期</option>`)}
            </select>
          </div>
          <button type="submit" class="primary" disabled=${!number}>查看</button>
        </form>
        ${issues && issues.length === 0 && html`<p class="muted">这份简报还没有任何一期。</p>`}`}
      ${chosen && !history && !error && html`<${Loading} />`}
      ${chosen && history && shownSeries && html`
        <div key=${`${chosen.seriesId}/${chosen.number}`} class="audit">
          <h2 class="audit-title">${shownSeries.title} 第${chosen.number}期</h2>
          <${TimeMachine} seriesId=${chosen.seriesId} number=${chosen.number} series=${shownSeries} stops=${history.entries} headlines=${headlines} />
          <${Verify} seriesId=${chosen.seriesId} number=${chosen.number} />
          <${History} seriesId=${chosen.seriesId} number=${chosen.number} facets=${facets} headlines=${headlines} />
          <${ItemRevisions} items=${facets.items} />
        </div>`}
    </section>`;
}
