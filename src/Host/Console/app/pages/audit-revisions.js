import { html, useEffect, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, formatSecond } from '../common.js';
import { moduleWords } from './audit-words.js';
import { DiffText } from './diff-view.js';

/** 修改记录 of any item of the issue: who made each revision, when, with what note; the diff of two chosen revisions. */
export function ItemRevisions({ items }) {
  const [itemId, setItemId] = useState(items[0]?.itemId ?? '');
  const [revisions, setRevisions] = useState(null);
  const [range, setRange] = useState({ from: '', to: '' });
  const [diff, setDiff] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    if (!itemId) return;
    setRevisions(null);
    setDiff(null);
    api.get(`/api/audit/items/${itemId}/revisions`).then((all) => {
      setRevisions(all);
      setRange({ from: String(all[Math.max(0, all.length - 2)]?.revision ?? ''), to: String(all[all.length - 1]?.revision ?? '') });
    }, setError);
  }, [itemId]);

  const compare = async (event) => {
    event.preventDefault();
    setError(null);
    try {
      setDiff({ ...range, parts: await api.get(`/api/audit/items/${itemId}/diff?from=${range.from}&to=${range.to}`) });
    } catch (e) {
      setError(e);
    }
  };
  const who = (number) => revisions?.find((r) => String(r.revision) === String(number));
  const option = (r) => html`<option value=${String(r.revision)}>第 ${r.revision} 版 · ${r.actor?.name} · ${formatSecond(r.at)}</option>`;

  return html`
    <section class="card" aria-labelledby="h-item-revisions">
      <h2 id="h-item-revisions">稿件的修改记录</h2>
      ${items.length === 0 ? html`<p class="muted">本期还没有编入过稿件。</p>` : html`
        <label for="r-item">稿件</label>
        <select id="r-item" value=${itemId} onChange=${(e) => setItemId(e.target.value)}>
          ${items.map((i) => html`<option value=${i.itemId}>${i.headline}</option>`)}
        </select>
        <${ErrorAlert} error=${error} />
        ${revisions && html`
          <ol class="revisions" aria-label="修改记录">
            ${revisions.map((r) => html`
              <li key=${r.revision}>第 ${r.revision} 版 · ${r.actor?.name} · ${formatSecond(r.at)} · ${moduleWords(r.module)}${r.note ? `：${r.note}` : ''}</li>`)}
          </ol>
          ${revisions.length > 1 && html`
            <form class="filters" onSubmit=${compare}>
              <div><label for="r-from">从</label><select id="r-from" value=${range.from} onChange=${(e) => setRange((r) => ({ ...r, from: e.target.value }))}>${revisions.map(option)}</select></div>
              <div><label for="r-to">到</label><select id="r-to" value=${range.to} onChange=${(e) => setRange((r) => ({ ...r, to: e.target.value }))}>${revisions.map(option)}</select></div>
              <button type="submit">比较</button>
            </form>`}
          ${diff && html`
            <p class="small">第 ${diff.from} 版（${who(diff.from)?.actor?.name}${who(diff.from)?.note ? `：${who(diff.from).note}` : ''}）→ 第 ${diff.to} 版（${who(diff.to)?.actor?.name}${who(diff.to)?.note ? `：${who(diff.to).note}` : ''}）</p>
            <div class="text diff" aria-label="两版之间的差异"><${DiffText} parts=${diff.parts} /></div>`}`}`}
    </section>`;
}
