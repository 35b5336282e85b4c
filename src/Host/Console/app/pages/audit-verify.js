import { html, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert } from '../common.js';
import { auditApi, moduleWords } from './audit-words.js';

/** Where the chain breaks, in words: the API's sentence when it gives one, else one made from the link. */
function brokenWords(link) {
  if (link.words) return link.words;
  const where = link.headline ? `稿件“${link.headline}”在${moduleWords(link.module)}环节的记录` : `记录流 ${link.streamId}`;
  return `${where}第 ${link.version} 个事件${link.eventType ? `（${link.eventType}）` : ''}：${link.reason}`;
}

/** 校验: the published text against the events, and the hash chain of every stream involved. */
export function Verify({ seriesId, number }) {
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.get(`${auditApi(seriesId, number)}/verify`));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const ok = result && result.chain.intact && (!result.published || result.match);
  return html`
    <section class="card" aria-labelledby="h-verify">
      <h2 id="h-verify">校验</h2>
      <p class="hint">按事件重建已发布的正文并与发布时的哈希比对，并检查每条相关记录的哈希链。</p>
      <button type="button" class="primary" disabled=${busy} onClick=${verify}>校验</button>
      <${ErrorAlert} error=${error} />
      <div role="status" class=${result ? (ok ? 'ok verify' : 'alert verify') : 'verify'}>
        ${busy && '正在校验…'}
        ${result && html`
          <p><strong>${ok ? '一致' : '不一致'}</strong>${!ok && result.words ? `：${result.words.replace(/^不一致[：:]?/, '')}` : ''}</p>
          <ul>
            <li>${result.published
              ? (result.match ? '已发布的正文与按事件重建的正文一致。' : '已发布的正文与按事件重建的正文不一致。')
              : '本期尚未发布，只检查了哈希链。'}</li>
            <li>${result.chain.intact ? `哈希链完整（${result.chain.events} 个事件）。` : `哈希链断开：${brokenWords(result.chain.firstBroken)}`}</li>
          </ul>
          ${result.published && html`<p class="small">发布时的哈希：<code class="hash">${result.storedHash}</code><br />重建的哈希：<code class="hash">${result.replayedHash ?? '—'}</code></p>`}`}
      </div>
    </section>`;
}
