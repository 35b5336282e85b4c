import { html, useEffect, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, Loading, formatSecond } from '../common.js';
import { SeriesSelect, useSeriesChoice } from './series-choice.js';

const SECURITY = [['ssl', 'SSL（端口 993）'], ['starttls', 'STARTTLS（端口 143）'], ['none', '不加密（仅限内网）']];
const EMPTY = { host: '', port: '993', security: 'ssl', user: '', password: '', folder: 'INBOX', takenFolder: '', pollSeconds: '60' };

/** How the last poll went, in words. */
function LastPoll({ poll }) {
  if (!poll) return html`<p class="muted" role="status">还没有收取过。</p>`;
  return html`
    <dl class="facts" aria-label="上次收取">
      <dt>上次收取</dt><dd>${formatSecond(poll.at)}</dd>
      <dt>结果</dt><dd role="status">${poll.outcome === 'ok' ? `成功：${poll.taken} 封成为稿件，${poll.held} 封待分拣` : `失败：${poll.detail}`}</dd>
      ${poll.failures > 0 && html`<dt>连续失败</dt><dd>${poll.failures} 次，稍后自动重试</dd>`}
      <dt>下次收取</dt><dd>${formatSecond(poll.nextAt)}</dd>
    </dl>`;
}

/** The admin's page 投稿邮箱: the series' IMAP mailbox, the last poll, and each organisation's sender addresses. */
export function MailboxPage() {
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState(EMPTY);
  const [mailbox, setMailbox] = useState(undefined);
  const [orgs, setOrgs] = useState([]);
  const [orgId, setOrgId] = useState('');
  const [senders, setSenders] = useState('');
  // The organisation whose addresses the textbox holds: until they arrive it is disabled, and a late answer for another is ignored.
  const [sendersOf, setSendersOf] = useState('');
  const [series, seriesId, setSeriesId] = useSeriesChoice(null, setError);

  const show = (box) => {
    setMailbox(box);
    setForm(box ? {
      host: box.host, port: String(box.port), security: box.security, user: box.user, password: '',
      folder: box.folder, takenFolder: box.takenFolder ?? '', pollSeconds: String(box.pollSeconds),
    } : EMPTY);
  };

  useEffect(() => {
    if (!seriesId) return;
    setMailbox(undefined);
    api.get(`/api/series/${encodeURIComponent(seriesId)}/mailbox`).then(show, (e) => (e.status === 404 ? show(null) : setError(e)));
  }, [seriesId]);

  useEffect(() => {
    api.get('/api/orgs').then((all) => { setOrgs(all); setOrgId(all[0]?.id ?? ''); }, setError);
  }, []);

  useEffect(() => {
    if (!orgId) return;
    let current = true;
    setSendersOf('');
    api.get(`/api/orgs/${encodeURIComponent(orgId)}/senders`).then((s) => {
      if (!current) return;
      setSenders(s.addresses.join('\n'));
      setSendersOf(orgId);
    }, setError);
    return () => { current = false; };
  }, [orgId]);

  const field = (name) => ({ value: form[name], onInput: (e) => setForm({ ...form, [name]: e.target.value }) });

  const act = (work) => async (event) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      setNotice(await work());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const save = act(async () => {
    const body = {
      host: form.host.trim(), port: Number(form.port), security: form.security, user: form.user.trim(),
      folder: form.folder.trim() || undefined, takenFolder: form.takenFolder.trim() || undefined, pollSeconds: Number(form.pollSeconds),
      password: form.password || undefined, expectedVersion: mailbox?.version,
    };
    const saved = await api.put(`/api/series/${encodeURIComponent(seriesId)}/mailbox`, body);
    show({ ...saved, lastPoll: mailbox?.lastPoll });
    return '邮箱设置已保存，几秒内开始收取。';
  });

  const pollNow = act(async () => {
    const polled = await api.post(`/api/series/${encodeURIComponent(seriesId)}/mailbox/poll`);
    setMailbox(polled);
    return polled.lastPoll?.outcome === 'ok' ? '收取完成。' : '收取失败，原因见下。';
  });

  const saveSenders = act(async () => {
    const addresses = senders.split(/[\s,;，；]+/).map((a) => a.trim()).filter(Boolean);
    const saved = await api.put(`/api/orgs/${encodeURIComponent(orgId)}/senders`, { addresses });
    setSenders(saved.addresses.join('\n'));
    return '发件地址已保存。';
  });

  if (!series) return html`<${ErrorAlert} error=${error} /><${Loading} />`;
  return html`
    <section class="card">
      <h1 tabindex="-1">投稿邮箱</h1>
      <p class="hint">各单位发到投稿邮箱的邮件（正文或 .docx 附件）自动成为该单位的稿件；未登记的发件人和无法读取的邮件进入“邮件投稿”待编辑分拣。邮件收取后标为已读（或移到指定文件夹），不会删除。</p>
      <${ErrorAlert} error=${error} />
      ${notice && html`<p role="status" class="ok">${notice}</p>`}
      <${SeriesSelect} id="mb-series" series=${series} value=${seriesId} onChange=${setSeriesId} />
    </section>
    ${mailbox === undefined ? html`<${Loading} />` : html`
      <section class="card" aria-labelledby="mb-settings">
        <h2 id="mb-settings">邮箱设置</h2>
        <form onSubmit=${save}>
          <div class="field-row">
            <div><label for="mb-host">服务器</label><input id="mb-host" required placeholder="imap.163.com" ...${field('host')} /></div>
            <div><label for="mb-port">端口</label><input id="mb-port" type="number" min="1" max="65535" required ...${field('port')} /></div>
            <div>
              <label for="mb-security">安全方式</label>
              <select id="mb-security" value=${form.security} onChange=${(e) => setForm({ ...form, security: e.target.value })}>
                ${SECURITY.map(([value, words]) => html`<option value=${value}>${words}</option>`)}
              </select>
            </div>
          </div>
          <div class="field-row">
            <div><label for="mb-user">邮箱用户名</label><input id="mb-user" required autocomplete="off" ...${field('user')} /></div>
            <div>
              <label for="mb-password">邮箱密码</label>
              <input id="mb-password" type="password" autocomplete="new-password" required=${!mailbox} aria-describedby="mb-password-hint" ...${field('password')} />
              <small id="mb-password-hint" class="muted">${mailbox ? '不改密码请留空；保存的密码加密存放，不会显示。' : '163 等邮箱请填“授权码”。密码加密存放，不会显示。'}</small>
            </div>
          </div>
          <div class="field-row">
            <div><label for="mb-folder">收取文件夹</label><input id="mb-folder" ...${field('folder')} /></div>
            <div><label for="mb-taken">收取后移到（可不填）</label><input id="mb-taken" ...${field('takenFolder')} /></div>
            <div><label for="mb-poll">收取间隔（秒）</label><input id="mb-poll" type="number" min="5" max="86400" ...${field('pollSeconds')} /></div>
          </div>
          <button type="submit" class="primary" disabled=${busy}>保存设置</button>
        </form>
      </section>
      ${mailbox && html`
        <section class="card" aria-labelledby="mb-poll-title">
          <h2 id="mb-poll-title">收取情况</h2>
          <${LastPoll} poll=${mailbox.lastPoll} />
          <button type="button" disabled=${busy} onClick=${pollNow}>立即收取</button>
        </section>`}`}
    <section class="card" aria-labelledby="mb-senders">
      <h2 id="mb-senders">单位发件地址</h2>
      <form onSubmit=${saveSenders}>
        <label for="mb-org">单位</label>
        <select id="mb-org" value=${orgId} onChange=${(e) => setOrgId(e.target.value)}>
          ${orgs.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
        </select>
        <label for="mb-addresses">发件地址（每行一个）</label>
        <textarea id="mb-addresses" rows="3" value=${senders} disabled=${sendersOf !== orgId} onInput=${(e) => setSenders(e.target.value)}></textarea>
        <button type="submit" disabled=${busy || !orgId || sendersOf !== orgId}>保存发件地址</button>
      </form>
    </section>`;
}
