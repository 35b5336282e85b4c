import { html, useEffect, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert, beijingToday, formatTime } from '../common.js';
import { useSession } from '../session.js';

const POINTS = [['submitted', '报送每条'], ['accepted', '采用每条'], ['rejected', '未采用每条'], ['published', '刊发每条']];

const levelsText = (levels) => Object.entries(levels).map(([level, points]) => `${level}=${points}`).join('，');

/** 批示分值 as typed, one level a line (省部级=20); the API checks the names and the numbers. */
function parseLevels(text) {
  const levels = {};
  for (const line of text.split(/[\n，,；;]/).map((l) => l.trim()).filter(Boolean)) {
    const [level, points] = line.split(/[=＝:：]/).map((p) => p?.trim());
    if (!level || points === undefined || !/^-?\d+$/.test(points)) throw new Error(`批示分值“${line}”应写成“级别=分值”，例如“省部级=20”。`);
    levels[level] = Number(points);
  }
  return levels;
}

/** 积分办法: every version of the series' scoring rules; chief editors and admins add a version. */
export function ScoringRules({ seriesId, onChanged }) {
  const { user } = useSession();
  const mayChange = ['chief-editor', 'admin'].includes(user?.role);
  const [versions, setVersions] = useState(null);
  const [form, setForm] = useState({ effectiveFrom: beijingToday(), submitted: '0', accepted: '0', rejected: '0', published: '0', levels: '' });
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState('');
  const url = `/api/series/${encodeURIComponent(seriesId)}/scoring`;

  const load = () => api.get(url).then((answer) => {
    setVersions(answer.versions);
    const newest = answer.versions[answer.versions.length - 1];
    if (newest) setForm((f) => ({ ...f, ...Object.fromEntries(POINTS.map(([key]) => [key, String(newest.points[key])])), levels: levelsText(newest.instructionPoints).replaceAll('，', '\n') }));
  }, setError);
  useEffect(() => { load(); }, [seriesId]);

  const set = (field) => (event) => setForm((f) => ({ ...f, [field]: event.target.value }));

  const save = async (event) => {
    event.preventDefault();
    setError(null);
    setNotice('');
    try {
      const body = {
        effectiveFrom: form.effectiveFrom,
        points: Object.fromEntries(POINTS.map(([key]) => [key, Number(form[key])])),
        instructionPoints: parseLevels(form.levels),
      };
      const answer = await api.put(url, body);
      await load();
      onChanged();
      setNotice(`已保存积分办法第${answer.version}版，自${form.effectiveFrom}起施行。`);
    } catch (e) {
      setError(e);
    }
  };

  return html`
    <section class="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">积分办法</h2>
      ${versions?.length === 0 && html`<p>这一简报还没有积分办法：积分均为0。</p>`}
      ${versions?.length > 0 && html`
        <div class="table-wrap">
          <table>
            <caption>积分办法各版本</caption>
            <thead><tr><th scope="col">版本</th><th scope="col">施行日期</th>${POINTS.map(([, words]) => html`<th scope="col">${words}</th>`)}<th scope="col">批示分值</th><th scope="col">设定人</th><th scope="col">设定时间</th></tr></thead>
            <tbody>
              ${versions.map((v) => html`
                <tr><td>第${v.version}版</td><td>${v.effectiveFrom}</td>${POINTS.map(([key]) => html`<td>${v.points[key]}</td>`)}
                  <td>${levelsText(v.instructionPoints) || '—'}</td><td>${v.setBy.name}</td><td>${formatTime(v.setAt)}</td></tr>`)}
            </tbody>
          </table>
        </div>`}
      ${mayChange && html`
        <form onSubmit=${save} aria-label="新的积分办法">
          <h3>新增一版</h3>
          <${ErrorAlert} error=${error} />
          ${notice && html`<p class="ok" role="status">${notice}</p>`}
          <div class="filters">
            <div><label for="r-from">施行日期</label><input id="r-from" type="date" required value=${form.effectiveFrom} onInput=${set('effectiveFrom')} /></div>
            ${POINTS.map(([key, words]) => html`
              <div><label for=${`r-${key}`}>${words}（分）</label><input id=${`r-${key}`} type="number" step="1" required value=${form[key]} onInput=${set(key)} /></div>`)}
          </div>
          <label for="r-levels">批示分值（每行一个：级别=分值）</label>
          <textarea id="r-levels" rows="3" value=${form.levels} onInput=${set('levels')} placeholder="省部级=20"></textarea>
          <p class="hint">未采用的分值可以为负数（扣分）；之前各版本在各自施行期间继续有效。</p>
          <button type="submit">保存积分办法</button>
        </form>`}
      ${!mayChange && error && html`<${ErrorAlert} error=${error} />`}
    </section>`;
}
