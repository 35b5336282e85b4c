import { html, useEffect, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, statusWords } from '../common.js';
import { Link } from '../router.js';
import { diffText } from '../text-diff.js';

const percent = (similarity) => `${Math.round(similarity * 100)}%`;

/** The two texts side by side: what only the other item has struck through on the left, what only this one has underlined on the right. */
function SideBySide({ other, otherOrg, item }) {
  const parts = diffText(`${other.headline}\n${other.body}`, `${item.headline}\n${item.body}`);
  const side = (keep, Tag) => parts.filter((p) => p.op === 'equal' || p.op === keep)
    .map((p) => (p.op === 'equal' ? p.text : html`<${Tag}>${p.text}<//>`));
  return html`
    <div class="side-by-side" role="group" aria-label="两稿对照">
      <div><h3>${otherOrg}的稿件</h3><div class="text">${side('delete', 'del')}</div></div>
      <div><h3>本稿</h3><div class="text">${side('insert', 'ins')}</div></div>
    </div>`;
}

/** 相似稿件: items of the last 180 days whose text is close to this one's, each comparable side by side. */
export function SimilarItems({ item }) {
  const [similar, setSimilar] = useState(null);
  const [orgs, setOrgs] = useState({});
  const [compared, setCompared] = useState(null);
  const [error, setError] = useState(null);

  // After an edit the list is asked again, the previous one shown meanwhile: no second live region beside the page's own notice.
  useEffect(() => {
    setCompared(null);
    Promise.all([api.get(`/api/review/items/${item.id}/similar`), api.get('/api/orgs')]).then(([found, all]) => {
      setSimilar(found);
      setOrgs(Object.fromEntries(all.map((o) => [o.id, o.name])));
    }, setError);
  }, [item.id, item.revision]);

  const compare = async (other) => {
    if (compared?.itemId === other.itemId) { setCompared(null); return; }
    try {
      setCompared({ itemId: other.itemId, item: await api.get(`/api/review/items/${other.itemId}`) });
    } catch (e) {
      setError(e);
    }
  };

  return html`
    <section class="card" aria-labelledby="h-similar">
      <h2 id="h-similar">相似稿件</h2>
      <${ErrorAlert} error=${error} />
      ${!similar ? (!error && html`<p class="muted">正在查找相似稿件…</p>`) : similar.length === 0 ? html`<p class="muted">近 180 天内没有相似稿件。</p>` : html`
        <p class="hint">可能是同一事件的重复报送，可考虑合报。</p>
        <ul class="similar" aria-label="相似稿件列表">
          ${similar.map((other) => html`
            <li key=${other.itemId}>
              <p><${Link} href=${`/console/review/${other.itemId}`}>${other.headline}<//>
                <span class="similarity">相似度 ${percent(other.similarity)}</span></p>
              <p class="muted">${orgs[other.orgId] ?? other.orgId} · ${statusWords(other.status)} · ${other.datedOn}</p>
              <button type="button" aria-expanded=${compared?.itemId === other.itemId} onClick=${() => compare(other)}>对照</button>
              ${compared?.itemId === other.itemId && html`<${SideBySide} other=${compared.item} otherOrg=${orgs[other.orgId] ?? other.orgId} item=${item} />`}
            </li>`)}
        </ul>`}
    </section>`;
}
