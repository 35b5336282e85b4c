import { html } from '../vendor/preact-htm.module.js';

/** A diff as text with its insertions in <ins> and deletions in <del>. */
export function DiffText({ parts }) {
  return parts.map((part) => (part.op === 'insert' ? html`<ins>${part.text}</ins>`
    : part.op === 'delete' ? html`<del>${part.text}</del>` : part.text));
}
