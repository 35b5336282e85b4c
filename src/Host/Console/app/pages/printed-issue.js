import { html } from '../vendor/preact-htm.module.js';
import { diffText } from '../text-diff.js';
import { DiffText } from './diff-view.js';
import { periodWords } from './issue-words.js';

/** Text as it stands, with what changed since `before` marked (nothing marked when there is no before). */
function Changed({ before, now }) {
  if (before === undefined || before === now) return now;
  return html`<${DiffText} parts=${diffText(before, now)} />`;
}

/**
 * An issue as it stood (the audit's as-of view) in the layout it prints in: red masthead, issue
 * line, the editor's note, ◆ and the bold headline before each item; the text changed since the
 * previous stop (`previous`) marked with <ins> and <del>, items placed since then wholly inserted.
 */
export function PrintedIssue({ title, issuingUnit, issue, previous, stop }) {
  const before = new Map((previous?.sections ?? []).flatMap((s) => s.items).map((item) => [item.itemId, item]));
  const removed = previous ? [...before.values()].filter((item) => !issue.sections.some((s) => s.items.some((i) => i.itemId === item.itemId))) : [];
  return html`
    <article class="printed" aria-label="当时的版面" data-stop=${stop}>
      <header class="printed-head">
        <p class="printed-title">${title}</p>
        <p>第 ${issue.number} 期（${periodWords(issue.periodStart, issue.periodEnd)}）</p>
        <p class="printed-issuer">${issuingUnit}</p>
      </header>
      ${issue.editorNote || previous?.editorNote ? html`<p class="printed-item printed-note"><${Changed} before=${previous ? previous.editorNote ?? '' : undefined} now=${issue.editorNote ?? ''} /></p>` : null}
      ${issue.sections.filter((s) => s.items.length > 0).map((section) => html`
        <section key=${section.key}>
          <h3>【${section.title}】</h3>
          ${section.items.map((item) => {
            const old = before.get(item.itemId);
            const text = html`◆<strong><${Changed} before=${old?.headline} now=${item.headline} /></strong><${Changed} before=${old?.body} now=${item.body} />`;
            return html`<p class="printed-item" key=${item.itemId}>${previous && !old ? html`<ins class="whole">${text}</ins>` : text}</p>`;
          })}
        </section>`)}
      ${removed.length > 0 && html`<p class="printed-removed">此后移出：${removed.map((item) => html`<del>${item.headline}</del> `)}</p>`}
      ${issue.errata?.length > 0 && html`
        <section><h3 class="printed-errata">【更正】</h3>${issue.errata.map((e) => html`<p key=${e.id}>◆${e.text}</p>`)}</section>`}
    </article>`;
}
