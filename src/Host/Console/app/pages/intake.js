import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, Loading, formatTime } from '../common.js';
import { Link } from '../router.js';
import { SeriesSelect, useSeriesChoice } from './series-choice.js';

/** The controls for one waiting message: assign it to a unit (and remember the address), or discard it with a reason. */
function Settle({ entry, orgs, busy, onAssign, onDiscard }) {
  const [orgId, setOrgId] = useState(orgs[0]?.id ?? '');
  const [remember, setRemember] = useState(true);
  const [reason, setReason] = useState('');
  return html`
    <div class="settle" role="group" aria-label=${`处理：${entry.subject || entry.from}`}>
      ${entry.body && html`<details><summary>邮件正文</summary><div class="text">${entry.body}</div></details>`}
      ${entry.assignable ? html`
        <form onSubmit=${(e) => { e.preventDefault(); onAssign(orgId, remember); }}>
          <label for="in-org">分给单位</label>
          <select id="in-org" value=${orgId} onChange=${(e) => setOrgId(e.target.value)}>
            ${orgs.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
          </select>
          <label class="check"><input type="checkbox" checked=${remember} onChange=${(e) => setRemember(e.target.checked)} /> 记住发件地址（以后自动归入该单位）</label>
          <button type="submit" class="primary" disabled=${busy || !orgId}>分配</button>
        </form>` : html`<p class="muted">这封邮件没有可用的正文，只能丢弃；请联系发件人发送正文或 .docx。</p>`}
      <form onSubmit=${(e) => { e.preventDefault(); onDiscard(reason); }}>
        <label for="in-reason">丢弃理由</label>
        <input id="in-reason" required value=${reason} onInput=${(e) => setReason(e.target.value)} />
        <button type="submit" disabled=${busy}>丢弃</button>
      </form>
    </div>`;
}

/** The editors' page 邮件投稿: mail that could not become a submission by itself, to assign or discard. */
export function IntakePage() {
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(null);
  const [busy, setBusy] = useState(false);
  const [entries, setEntries] = useState(null);
  const [orgs, setOrgs] = useState([]);
  const [open, setOpen] = useState(null);
  const [series, seriesId, setSeriesId] = useSeriesChoice(null, setError);

  const latest = useRef(0);
  const load = () => {
    const request = ++latest.current;
    setEntries(null);
    api.get(`/api/intake?seriesId=${encodeURIComponent(seriesId)}`).then(
      (all) => request === latest.current && setEntries(all),
      (e) => request === latest.current && setError(e));
  };

  useEffect(() => { if (seriesId) load(); }, [seriesId]);
  useEffect(() => { api.get('/api/orgs').then(setOrgs, setError); }, []);

  const act = (work) => async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await work());
      setOpen(null);
      load();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const assign = (entry) => (orgId, rememberSender) => act(async () => {
    const created = await api.post(`/api/intake/${entry.id}/assign`, { orgId, rememberSender, expectedVersion: entry.version });
    return { words: '已分配，成为稿件：', id: created.id };
  })();

  const discard = (entry) => (reason) => act(async () => {
    await api.post(`/api/intake/${entry.id}/discard`, { reason, expectedVersion: entry.version });
    return { words: '已丢弃。' };
  })();

  if (!series) return html`<${ErrorAlert} error=${error} /><${Loading} />`;
  return html`
    <section class="card">
      <h1 tabindex="-1">邮件投稿</h1>
      <p class="hint">未登记发件人的邮件和无法读取的邮件在这里等待分拣。</p>
      <${ErrorAlert} error=${error} />
      ${notice && html`<p role="status" class="ok">${notice.words}${notice.id && html`<${Link} href=${`/console/review/${notice.id}`}>去审稿<//>`}</p>`}
      <${SeriesSelect} id="in-series" series=${series} value=${seriesId} onChange=${setSeriesId} />
    </section>
    ${entries === null ? html`<${Loading} />` : entries.length === 0 ? html`<p class="card muted">没有待分拣的邮件。</p>` : html`
      <div class="table-wrap">
        <table aria-label="待分拣邮件" class="stacked">
          <thead><tr><th>发件人</th><th>主题</th><th>收到时间</th><th>原因</th><th>附件</th><th></th></tr></thead>
          <tbody>
            ${entries.map((entry) => html`
              <tr key=${entry.id}>
                <td data-label="发件人">${entry.from || '（无）'}</td>
                <td data-label="主题">${entry.subject || '（无主题）'}</td>
                <td class="nowrap" data-label="收到时间">${formatTime(entry.receivedAt)}</td>
                <td data-label="原因">${entry.reason}</td>
                <td data-label="附件">${entry.attachments.join('、')}</td>
                <td><button type="button" aria-expanded=${open === entry.id} onClick=${() => setOpen(open === entry.id ? null : entry.id)}
                  aria-label=${`处理 ${entry.subject || entry.from}`}>处理</button></td>
              </tr>
              ${open === entry.id && html`
                <tr key=${`${entry.id}-settle`}><td colspan="6">
                  <${Settle} entry=${entry} orgs=${orgs} busy=${busy} onAssign=${assign(entry)} onDiscard=${discard(entry)} />
                </td></tr>`}`)}
          </tbody>
        </table>
      </div>`}`;
}
