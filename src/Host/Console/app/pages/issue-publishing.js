import { html, useState } from '../vendor/preact-htm.module.js';
import { formatTime } from '../common.js';

/**
 * 签发与发布: what the chief editor approves (the content hash), whether an edit voided it and why,
 * the published hash and time, and the errata. Only a chief editor sees the buttons.
 */
export function Publishing({ issue, chief, busy, onSignOff, onPublish, onErratum }) {
  const items = issue.sections.flatMap((s) => s.items);
  return html`
    <section class="card publishing" aria-labelledby="h-publishing">
      <h2 id="h-publishing">签发与发布</h2>
      ${issue.status === 'draft' && issue.signOffVoided && html`
        <div class="warn" role="note">
          <p><strong>签发已作废：</strong>${issue.signOffVoided.reason}（${formatTime(issue.signOffVoided.at)}）</p>
          ${issue.signOffVoided.voidedHash && html`<p class="small">作废的签发内容哈希：<code class="hash">${issue.signOffVoided.voidedHash}</code></p>`}
          <p>需要总编辑重新签发后才能发布。</p>
        </div>`}
      ${issue.status === 'draft' && !issue.signOffVoided && html`<p>草稿：编排完成后由总编辑签发。</p>`}
      ${issue.status === 'signed-off' && html`
        <p>${issue.signedOffBy?.name ?? '总编辑'} 已签发。签发内容哈希：</p>
        <p><code class="hash" aria-label="签发内容哈希">${issue.signedOffHash}</code></p>
        <p class="hint">签发后修改稿件文字或编者按，签发即作废。</p>`}
      ${issue.status === 'published' && html`
        <p>发布时间：<time datetime=${issue.publishedAt}>${formatTime(issue.publishedAt)}</time></p>
        <p>发布内容哈希：</p>
        <p><code class="hash" aria-label="发布内容哈希">${issue.contentHash}</code></p>
        <p class="hint">已刊发的一期只读，更正以“更正”发出，附在正文之后。</p>`}
      ${chief ? html`
        <div class="actions">
          ${issue.status === 'draft' && html`<button type="button" class="primary" disabled=${busy || items.length === 0} onClick=${onSignOff}>签发</button>`}
          ${issue.status === 'signed-off' && html`<button type="button" class="primary" disabled=${busy} onClick=${onPublish}>发布</button>`}
        </div>
        ${issue.status === 'draft' && items.length === 0 && html`<p class="hint">本期还没有稿件，不能签发。</p>`}
        ${issue.status === 'published' && html`<${Errata} items=${items} busy=${busy} onErratum=${onErratum} />`}`
      : issue.status !== 'published' && html`<p class="hint">签发与发布由总编辑操作。</p>`}
      ${issue.errata.length > 0 && html`
        <h3 id="h-errata">更正记录</h3>
        <ul class="errata" aria-labelledby="h-errata">
          ${issue.errata.map((e) => html`
            <li key=${e.id}>
              <p class="muted small">${e.issuedBy?.name} · ${formatTime(e.issuedAt)}${e.itemId ? ` · 关于“${items.find((i) => i.itemId === e.itemId)?.headline ?? ''}”` : ''}</p>
              <p>${e.text}</p>
            </li>`)}
        </ul>`}
    </section>`;
}

function Errata({ items, busy, onErratum }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [itemId, setItemId] = useState('');
  const submit = async (event) => {
    event.preventDefault();
    if (await onErratum({ itemId: itemId || undefined, text })) {
      setText('');
      setItemId('');
      setOpen(false);
    }
  };
  return html`
    <button type="button" aria-expanded=${open} onClick=${() => setOpen((o) => !o)}>更正</button>
    ${open && html`
      <form onSubmit=${submit}>
        <label for="erratum-item">更正稿件</label>
        <select id="erratum-item" value=${itemId} onChange=${(e) => setItemId(e.target.value)}>
          <option value="">整期（不针对某篇稿件）</option>
          ${items.map((item) => html`<option value=${item.itemId}>${item.headline}</option>`)}
        </select>
        <label for="erratum-text">更正内容</label>
        <textarea id="erratum-text" rows="3" value=${text} onInput=${(e) => setText(e.target.value)}></textarea>
        <button type="submit" class="primary" disabled=${busy}>提交更正</button>
      </form>`}`;
}
