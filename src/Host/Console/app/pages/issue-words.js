// What an issue's status and period read as, shared by the issues list and the issue page.
export const ISSUE_STATUS_WORDS = { draft: '草稿', 'signed-off': '已签发', published: '已刊发' };

export const issueStatusWords = (status) => ISSUE_STATUS_WORDS[status] ?? status;

/** 2025-04-14 and 2025-04-18 → 4.14—4.18, as the masthead prints it. */
export function periodWords(start, end) {
  const short = (date) => { const [, m, d] = date.split('-'); return `${Number(m)}.${Number(d)}`; };
  return `${short(start)}—${short(end)}`;
}

export const issuePath = (seriesId, number) => `/console/issues/${encodeURIComponent(seriesId)}/${number}`;
export const issueApi = (seriesId, number) => `/api/series/${encodeURIComponent(seriesId)}/issues/${number}`;
