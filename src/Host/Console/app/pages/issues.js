import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, Loading, formatTime } from '../common.js';
import { Link, navigate } from '../router.js';
import { issuePath, issueStatusWords, periodWords } from './issue-words.js';
import { SeriesSelect, useSeriesChoice } from './series-choice.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Beijing as yyyy-MM-dd, whatever the browser's own time zone. */
function todayInBeijing() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

function addDays(date, days) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function weekday(date) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** A weekly briefing's next period: the working week after the last issue's, else this week (Monday to Friday). */
function nextPeriod(issues) {
  const last = issues[issues.length - 1];
  let start = last ? addDays(last.periodEnd, 1) : todayInBeijing();
  const day = weekday(start);
  start = last ? addDays(start, (8 - day) % 7) : addDays(start, day === 0 ? -6 : 1 - day);
  return { start, end: addDays(start, 4) };
}

export function IssuesPage() {
  const params = new URLSearchParams(location.search);
  const [issues, setIssues] = useState(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState(null);
  const [series, seriesId, setSeriesId] = useSeriesChoice(params.get('series'), setError);

  const latest = useRef(0);
  useEffect(() => {
    if (!seriesId) return;
    navigate(`/console/issues?series=${encodeURIComponent(seriesId)}`, { replace: true });
    const request = ++latest.current;
    setIssues(null);
    setError(null);
    api.get(`/api/series/${encodeURIComponent(seriesId)}/issues`).then(
      (all) => request === latest.current && setIssues(all),
      (e) => request === latest.current && setError(e));
  }, [seriesId]);

  return html`
    <section>
      <h1 tabindex="-1">编排</h1>
      <${ErrorAlert} error=${error} />
      ${!series ? html`<${Loading} />` : series.length === 0 ? html`<p>还没有简报。请管理员先建立简报。</p>` : html`
        <div class="filters">
          <${SeriesSelect} id="i-series" series=${series} value=${seriesId} onChange=${(id) => { setSeriesId(id); setCreating(false); }} />
          <button type="button" class="primary" aria-expanded=${creating} onClick=${() => setCreating((c) => !c)}>新建一期</button>
        </div>
        ${creating && issues && html`<${NewIssueForm} seriesId=${seriesId} issues=${issues} onCancel=${() => setCreating(false)} />`}
        ${!issues ? html`<${Loading} />` : issues.length === 0 ? html`<p>这份简报还没有任何一期。</p>` : html`
          <div class="table-wrap">
            <table>
              <caption>共 ${issues.length} 期</caption>
              <thead><tr><th scope="col">期号</th><th scope="col">时间段</th><th scope="col">状态</th><th scope="col">发布时间</th></tr></thead>
              <tbody>
                ${[...issues].reverse().map((issue) => html`
                  <tr key=${issue.id}>
                    <td><${Link} href=${issuePath(seriesId, issue.number)}>第${issue.number}期<//></td>
                    <td>${issue.periodStart} 至 ${issue.periodEnd}（${periodWords(issue.periodStart, issue.periodEnd)}）</td>
                    <td><span class=${`status issue-${issue.status}`}>${issueStatusWords(issue.status)}</span></td>
                    <td>${issue.publishedAt ? html`<time datetime=${issue.publishedAt}>${formatTime(issue.publishedAt)}</time>` : '—'}</td>
                  </tr>`)}
              </tbody>
            </table>
          </div>`}`}
    </section>`;
}

function NewIssueForm({ seriesId, issues, onCancel }) {
  const next = (issues.reduce((max, issue) => Math.max(max, issue.number), 0) || 0) + 1;
  const period = nextPeriod(issues);
  const [fields, setFields] = useState({ number: String(next), start: period.start, end: period.end, note: '' });
  const [problems, setProblems] = useState({});
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(api.newKey());
  const set = (field) => (e) => setFields((f) => ({ ...f, [field]: e.target.value }));

  const check = () => {
    const found = {};
    if (!/^[1-9]\d{0,5}$/.test(fields.number.trim())) found.number = '期号须为正整数。';
    if (!DATE.test(fields.start.trim())) found.start = '起始日期格式为 年-月-日，如 2025-04-14。';
    if (!DATE.test(fields.end.trim())) found.end = '截止日期格式为 年-月-日，如 2025-04-18。';
    if (!found.start && !found.end && fields.end.trim() < fields.start.trim()) found.end = '截止日期不能早于起始日期。';
    return found;
  };

  const create = async (event) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const body = { number: Number(fields.number), periodStart: fields.start.trim(), periodEnd: fields.end.trim() };
      if (fields.note.trim()) body.editorNote = fields.note.trim();
      const created = await api.post(`/api/series/${encodeURIComponent(seriesId)}/issues`, body, { 'Idempotency-Key': key.current });
      navigate(issuePath(seriesId, created.number));
    } catch (e) {
      setError(e);
      key.current = api.newKey();
    } finally {
      setBusy(false);
    }
  };

  const field = (id, name, label, hint, props = {}) => html`
    <label for=${id}>${label}</label>
    <input id=${id} value=${fields[name]} onInput=${set(name)} aria-invalid=${problems[name] ? 'true' : undefined}
      aria-describedby=${`${id}-hint`} ...${props} />
    <p id=${`${id}-hint`} class=${problems[name] ? 'hint problem' : 'hint'}>${problems[name] ?? hint}</p>`;

  return html`
    <form class="card new-issue" onSubmit=${create} aria-labelledby="h-new-issue" noValidate>
      <h2 id="h-new-issue">新建一期</h2>
      <${ErrorAlert} error=${error} />
      <div class="field-row">
        <div>${field('n-number', 'number', '期号', `默认为下一期：第${next}期。`, { inputmode: 'numeric', autocomplete: 'off' })}</div>
        <div>${field('n-start', 'start', '起始日期', '年-月-日', { placeholder: '2025-04-14', autocomplete: 'off' })}</div>
        <div>${field('n-end', 'end', '截止日期', '年-月-日', { placeholder: '2025-04-18', autocomplete: 'off' })}</div>
      </div>
      <label for="n-note">编者按</label>
      <textarea id="n-note" rows="2" value=${fields.note} onInput=${set('note')} aria-describedby="n-note-hint"></textarea>
      <p id="n-note-hint" class="hint">可选，印在第一个栏目之前；以后也可修改。</p>
      <div class="actions">
        <button type="submit" class="primary" disabled=${busy}>创建</button>
        <button type="button" class="quiet" onClick=${onCancel}>取消</button>
      </div>
    </form>`;
}
