import { html, useState } from '../vendor/preact-htm.module.js';
import { Link } from '../router.js';
import { dragged, endDrag, readDrop, startDrag } from './issue-drag.js';

/**
 * The issue's sections in print order, each item with 上移, 下移, 移出 and a section to move it to;
 * items are dragged within or across sections, and pool entries dropped onto a place. Positions are
 * 0-based within the section without the item moved, as the API counts them.
 */
export function Composition({ issue, orgs, editable, busy, changed, onMove, onRemove, onPlace }) {
  const sections = issue.sections;
  const total = sections.reduce((n, s) => n + s.items.length, 0);
  return html`
    <section class="card composition" aria-labelledby="h-composition">
      <h2 id="h-composition">本期稿件（${total} 篇）</h2>
      ${!editable && html`<p class="hint">${issue.status === 'published' ? '已刊发的一期只读；如需更正，请总编辑使用“更正”。' : '已签发，编排已锁定，直至发布。修改稿件文字或编者按会使签发作废。'}</p>`}
      ${editable && html`<p class="hint">用“上移”“下移”调整顺序，或拖动稿件；选择栏目后点“移至”可换栏目。</p>`}
      ${sections.map((section) => html`
        <${SectionList} key=${section.key} section=${section} sections=${sections} orgs=${orgs} editable=${editable} published=${issue.status === 'published'} busy=${busy}
          changed=${changed} onMove=${onMove} onRemove=${onRemove} onPlace=${onPlace} />`)}
    </section>`;
}

function SectionList({ section, sections, orgs, editable, published, busy, changed, onMove, onRemove, onPlace }) {
  const [over, setOver] = useState(null);
  const headingId = `h-section-${section.key}`;
  const count = section.items.length;

  // A drop before the item at `index` of this section, or at its end when `index` is the count.
  const drop = (index) => (event) => {
    event.preventDefault();
    setOver(null);
    const what = readDrop(event);
    if (!what) return;
    if (what.kind === 'pool') {
      onPlace(what.itemId, section.key, index);
      return;
    }
    const others = section.items.map((item) => item.itemId).filter((id) => id !== what.itemId);
    const target = index < count ? others.indexOf(section.items[index].itemId) : others.length;
    const from = section.items.findIndex((item) => item.itemId === what.itemId);
    if (from === -1 || from !== target) onMove(what.itemId, section.key, target < 0 ? others.length : target, 'drag');
  };
  const allow = (index) => (event) => {
    if (!editable || !dragged()) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setOver(index);
  };

  return html`
    <section class="section-list" aria-labelledby=${headingId}>
      <h3 id=${headingId}>【${section.title}】<span class="count">${count} 篇</span></h3>
      ${count === 0 && !editable && html`<p class="muted">本栏目没有稿件，不印出。</p>`}
      <ol class="placed" aria-labelledby=${headingId}>
        ${section.items.map((item, index) => html`
          <li key=${item.itemId} class=${`placed-item${changed.has(item.itemId) ? ' changed' : ''}${over === index ? ' drop-before' : ''}`}
            draggable=${editable && !busy ? 'true' : 'false'} data-item=${item.itemId} tabindex="-1"
            onDragStart=${(e) => startDrag(e, { kind: 'placed', itemId: item.itemId })} onDragEnd=${endDrag}
            onDragOver=${allow(index)} onDragLeave=${() => setOver(null)} onDrop=${drop(index)}>
            <div class="placed-text">
              <span class="position">${index + 1}.</span>
              <strong id=${`h-${item.itemId}`}>${item.headline}</strong>
              <span class="muted">${orgs[item.orgId] ?? item.orgId}</span>
              ${changed.has(item.itemId) && html`<span class="tag">他人刚修改</span>`}
              <span class="excerpt">${item.body.slice(0, 60)}${item.body.length > 60 ? '…' : ''}</span>
            </div>
            ${editable ? html`
              <div class="placed-actions" role="group" aria-labelledby=${`h-${item.itemId}`}>
                <button type="button" data-focus=${`${item.itemId}:up`} disabled=${busy || index === 0}
                  aria-describedby=${`h-${item.itemId}`} onClick=${() => onMove(item.itemId, section.key, index - 1, 'up')}>上移</button>
                <button type="button" data-focus=${`${item.itemId}:down`} disabled=${busy || index === count - 1}
                  aria-describedby=${`h-${item.itemId}`} onClick=${() => onMove(item.itemId, section.key, index + 1, 'down')}>下移</button>
                <${MoveToSection} item=${item} section=${section} sections=${sections} busy=${busy} onMove=${onMove} />
                <button type="button" class="danger" data-focus=${`${item.itemId}:remove`} disabled=${busy}
                  aria-describedby=${`h-${item.itemId}`} onClick=${() => onRemove(item.itemId)}>移出</button>
                <${Link} href=${`/console/review/${item.itemId}`} class="small-link">修改文字<//>
              </div>` : published ? html`
              <div class="placed-actions">
                <${Link} href=${`/console/review/${item.itemId}`} class="small-link" aria-describedby=${`h-${item.itemId}`}>领导批示<//>
              </div>` : null}
          </li>`)}
      </ol>
      ${editable && html`
        <p class=${`drop-end${over === count ? ' drop-before' : ''}`} onDragOver=${allow(count)} onDragLeave=${() => setOver(null)} onDrop=${drop(count)}>
          ${count === 0 ? '本栏目还没有稿件：从待编稿件编入，或拖到这里。' : '拖到这里放在本栏目末尾'}
        </p>`}
    </section>`;
}

function MoveToSection({ item, section, sections, busy, onMove }) {
  const others = sections.filter((s) => s.key !== section.key);
  const [target, setTarget] = useState(others[0]?.key ?? '');
  if (others.length === 0) return null;
  const id = `to-${item.itemId}`;
  const into = sections.find((s) => s.key === target) ?? others[0];
  return html`
    <span class="move-to">
      <label for=${id} class="inline">移至栏目</label>
      <select id=${id} value=${into.key} onChange=${(e) => setTarget(e.target.value)}>
        ${others.map((s) => html`<option value=${s.key}>${s.title}</option>`)}
      </select>
      <button type="button" data-focus=${`${item.itemId}:to`} disabled=${busy} aria-describedby=${`h-${item.itemId}`}
        onClick=${() => onMove(item.itemId, into.key, into.items.length, 'to')}>移至</button>
    </span>`;
}
