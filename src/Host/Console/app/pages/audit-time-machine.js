import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, Loading, beijingInputValue, endOfSecond, formatSecond, instantOfBeijingInput } from '../common.js';
import { auditApi, moduleWords } from './audit-words.js';
import { PrintedIssue } from './printed-issue.js';

/**
 * 时间点: the issue as it stood at an instant, in its printed layout. The slider has one stop per
 * event of the history (←/→ move one event); the date-time input (Beijing time, to the second)
 * with 回放 goes to any instant. What changed since the previous stop is marked.
 */
export function TimeMachine({ seriesId, number, series, stops, headlines }) {
  const [index, setIndex] = useState(stops.length - 1);
  const [typed, setTyped] = useState(() => (stops.length ? beijingInputValue(stops[stops.length - 1].timestamp) : ''));
  const [at, setAt] = useState(stops[stops.length - 1]?.timestamp ?? null);
  const [shown, setShown] = useState(null);
  const [error, setError] = useState(null);
  const cache = useRef(new Map());
  const latest = useRef(0);
  const base = `${auditApi(seriesId, number)}/as-of`;

  // The issue at an instant, null before it existed; each instant is asked for once.
  const asOf = (instant) => {
    if (!cache.current.has(instant)) {
      cache.current.set(instant, api.get(`${base}?at=${encodeURIComponent(instant)}`).catch((e) => {
        if (e.status === 404) return null;
        cache.current.delete(instant);
        throw e;
      }));
    }
    return cache.current.get(instant);
  };

  useEffect(() => {
    if (!at) return;
    const request = ++latest.current;
    const previousStop = index > 0 ? stops[index - 1].timestamp : null;
    const pointed = stops[index]?.timestamp === at;
    Promise.all([asOf(at), pointed && previousStop ? asOf(previousStop) : Promise.resolve(undefined)]).then(([issue, previous]) => {
      if (request !== latest.current) return;
      setError(null);
      setShown({ issue, previous: previous ?? undefined, at, index });
    }, (e) => request === latest.current && setError(e));
  }, [at, index]);

  const toStop = (i) => {
    setIndex(i);
    setAt(stops[i].timestamp);
    setTyped(beijingInputValue(stops[i].timestamp));
  };

  // 回放 shows the whole second typed, and puts the slider on the last event up to it.
  const replay = (event) => {
    event.preventDefault();
    const instant = instantOfBeijingInput(typed);
    if (!instant) {
      setError({ message: '请填写完整的时间点（年-月-日 时:分:秒，北京时间）。', status: 400, problem: {} });
      return;
    }
    const end = endOfSecond(instant);
    const limit = new Date(end).getTime();
    let last = -1;
    stops.forEach((stop, i) => { if (new Date(stop.timestamp).getTime() <= limit) last = i; });
    setIndex(Math.max(last, 0));
    setAt(end);
  };

  const stop = stops[index];
  const describe = (s) => `${formatSecond(s.timestamp)} · ${s.actor?.name} · ${moduleWords(s.module)}${s.headline || headlines.get(s.itemId) ? ` · “${s.headline ?? headlines.get(s.itemId)}”` : ''} · ${s.summary}`;

  return html`
    <section class="card" aria-labelledby="h-time">
      <h2 id="h-time">时间机器</h2>
      <form class="filters" onSubmit=${replay}>
        <div>
          <label for="t-at">时间点</label>
          <input id="t-at" type="datetime-local" step="1" value=${typed} onInput=${(e) => setTyped(e.target.value)} aria-describedby="t-at-hint" />
        </div>
        <button type="submit">回放</button>
        <p id="t-at-hint" class="hint">北京时间，精确到秒。</p>
      </form>
      ${stops.length === 0 ? html`<p>这一期还没有任何事件。</p>` : html`
        <label for="t-stop">事件（共 ${stops.length} 个，用 ← → 逐个移动）</label>
        <input id="t-stop" type="range" class="stops" min="0" max=${stops.length - 1} step="1" value=${index}
          aria-valuetext=${stop ? `第 ${index + 1} 个事件：${describe(stop)}` : ''}
          onInput=${(e) => toStop(Number(e.target.value))} />
        <p class="stop-now" aria-live="polite">
          ${stop && html`<strong>第 ${index + 1} / ${stops.length} 个事件：</strong>${describe(stop)}`}
        </p>`}
      <${ErrorAlert} error=${error} />
      ${!shown ? (at && html`<${Loading} />`) : html`
        <p class="hint">显示的是 <time datetime=${shown.at}>${formatSecond(shown.at)}</time> 时的本期${shown.previous ? '；与上一个事件相比，新增的文字带下划线，删去的文字带删除线' : ''}。</p>
        ${shown.issue === null ? html`<p class="muted">这个时间点本期尚未创建。</p>`
          : html`<${PrintedIssue} title=${series.title} issuingUnit=${series.issuingUnit} issue=${shown.issue} previous=${shown.previous} stop=${shown.index} />`}`}
    </section>`;
}
