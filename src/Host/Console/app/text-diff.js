// A character-level diff of two texts: [{op: 'equal'|'insert'|'delete', text}], the same shape as
// the API's GET /api/audit/items/{id}/diff, for the changes between two stops of the time machine.
const LIMIT = 4_000_000;

export function diffText(before, after) {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const a = before.slice(start, before.length - end);
  const b = after.slice(start, after.length - end);
  const middle = a.length * b.length > LIMIT ? [{ op: 'delete', text: a }, { op: 'insert', text: b }] : lcsDiff(a, b);
  return merge([{ op: 'equal', text: before.slice(0, start) }, ...middle, { op: 'equal', text: before.slice(before.length - end) }]);
}

function lcsDiff(a, b) {
  const n = a.length;
  const m = b.length;
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const parts = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { parts.push({ op: 'equal', text: a[i] }); i++; j++; }
    else if (lengths[i + 1][j] >= lengths[i][j + 1]) { parts.push({ op: 'delete', text: a[i] }); i++; }
    else { parts.push({ op: 'insert', text: b[j] }); j++; }
  }
  if (i < n) parts.push({ op: 'delete', text: a.slice(i) });
  if (j < m) parts.push({ op: 'insert', text: b.slice(j) });
  return parts;
}

function merge(parts) {
  const merged = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = merged[merged.length - 1];
    if (last && last.op === part.op) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
