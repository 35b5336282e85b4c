import { html, useState } from '../vendor/preact-htm.module.js';
import { dragged, endDrag, readDrop, startDrag } from './issue-drag.js';

/** A pool entry matches when every space-separated term occurs in its headline, body or unit. */
function matches(entry, orgName, query) {
  const text = `${entry.headline}\n${entry.body}\n${orgName}`;
  return query.trim().split(/\s+/).filter(Boolean).every((term) => text.includes(term));
}

/**
 * 待编稿件: the accepted items not yet placed. 编入 puts an entry last in the chosen section (its own
 * by default) or before a chosen item; a placed item dropped here goes back to the pool.
 */
export function Pool({ pool, issue, orgs, editable, busy, onPlace, onRemove }) {
  const [query, setQuery] = useState('');
  const [over, setOver] = useState(false);
  const shown = pool.filter((entry) => matches(entry, orgs[entry.orgId] ?? entry.orgId, query));

  const allow = (event) => {
    if (!editable || dragged()?.kind !== 'placed') return;
    event.preventDefault();
    setOver(true);
  };
  const drop = (event) => {
    event.preventDefault();
    setOver(false);
    const what = readDrop(event);
    if (what?.kind === 'placed') onRemove(what.itemId);
  };

  return html`
    <section class=${`card pool${over ? ' drop-target' : ''}`} aria-labelledby="h-pool" onDragOver=${allow} onDragLeave=${() => setOver(false)} onDrop=${drop}>
      <h2 id="h-pool">待编稿件（${pool.length} 篇）</h2>
      <label for="pool-search">搜索待编稿件</label>
      <input id="pool-search" type="search" value=${query} onInput=${(e) => setQuery(e.target.value)} aria-describedby="pool-search-hint" />
      <p id="pool-search-hint" class="hint" aria-live="polite">${query.trim() ? `找到 ${shown.length} 篇` : '按标题、正文或单位查找，多个词用空格分开。'}</p>
      ${pool.length === 0 ? html`<p class="muted">没有待编的稿件：采用的稿件会出现在这里。</p>` : html`
        <ul class="pool-list" aria-labelledby="h-pool">
          ${shown.map((entry) => html`
            <${PoolEntry} key=${entry.itemId} entry=${entry} issue=${issue} orgs=${orgs} editable=${editable} busy=${busy} onPlace=${onPlace} />`)}
        </ul>`}
    </section>`;
}

function PoolEntry({ entry, issue, orgs, editable, busy, onPlace }) {
  const own = issue.sections.some((s) => s.key === entry.section) ? entry.section : issue.sections[0]?.key;
  const [sectionKey, setSectionKey] = useState(own);
  const [position, setPosition] = useState('end');
  const section = issue.sections.find((s) => s.key === sectionKey) ?? issue.sections[0];
  const headingId = `p-${entry.itemId}`;

  return html`
    <li class="pool-entry" draggable=${editable && !busy ? 'true' : 'false'} data-item=${entry.itemId}
      onDragStart=${(e) => startDrag(e, { kind: 'pool', itemId: entry.itemId })} onDragEnd=${endDrag}>
      <p><strong id=${headingId}>${entry.headline}</strong></p>
      <p class="muted small">${orgs[entry.orgId] ?? entry.orgId} · ${issue.sections.find((s) => s.key === entry.section)?.title ?? entry.section}</p>
      <p class="excerpt">${entry.body.slice(0, 80)}${entry.body.length > 80 ? '…' : ''}</p>
      ${editable && html`
        <div class="pool-actions" role="group" aria-labelledby=${headingId}>
          <span>
            <label class="inline" for=${`ps-${entry.itemId}`}>栏目</label>
            <select id=${`ps-${entry.itemId}`} value=${section.key} onChange=${(e) => { setSectionKey(e.target.value); setPosition('end'); }}>
              ${issue.sections.map((s) => html`<option value=${s.key}>${s.title}</option>`)}
            </select>
          </span>
          <span>
            <label class="inline" for=${`pp-${entry.itemId}`}>位置</label>
            <select id=${`pp-${entry.itemId}`} value=${position} onChange=${(e) => setPosition(e.target.value)}>
              <option value="end">末尾</option>
              ${section.items.map((item, index) => html`<option value=${String(index)}>第 ${index + 1} 篇“${item.headline}”之前</option>`)}
            </select>
          </span>
          <button type="button" class="primary" data-focus=${`${entry.itemId}:place`} disabled=${busy} aria-describedby=${headingId}
            onClick=${() => onPlace(entry.itemId, section.key, position === 'end' ? undefined : Number(position))}>编入</button>
        </div>`}
    </li>`;
}
