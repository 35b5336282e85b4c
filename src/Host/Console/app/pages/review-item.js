import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { Counter, ErrorAlert, LIMITS, Loading, formatTime, statusWords } from '../common.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import { MarkedBody, suggestionWords } from './marked-body.js';
import { Revisions } from './revisions.js';
import { LeaderInstructions } from './instructions.js';
import { MailOrigin } from './mail-origin.js';
import { SimilarItems } from './similar-items.js';

const DECIDABLE = ['submitted', 'in-review'];
const FINAL = ['published', 'withdrawn', 'rejected'];

export function ReviewItemPage({ id }) {
  const { user } = useSession();
  const [item, setItem] = useState(null);
  const [lint, setLint] = useState([]);
  const [series, setSeries] = useState(null);
  const [orgName, setOrgName] = useState('');
  const [mail, setMail] = useState(null);
  const [revisionsKey, setRevisionsKey] = useState(0);
  const [draft, setDraft] = useState({ base: '', body: '', kept: false });
  const [fields, setFields] = useState({ headline: '', note: '', comment: '', changes: '', reject: '', section: '' });
  // { text, fromEditor }: text selected in the editor box stops being the quote once the selection is typed over.
  const [quote, setQuote] = useState(null);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const bodyRef = useRef(null);

  const load = async () => {
    const [fresh, findings] = await Promise.all([api.get(`/api/review/items/${id}`), api.get(`/api/review/items/${id}/lint`)]);
    setItem(fresh);
    setLint(findings);
    // An unsaved edit (body or headline) survives a reload; for the body the page says it was kept, so nothing is overwritten unseen.
    setDraft((d) => (d.body === d.base ? { base: fresh.body, body: fresh.body, kept: false }
      : { base: fresh.body, body: d.body, kept: d.body !== fresh.body }));
    setFields((f) => ({ ...f, headline: item && f.headline !== item.headline ? f.headline : fresh.headline, section: f.section || fresh.section || '' }));
    setRevisionsKey((k) => k + 1);
    return fresh;
  };

  useEffect(() => {
    load().then((fresh) => Promise.all([
      api.get(`/api/series/${encodeURIComponent(fresh.seriesId)}`).then((s) => {
        setSeries(s);
        setFields((f) => ({ ...f, section: f.section || s.sections?.[0]?.key || '' }));
      }),
      api.get('/api/orgs').then((orgs) => setOrgName(orgs.find((o) => o.id === fresh.orgId)?.name ?? fresh.orgId)),
      api.get(`/api/submissions/${id}`).then((submission) => setMail(submission.mail ?? null)),
    ])).catch(setError);
  }, [id]);

  // Text selected in the body becomes the comment's quote; remembered, since the button takes focus (and the selection) when clicked.
  useEffect(() => {
    const remember = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || !bodyRef.current || selection.rangeCount === 0) return;
      if (bodyRef.current.contains(selection.getRangeAt(0).commonAncestorContainer)) {
        const text = selection.toString().trim();
        if (text) setQuote({ text, fromEditor: false });
      }
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, []);

  const set = (field) => (event) => setFields((f) => ({ ...f, [field]: event.target.value }));

  const write = (action, words, after = () => {}) => async (event) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const answer = await action();
      after(answer);
      await load();
      setNotice(typeof words === 'function' ? words(answer) : words);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const reload = () => {
    setError(null);
    setNotice('');
    load().catch(setError);
  };

  if (!item) return html`<${ErrorAlert} error=${error} /><${Loading} />`;
  const v = item.version;
  const path = `/api/review/items/${id}`;
  const edit = () => {
    const body = { body: draft.body, expectedVersion: v };
    if (fields.headline.trim() && fields.headline.trim() !== item.headline) body.headline = fields.headline.trim();
    if (fields.note.trim()) body.note = fields.note.trim();
    return api.post(`${path}/edits`, body);
  };
  const comment = () => api.post(`${path}/comments`, quote ? { text: fields.comment, quote: quote.text } : { text: fields.comment });
  const sectionTitle = (key) => series?.sections?.find((s) => s.key === key)?.title ?? key;

  return html`
    <div class="item-page">
      <header class="item-head">
        <p class="crumbs"><${Link} href=${`/console/review?series=${encodeURIComponent(item.seriesId)}`}>审稿<//> · ${series?.title ?? item.seriesId}</p>
        <h1 tabindex="-1">${item.headline}</h1>
        <p class="facts-line">
          <span class="state">状态：${statusWords(item.status)}</span>
          <span>认领人：${item.assignee?.name ?? '未认领'}</span>
          <span>单位：${orgName}</span>
          <span>栏目：${item.section ? sectionTitle(item.section) : '未定'}</span>
          <span>第 ${item.revision} 版</span>
        </p>
        <${MailOrigin} mail=${mail} />
        <${ErrorAlert} error=${error} onReload=${reload} />
        ${notice && html`<p role="status" class="ok">${notice}</p>`}
      </header>

      <div class="columns">
        <div class="col-main">
          <section class="card" aria-labelledby="h-text">
            <h2 id="h-text">稿件内容</h2>
            <p class="hint">选中一段文字后再点“添加批注”，选中的文字会作为批注的引文。带底色的是文字提示，悬停或聚焦可看建议。</p>
            <${MarkedBody} body=${item.body} findings=${lint} bodyRef=${bodyRef} />
            ${lint.length > 0 && html`
              <details class="findings">
                <summary>文字提示 ${lint.length} 处</summary>
                <ul>${lint.map((f) => html`<li>“${f.excerpt}”：${f.message}（${suggestionWords(f)}）</li>`)}</ul>
              </details>`}
            <button type="button" disabled=${busy || FINAL.includes(item.status)}
              onClick=${write(() => api.post(`${path}/lint/apply`, { expectedVersion: v }),
                (a) => `已修正 ${Array.isArray(a?.applied) ? a.applied.length : (a?.applied ?? 0)} 处。`)}>一键修正</button>
          </section>

          <${SimilarItems} item=${item} />

          <form class="card" onSubmit=${write(edit, '修改已保存。', () => setFields((f) => ({ ...f, note: '' })))}>
            <h2>修改</h2>
            ${draft.kept && html`
              <p class="warn">编辑框中保留了你尚未保存的修改；上面的稿件内容已是最新版本，请核对后再保存。
                <button type="button" class="quiet" onClick=${() => setDraft({ base: item.body, body: item.body, kept: false })}>放弃我的修改</button></p>`}
            <label for="e-headline">标题</label>
            <input id="e-headline" value=${fields.headline} onInput=${set('headline')} />
            <label for="e-body">正文</label>
            <textarea id="e-body" rows="10" value=${draft.body} aria-describedby="e-body-count"
              onInput=${(e) => { setDraft((d) => ({ ...d, body: e.target.value })); setQuote((q) => (q?.fromEditor ? null : q)); }}
              onSelect=${(e) => { const t = e.target; const s = t.value.slice(t.selectionStart, t.selectionEnd).trim(); if (s) setQuote({ text: s, fromEditor: true }); }}></textarea>
            <${Counter} id="e-body-count" value=${draft.body} limit=${LIMITS.body} what="正文" />
            <label for="e-note">修改说明</label>
            <input id="e-note" value=${fields.note} onInput=${set('note')} aria-describedby="e-note-hint" />
            <p id="e-note-hint" class="hint">可选，说明改了什么。</p>
            <button type="submit" class="primary" disabled=${busy || FINAL.includes(item.status)}>保存修改</button>
          </form>
        </div>

        <div class="col-side">
          <section class="card" aria-labelledby="h-decide">
            <h2 id="h-decide">审核</h2>
            ${DECIDABLE.includes(item.status) ? html`
              ${item.assignee?.id !== user.id && html`
                <button type="button" disabled=${busy} onClick=${write(() => api.post(`${path}/claim`, { expectedVersion: v }), '已认领。')}>认领</button>`}
              <form onSubmit=${write(() => api.post(`${path}/accept`, { section: fields.section || undefined, expectedVersion: v }), '已采用。')}>
                <label for="d-section">栏目</label>
                <select id="d-section" value=${fields.section} onChange=${set('section')}>
                  ${(series?.sections ?? []).map((s) => html`<option value=${s.key}>${s.title}</option>`)}
                </select>
                <button type="submit" class="primary" disabled=${busy}>采用</button>
              </form>
              <form onSubmit=${write(() => api.post(`${path}/request-changes`, { reason: fields.changes, expectedVersion: v }), '已退回修改。', () => setFields((f) => ({ ...f, changes: '' })))}>
                <label for="d-changes">退回理由</label>
                <textarea id="d-changes" rows="3" value=${fields.changes} onInput=${set('changes')}></textarea>
                <button type="submit" disabled=${busy}>退回修改</button>
              </form>
              <form onSubmit=${write(() => api.post(`${path}/reject`, { reason: fields.reject, expectedVersion: v }), '已决定不采用。', () => setFields((f) => ({ ...f, reject: '' })))}>
                <label for="d-reject">不采用理由</label>
                <textarea id="d-reject" rows="2" value=${fields.reject} onInput=${set('reject')}></textarea>
                <button type="submit" class="danger" disabled=${busy}>不采用</button>
              </form>` : html`<p>这篇稿件${statusWords(item.status)}，不在待审状态。</p>`}
          </section>

          <section class="card" aria-labelledby="h-comments">
            <h2 id="h-comments">批注</h2>
            <form onSubmit=${write(comment, '批注已添加。', () => { setFields((f) => ({ ...f, comment: '' })); setQuote(null); })}>
              ${quote && html`
                <p class="quote-pick">引文：<q>${quote.text}</q> <button type="button" class="quiet" onClick=${() => setQuote(null)}>不引用</button></p>`}
              <label for="c-text">批注</label>
              <textarea id="c-text" rows="3" value=${fields.comment} onInput=${set('comment')}></textarea>
              <button type="submit" disabled=${busy}>添加批注</button>
            </form>
            ${item.comments.length === 0 ? html`<p class="muted">还没有批注。</p>` : html`
              <ul class="comments" aria-label="批注列表">
                ${item.comments.map((c) => html`
                  <li key=${c.id}>
                    <p class="muted">${c.author?.name} · ${formatTime(c.at)}</p>
                    ${c.quote && html`<blockquote>${c.quote}</blockquote>`}
                    <p>${c.text}</p>
                  </li>`)}
              </ul>`}
          </section>

          ${item.status === 'published' && html`<${LeaderInstructions} itemId=${id} seriesId=${item.seriesId} />`}
          <${Revisions} id=${id} key=${revisionsKey} />
        </div>
      </div>
    </div>`;
}
