import { html } from '../vendor/preact-htm.module.js';

/** How many units the bar chart shows; the table lists them all. */
export const MOST_BARS = 30;

const percent = (rate) => (rate == null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** 各单位积分: one horizontal bar per unit, in rank order (the first 30), drawn as SVG. */
export function PointsChart({ rows }) {
  const shown = rows.slice(0, MOST_BARS);
  const most = Math.max(1, ...shown.map((r) => Math.abs(r.points)));
  const [labelWidth, barWidth, bar, gap] = [150, 420, 16, 6];
  const height = Math.max(1, shown.length) * (bar + gap) + gap;
  const summary = shown.map((r) => `${r.name}${r.points}分`).join('，');
  return html`
    <figure class="chart">
      <figcaption>各单位积分${rows.length > MOST_BARS ? `（前${MOST_BARS}名，共${rows.length}个单位）` : ''}</figcaption>
      <svg viewBox=${`0 0 ${labelWidth + barWidth + 60} ${height}`} role="img" aria-label=${`各单位积分：${summary || '无数据'}`}>
        ${shown.map((r, i) => {
          const y = gap + i * (bar + gap);
          const width = Math.max(r.points === 0 ? 0 : 2, (Math.abs(r.points) / most) * barWidth);
          return html`
            <g>
              <text x=${labelWidth - 6} y=${y + bar - 3} text-anchor="end" class="chart-label">${r.name.length > 10 ? `${r.name.slice(0, 10)}…` : r.name}</text>
              <rect x=${labelWidth} y=${y} width=${width} height=${bar} class=${r.points < 0 ? 'chart-bar chart-negative' : 'chart-bar'}><title>${r.name}：${r.points}分</title></rect>
              <text x=${labelWidth + width + 4} y=${y + bar - 3} class="chart-value">${r.points}</text>
            </g>`;
        })}
      </svg>
    </figure>`;
}

/** 月度采用率: published / submitted of every unit, month by month, as a line. */
export function AdoptionLine({ months }) {
  const [left, width, top, height] = [44, 520, 12, 160];
  const highest = Math.max(1, ...months.map((m) => m.adoptionRate ?? 0));
  const x = (i) => left + (months.length === 1 ? width / 2 : (i * width) / (months.length - 1));
  const y = (rate) => top + height - (rate / highest) * height;
  const points = months.map((m, i) => (m.adoptionRate == null ? null : [x(i), y(m.adoptionRate)])).filter(Boolean);
  const summary = months.map((m) => `${m.month} ${percent(m.adoptionRate)}`).join('，');
  return html`
    <figure class="chart">
      <figcaption>月度采用率（刊发 ÷ 报送）</figcaption>
      <svg viewBox=${`0 0 ${left + width + 30} ${top + height + 36}`} role="img" aria-label=${`月度采用率：${summary || '无数据'}`}>
        ${[0, 0.5, 1].map((f) => html`
          <g>
            <line x1=${left} x2=${left + width} y1=${y(highest * f)} y2=${y(highest * f)} class="chart-grid" />
            <text x=${left - 4} y=${y(highest * f) + 4} text-anchor="end" class="chart-value">${percent(highest * f)}</text>
          </g>`)}
        ${points.length > 1 && html`<polyline points=${points.map((p) => p.join(',')).join(' ')} class="chart-line" />`}
        ${months.map((m, i) => html`
          <g>
            ${m.adoptionRate != null && html`<circle cx=${x(i)} cy=${y(m.adoptionRate)} r="4" class="chart-dot"><title>${m.month}：${percent(m.adoptionRate)}（报送${m.submitted}，刊发${m.published}）</title></circle>`}
            <text x=${x(i)} y=${top + height + 22} text-anchor="middle" class="chart-label">${m.month.slice(2)}</text>
          </g>`)}
      </svg>
    </figure>`;
}

export { percent };
