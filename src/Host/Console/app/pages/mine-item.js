import { html, useEffect, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { Counter, ErrorAlert, LIMITS, Loading, formatTime, statusWords } from '../common.js';
import { Link } from '../router.js';
import { MailOrigin } from './mail-origin.js';

const REVISABLE = ['submitted', 'changes-requested'];
const WITHDRAWABLE = ['submitted', 'in-review', 'changes-requested'];

export function MineItemPage({ id }) {
  const [item, setItem] = useState(null);
  const [body, setBody] = useState('');
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    const fresh = await api.get(`/api/submissions/${id}`);
    setItem(fresh);
    setBody(fresh.body);
    return fresh;
  };

  useEffect(() => { load().catch(setError); }, [id]);

  const write = (action, words) => async (event) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      await action();
      await load();
      setNotice(words);
      setConfirming(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const reload = () => { setError(null); load().catch(setError); };

  if (!item) return html`<${ErrorAlert} error=${error} /><${Loading} />`;
  return html`
    <section class="card">
      <p class="crumbs"><${Link} href="/console/mine">我的稿件<//></p>
      <h1 tabindex="-1">${item.headline}</h1>
      <p class="state">状态：${statusWords(item.status)}</p>
      <p class="muted">提交时间：${formatTime(item.submittedAt)}</p>
      <${MailOrigin} mail=${item.mail} />
      <${ErrorAlert} error=${error} onReload=${reload} />
      ${notice && html`<p role="status" class="ok">${notice}</p>`}
      ${item.status === 'changes-requested' && item.changesRequested && html`
        <section class="reason" aria-labelledby="reason-title">
          <h2 id="reason-title">退回理由</h2>
          <p>${item.changesRequested.reason}</p>
          <p class="muted">${formatTime(item.changesRequested.at)}</p>
        </section>`}
      ${REVISABLE.includes(item.status) ? html`
        <form onSubmit=${write(() => api.put(`/api/submissions/${id}`, { body, expectedVersion: item.version }), '已重新提交。')}>
          <h2>修改稿件</h2>
          <label for="m-body">正文</label>
          <textarea id="m-body" rows="10" required value=${body} onInput=${(e) => setBody(e.target.value)} aria-describedby="m-body-count"></textarea>
          <${Counter} id="m-body-count" value=${body} limit=${LIMITS.body} what="正文" />
          <button type="submit" class="primary" disabled=${busy}>重新提交</button>
        </form>` : html`
        <h2>正文</h2>
        <div class="text">${item.body}</div>`}
      ${WITHDRAWABLE.includes(item.status) && html`
        <div class="danger-zone">
          ${confirming ? html`
            <p>撤回后这篇稿件不再参与审核，确定撤回吗？</p>
            <button type="button" class="danger" disabled=${busy}
              onClick=${write(() => api.post(`/api/submissions/${id}/withdraw`, { expectedVersion: item.version }), '稿件已撤回。')}>确认撤回</button>
            <button type="button" onClick=${() => setConfirming(false)}>取消</button>` : html`
            <button type="button" onClick=${() => setConfirming(true)}>撤回稿件</button>`}
        </div>`}
    </section>`;
}
