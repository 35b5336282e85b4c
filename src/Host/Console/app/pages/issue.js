import { html, useEffect, useRef, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { Counter, ErrorAlert, Loading } from '../common.js';
import { Link } from '../router.js';
import { isChiefEditor, useSession } from '../session.js';
import { changesBetween } from './issue-changes.js';
import { Composition } from './issue-composition.js';
import { Pool } from './issue-pool.js';
import { Preview } from './issue-preview.js';
import { Publishing } from './issue-publishing.js';
import { issueApi, issueStatusWords, periodWords } from './issue-words.js';

const NOTE_LIMIT = 2000;

// Where focus goes after a change, first match wins: a keyboard user keeps their place in the list.
const FOCUS_AFTER = {
  up: ['up', 'down'],
  down: ['down', 'up'],
  to: ['up', 'down'],
  drag: ['up', 'down'],
};

export function IssuePage({ seriesId, number }) {
  const { user } = useSession();
  const [issue, setIssue] = useState(null);
  const [pool, setPool] = useState([]);
  const [series, setSeries] = useState(null);
  const [orgs, setOrgs] = useState({});
  const [note, setNote] = useState({ base: '', text: '', kept: false });
  const [others, setOthers] = useState([]);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const focusNext = useRef(null);
  const path = issueApi(seriesId, number);
  const seriesPath = `/api/series/${encodeURIComponent(seriesId)}`;

  const load = async () => {
    const [fresh, ready] = await Promise.all([api.get(path), api.get(`${seriesPath}/ready-items`)]);
    setIssue(fresh);
    setPool(ready);
    const saved = fresh.editorNote ?? '';
    // An unsaved note survives a reload; when the saved note changed under it, the page says so.
    setNote((n) => (n.text === n.base ? { base: saved, text: saved, kept: false } : { base: saved, text: n.text, kept: n.base !== saved }));
    return fresh;
  };

  useEffect(() => {
    setIssue(null);
    setError(null);
    Promise.all([
      load(),
      api.get(seriesPath).then(setSeries),
      api.get('/api/orgs').then((all) => setOrgs(Object.fromEntries(all.map((o) => [o.id, o.name])))),
    ]).catch(setError);
  }, [seriesId, number]);

  useEffect(() => {
    const target = focusNext.current;
    if (busy || !target) return;
    focusNext.current = null;
    const candidates = [...target.keys.map((key) => document.querySelector(`[data-focus="${key}"]`)), document.querySelector(`[data-item="${target.itemId}"]`)];
    (candidates.find((element) => element && !element.disabled) ?? document.getElementById('h-composition'))?.focus();
  }, [issue, busy]);

  const act = async (request, words, focus) => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const answer = await request(issue.version);
      focusNext.current = focus ?? null;
      await load();
      setOthers([]);
      setNotice(typeof words === 'function' ? words(answer) : words);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    const shown = issue;
    setError(null);
    setNotice('');
    try {
      const fresh = await load();
      const changes = changesBetween(shown, fresh);
      setOthers(changes.length > 0 ? changes : [{ words: '没有发现本期内容的变化（可能是稿件池有变动）' }]);
    } catch (e) {
      setError(e);
    }
  };

  if (!issue || !series) return html`<${ErrorAlert} error=${error} /><${Loading} />`;

  const title = (key) => issue.sections.find((s) => s.key === key)?.title ?? key;
  const headline = (itemId) => issue.sections.flatMap((s) => s.items).concat(pool).find((i) => i.itemId === itemId)?.headline ?? '';
  const editable = issue.status === 'draft';
  const changed = new Set(others.map((c) => c.itemId).filter(Boolean));

  const place = (itemId, section, position) => {
    const index = pool.findIndex((entry) => entry.itemId === itemId);
    const next = pool[index + 1] ?? pool[index - 1];
    const where = position === undefined ? { section } : { section, position };
    return act((v) => api.post(`${path}/items`, { itemId, ...where, expectedVersion: v }),
      `已编入“${headline(itemId)}”到【${title(section)}】。`,
      { itemId, keys: next ? [`${next.itemId}:place`] : [] });
  };
  const move = (itemId, section, position, how) => act(
    (v) => api.post(`${path}/items/${itemId}/move`, { section, position, expectedVersion: v }),
    `已把“${headline(itemId)}”移到【${title(section)}】第 ${position + 1} 篇。`,
    { itemId, keys: FOCUS_AFTER[how].map((k) => `${itemId}:${k}`) });
  const remove = (itemId) => act(
    (v) => api.call('DELETE', `${path}/items/${itemId}?expectedVersion=${v}`),
    `已把“${headline(itemId)}”移出本期，放回待编稿件。`,
    { itemId, keys: [`${itemId}:place`] });
  const saveNote = (event) => {
    event.preventDefault();
    act((v) => api.put(`${path}/editor-note`, { text: note.text.trim() || null, expectedVersion: v }), '编者按已保存。')
      .then((ok) => ok && setNote((n) => ({ base: n.base, text: n.base, kept: false })));
  };

  return html`
    <div class="issue-page">
      <header class="item-head">
        <p class="crumbs"><${Link} href=${`/console/issues?series=${encodeURIComponent(seriesId)}`}>编排<//> · ${series.title}</p>
        <h1 tabindex="-1">${series.title} 第${issue.number}期</h1>
        <p class="facts-line">
          <span class="state">状态：${issueStatusWords(issue.status)}</span>
          <span>时间段：${issue.periodStart} 至 ${issue.periodEnd}（${periodWords(issue.periodStart, issue.periodEnd)}）</span>
        </p>
        <nav class="downloads" aria-label="下载">
          <a href=${`${path}/render?format=docx`} download>下载 Word</a>
          <a href=${`${path}/render?format=html&download=true`} download>下载 HTML</a>
          <a href=${`${path}/render?format=md&download=true`} download>下载 Markdown</a>
        </nav>
        <${ErrorAlert} error=${error} onReload=${reload} />
        ${notice && html`<p role="status" class="ok">${notice}</p>`}
        ${others.length > 0 && html`
          <section class="warn others" aria-labelledby="h-others">
            <h2 id="h-others">已重新加载：他人的修改</h2>
            <ul>${others.map((c) => html`<li>${c.words}</li>`)}</ul>
            <p class="small">你刚才的操作没有执行，请在最新内容上重新操作。</p>
          </section>`}
      </header>

      <div class=${editable ? 'assembly' : 'assembly no-pool'}>
        ${editable && html`
          <${Pool} pool=${pool} issue=${issue} orgs=${orgs} editable=${editable} busy=${busy} onPlace=${place} onRemove=${remove} />`}
        <div class="assembly-main">
          <${Composition} issue=${issue} orgs=${orgs} editable=${editable} busy=${busy} changed=${changed}
            onMove=${move} onRemove=${remove} onPlace=${place} />
          <form class="card" onSubmit=${saveNote} aria-labelledby="h-note">
            <h2 id="h-note">编者按</h2>
            ${note.kept && note.text !== note.base && html`
              <p class="warn">编者按已被他人修改；编辑框中保留了你尚未保存的文字，请核对后再保存。
                <button type="button" class="quiet" onClick=${() => setNote((n) => ({ base: n.base, text: n.base, kept: false }))}>放弃我的修改</button></p>`}
            <label for="i-note">编者按</label>
            <textarea id="i-note" rows="3" value=${note.text} readOnly=${issue.status === 'published'} aria-describedby="i-note-count i-note-hint"
              onInput=${(e) => setNote((n) => ({ ...n, text: e.target.value }))}></textarea>
            <${Counter} id="i-note-count" value=${note.text} limit=${NOTE_LIMIT} what="编者按" />
            <p id="i-note-hint" class="hint">${issue.status === 'published' ? '已刊发，编者按不能再改。' : issue.status === 'signed-off' ? '已签发：修改编者按会使签发作废。' : '印在第一个栏目之前；留空则不印。'}</p>
            ${issue.status !== 'published' && html`<button type="submit" disabled=${busy || note.text === note.base}>保存编者按</button>`}
          </form>
        </div>
        <div class="assembly-side">
          <${Publishing} issue=${issue} chief=${isChiefEditor(user)} busy=${busy}
            onSignOff=${() => act((v) => api.post(`${path}/sign-off`, { expectedVersion: v }), '已签发。')}
            onPublish=${() => act((v) => api.post(`${path}/publish`, { expectedVersion: v }), '已发布。')}
            onErratum=${(erratum) => act((v) => api.post(`${path}/errata`, { ...erratum, expectedVersion: v }, { 'Idempotency-Key': api.newKey() }), '更正已发出。')} />
          <${Preview} src=${`${path}/render?format=html`} stamp=${issue.version} title=${`${series.title} 第${issue.number}期 打印预览`} />
        </div>
      </div>
    </div>`;
}
