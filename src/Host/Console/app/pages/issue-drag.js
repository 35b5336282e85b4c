// What is being dragged on the issue page: a pool entry or a placed item. Kept here as well as in
// the DataTransfer, whose data a page may not read until the drop.
const TYPE = 'application/x-briefing-item';
let current = null;

export function startDrag(event, what) {
  current = what;
  event.dataTransfer.effectAllowed = 'move';
  event.dataTransfer.setData(TYPE, JSON.stringify(what));
  event.dataTransfer.setData('text/plain', what.itemId);
}

export function endDrag() {
  current = null;
}

export const dragged = () => current;

/** What was dropped, if it came from this page. */
export function readDrop(event) {
  let what = current;
  try {
    const data = event.dataTransfer.getData(TYPE);
    if (data) what = JSON.parse(data);
  } catch {
    // Not ours: keep what this page started dragging, if anything.
  }
  current = null;
  return what?.itemId ? what : null;
}
