import { html, useEffect, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, beijingToday, formatTime } from '../common.js';

/** 领导批示 on a published item: the instructions recorded, and a form to record one (the levels offered are the scoring rules'). */
export function LeaderInstructions({ itemId, seriesId }) {
  const [url, setUrl] = useState(null);
  const [instructions, setInstructions] = useState(null);
  const [levels, setLevels] = useState([]);
  const [form, setForm] = useState({ leader: '', level: '', text: '', givenOn: beijingToday() });
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.get(`/api/submissions/${itemId}`).then((submission) => {
      const at = `/api/series/${encodeURIComponent(seriesId)}/issues/${submission.issueNumber}/items/${itemId}/instructions`;
      setUrl(at);
      return api.get(at).then(setInstructions);
    }).catch(setError);
    api.get(`/api/series/${encodeURIComponent(seriesId)}/scoring`).then((rules) => {
      const named = new Set(rules.versions.flatMap((v) => Object.keys(v.instructionPoints)));
      setLevels([...named]);
    }, () => {});
  }, [itemId]);

  const set = (field) => (event) => setForm((f) => ({ ...f, [field]: event.target.value }));

  const record = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      await api.post(url, form);
      setInstructions(await api.get(url));
      setForm((f) => ({ ...f, leader: '', text: '' }));
      setNotice('批示已登记。');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return html`
    <section class="card" aria-labelledby="h-instructions">
      <h2 id="h-instructions">领导批示</h2>
      <${ErrorAlert} error=${error} />
      ${notice && html`<p role="status" class="ok">${notice}</p>`}
      ${instructions?.length === 0 && html`<p class="muted">还没有登记批示。</p>`}
      ${instructions?.length > 0 && html`
        <ul class="comments" aria-label="批示列表">
          ${instructions.map((i) => html`
            <li key=${i.id}>
              <p><strong>${i.leader}</strong>（${i.level}）${i.givenOn}批示：</p>
              <p>${i.text}</p>
              <p class="muted">${i.recordedBy.name} 登记于 ${formatTime(i.recordedAt)}</p>
            </li>`)}
        </ul>`}
      <form onSubmit=${record} aria-label="登记批示">
        <label for="i-leader">批示领导</label>
        <input id="i-leader" required value=${form.leader} onInput=${set('leader')} />
        <label for="i-level">批示级别</label>
        <input id="i-level" required list="i-levels" value=${form.level} onInput=${set('level')} />
        <datalist id="i-levels">${levels.map((level) => html`<option value=${level} />`)}</datalist>
        <label for="i-text">批示内容</label>
        <textarea id="i-text" rows="3" required value=${form.text} onInput=${set('text')}></textarea>
        <label for="i-date">批示日期</label>
        <input id="i-date" type="date" required value=${form.givenOn} onInput=${set('givenOn')} />
        <button type="submit" disabled=${busy || !url}>登记批示</button>
      </form>
    </section>`;
}
