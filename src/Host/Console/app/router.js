import { html, useEffect, useState } from './vendor/preact-htm.module.js';

const listeners = new Set();

export function navigate(to, { replace = false } = {}) {
  history[replace ? 'replaceState' : 'pushState'](null, '', to);
  listeners.forEach((listener) => listener());
}

export function useLocation() {
  const [where, setWhere] = useState(() => location.pathname + location.search);
  useEffect(() => {
    const update = () => setWhere(location.pathname + location.search);
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return where;
}

/** A link that moves within the app without reloading it (ctrl/middle-click still open a new tab). */
export function Link({ href, children, ...rest }) {
  const follow = (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return html`<a href=${href} onClick=${follow} ...${rest}>${children}</a>`;
}
