import { html, useEffect, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';

/** The series a person may work on (GET /api/series) and the one chosen: the one asked for if it exists, else the first. */
export function useSeriesChoice(initialId, onError) {
  const [series, setSeries] = useState(null);
  const [seriesId, setSeriesId] = useState(initialId ?? '');
  useEffect(() => {
    api.get('/api/series').then((all) => {
      setSeries(all);
      setSeriesId((id) => (all.some((s) => s.id === id) ? id : all[0]?.id ?? ''));
    }, onError);
  }, []);
  return [series, seriesId, setSeriesId];
}

/** The combobox 简报. */
export function SeriesSelect({ id, series, value, onChange }) {
  return html`
    <div>
      <label for=${id}>简报</label>
      <select id=${id} value=${value} onChange=${(e) => onChange(e.target.value)}>
        ${series.map((s) => html`<option value=${s.id}>${s.title}</option>`)}
      </select>
    </div>`;
}
