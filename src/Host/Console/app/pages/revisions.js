import { html, useEffect, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, formatTime } from '../common.js';

import { moduleWords } from './audit-words.js';

/** The item's revisions from the audit, newest first: who, when, from which desk, and the text. */
export function Revisions({ id }) {
  const [revisions, setRevisions] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => { api.get(`/api/audit/items/${id}/revisions`).then(setRevisions, setError); }, [id]);

  return html`
    <section class="card" aria-labelledby="h-revisions">
      <h2 id="h-revisions">修改记录</h2>
      <${ErrorAlert} error=${error} />
      ${revisions && html`
        <ul class="revisions" aria-labelledby="h-revisions">
          ${[...revisions].reverse().map((r) => html`
            <li key=${r.revision}>
              <details>
                <summary>第 ${r.revision} 版 · ${r.actor?.name} · ${formatTime(r.at)} · ${moduleWords(r.module)}${r.note ? `：${r.note}` : ''}</summary>
                <div class="text small">${r.body}</div>
              </details>
            </li>`)}
        </ul>`}
    </section>`;
}
