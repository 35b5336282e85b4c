import { html, useEffect, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { Counter, ErrorAlert, LIMITS, Loading, formatTime, statusWords } from '../common.js';
import { Link } from '../router.js';
import { isEditor, useSession } from '../session.js';

export function SubmitPage() {
  const { user } = useSession();
  const [series, setSeries] = useState(null);
  const [orgs, setOrgs] = useState([]);
  const [form, setForm] = useState({ seriesId: '', section: '', orgId: '', headline: '', body: '' });
  const [key, setKey] = useState(api.newKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [submitted, setSubmitted] = useState(null);
  const onBehalf = isEditor(user);

  useEffect(() => {
    api.get('/api/series').then((all) => {
      setSeries(all);
      setForm((f) => ({ ...f, seriesId: all[0]?.id ?? '' }));
    }, setError);
    if (onBehalf) api.get('/api/orgs').then(setOrgs, setError);
  }, []);

  const set = (field) => (event) => setForm((f) => ({ ...f, [field]: event.target.value, ...(field === 'seriesId' ? { section: '' } : {}) }));
  const chosen = series?.find((s) => s.id === form.seriesId);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { seriesId: form.seriesId, body: form.body };
      if (form.section) body.section = form.section;
      if (form.headline.trim()) body.headline = form.headline.trim();
      if (onBehalf) body.orgId = form.orgId;
      const created = await api.post('/api/submissions', body, { 'Idempotency-Key': key });
      setSubmitted(await api.get(`/api/submissions/${created.id}`));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const again = () => {
    setSubmitted(null);
    setKey(api.newKey());
    setForm((f) => ({ ...f, headline: '', body: '' }));
  };

  if (submitted) {
    return html`
      <section class="card">
        <h1 tabindex="-1">已提交</h1>
        <p role="status" class="ok">稿件已提交，编辑审核后会更新状态。</p>
        <dl class="facts">
          <dt>标题</dt><dd>${submitted.headline}</dd>
          <dt>简报</dt><dd>${series?.find((s) => s.id === submitted.seriesId)?.title ?? submitted.seriesId}</dd>
          <dt>状态</dt><dd>${statusWords(submitted.status)}</dd>
          <dt>提交时间</dt><dd>${formatTime(submitted.submittedAt)}</dd>
        </dl>
        <div class="text">${submitted.body}</div>
        <p class="actions">
          <${Link} href=${`/console/mine/${submitted.id}`}>查看这篇稿件<//>
          <button type="button" onClick=${again}>继续投稿</button>
        </p>
      </section>`;
  }

  if (!series) return html`<${ErrorAlert} error=${error} /><${Loading} />`;
  return html`
    <section class="card">
      <h1 tabindex="-1">投稿</h1>
      <${ErrorAlert} error=${error} />
      ${series.length === 0 && html`<p>还没有可投稿的简报，请联系管理员。</p>`}
      <form onSubmit=${submit}>
        <label for="s-series">简报</label>
        <select id="s-series" required value=${form.seriesId} onChange=${set('seriesId')}>
          ${series.map((s) => html`<option value=${s.id}>${s.title}</option>`)}
        </select>
        ${onBehalf && html`
          <label for="s-org">单位</label>
          <select id="s-org" required value=${form.orgId} onChange=${set('orgId')}>
            <option value="">请选择单位</option>
            ${orgs.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
          </select>`}
        <label for="s-section">栏目</label>
        <select id="s-section" value=${form.section} onChange=${set('section')} aria-describedby="s-section-hint">
          <option value="">不指定（由编辑决定）</option>
          ${(chosen?.sections ?? []).map((s) => html`<option value=${s.key}>${s.title}</option>`)}
        </select>
        <p id="s-section-hint" class="hint">可选。</p>
        <label for="s-headline">标题</label>
        <input id="s-headline" value=${form.headline} onInput=${set('headline')} aria-describedby="s-headline-count s-headline-hint" />
        <p id="s-headline-hint" class="hint">可选，不填则为单位名称。</p>
        <${Counter} id="s-headline-count" value=${form.headline} limit=${LIMITS.headline} what="标题" />
        <label for="s-body">正文</label>
        <textarea id="s-body" required rows="10" value=${form.body} onInput=${set('body')} aria-describedby="s-body-count"></textarea>
        <${Counter} id="s-body-count" value=${form.body} limit=${LIMITS.body} what="正文" />
        <button type="submit" class="primary" disabled=${busy}>提交</button>
      </form>
    </section>`;
}
