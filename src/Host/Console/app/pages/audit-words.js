// The audit's words: modules as a person names the desks.
export const MODULE_WORDS = { submission: '投稿', 'editorial-review': '审稿', publication: '编排' };

export const moduleWords = (module) => MODULE_WORDS[module] ?? module;

export const auditApi = (seriesId, number) => `/api/audit/series/${encodeURIComponent(seriesId)}/issues/${number}`;
