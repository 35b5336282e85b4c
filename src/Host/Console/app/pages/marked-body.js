import { html } from '../vendor/preact-htm.module.js';

/** Splits the body into plain runs and one run per finding; overlapping findings are cut at the previous one's end. */
export function runs(body, findings) {
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.length - b.length);
  const out = [];
  let at = 0;
  for (const finding of sorted) {
    const start = Math.min(Math.max(finding.start, at), body.length);
    const end = Math.min(Math.max(start, finding.start + finding.length), body.length);
    if (start > at) out.push({ text: body.slice(at, start) });
    out.push({ text: body.slice(start, end), finding });
    at = end;
  }
  if (at < body.length) out.push({ text: body.slice(at) });
  return out;
}

export function suggestionWords(finding) {
  if (finding.suggestion === null || finding.suggestion === undefined) return '无自动修正，请人工处理';
  if (finding.suggestion === '') return '建议删除';
  return `建议改为“${finding.suggestion}”`;
}

/** The body with each lint finding as a focusable mark: message in its title, suggestion on hover and focus. */
export function MarkedBody({ body, findings, bodyRef }) {
  return html`
    <div class="text marked" ref=${bodyRef}>${runs(body, findings).map((run, i) => run.finding
      ? html`<mark key=${i} tabindex="0" class=${`lint sev-${run.finding.severity}${run.text ? '' : ' insert'}`}
          title=${run.finding.message} aria-description=${suggestionWords(run.finding)}
          data-tip=${suggestionWords(run.finding)}>${run.text}</mark>`
      : run.text)}</div>`;
}
