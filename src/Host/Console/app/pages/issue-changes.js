import { issueStatusWords } from './issue-words.js';

function placements(issue) {
  const where = new Map();
  for (const section of issue.sections) {
    section.items.forEach((item, index) => where.set(item.itemId, { section, index, item }));
  }
  return where;
}

/**
 * What changed between the issue a page showed and the issue as it is now, in words, with the ids
 * of the items concerned: what a person is shown after reloading over someone else's changes.
 */
export function changesBetween(before, after) {
  const was = placements(before);
  const now = placements(after);
  const changes = [];
  for (const [id, { section, item }] of now) {
    const old = was.get(id);
    if (!old) changes.push({ itemId: id, words: `编入了“${item.headline}”（${section.title}）` });
    else if (old.section.key !== section.key) changes.push({ itemId: id, words: `把“${item.headline}”从${old.section.title}移到了${section.title}` });
    else if (old.item.headline !== item.headline || old.item.body !== item.body) changes.push({ itemId: id, words: `修改了“${item.headline}”的文字` });
  }
  for (const [id, { item }] of was) {
    if (!now.has(id)) changes.push({ itemId: id, words: `移出了“${item.headline}”` });
  }
  // Within a section, the items outside the longest run kept in the same order are the ones moved.
  for (const section of after.sections) {
    const keptNow = section.items.filter((item) => was.get(item.itemId)?.section.key === section.key).map((item) => item.itemId);
    const keptBefore = (before.sections.find((s) => s.key === section.key)?.items ?? []).map((item) => item.itemId).filter((id) => keptNow.includes(id));
    const stayed = commonOrder(keptBefore, keptNow);
    for (const id of keptNow) {
      if (!stayed.has(id) && !changes.some((c) => c.itemId === id)) {
        changes.push({ itemId: id, words: `调整了“${now.get(id).item.headline}”在${section.title}中的位置` });
      }
    }
  }
  if ((before.editorNote ?? '') !== (after.editorNote ?? '')) changes.push({ words: '修改了编者按' });
  if (before.status !== after.status) changes.push({ words: `状态变为：${issueStatusWords(after.status)}` });
  if (before.errata.length !== after.errata.length) changes.push({ words: `新增了 ${after.errata.length - before.errata.length} 条更正` });
  return changes;
}

/** The ids of a longest common subsequence of two lists of ids. */
function commonOrder(a, b) {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const kept = new Set();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) { kept.add(a[i]); i++; j++; } else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++; else j++;
  }
  return kept;
}
