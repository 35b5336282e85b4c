import { html, render, useEffect, useState } from './vendor/preact-htm.module.js';
import * as api from './api.js';
import { ErrorAlert, Loading } from './common.js';
import { Link, navigate, useLocation } from './router.js';
import { Session, isAdmin, isAuditReader, isContributor, isEditor } from './session.js';
import { LoginPage } from './pages/login.js';
import { HomePage } from './pages/home.js';
import { SubmitPage } from './pages/submit.js';
import { MinePage } from './pages/mine.js';
import { MineItemPage } from './pages/mine-item.js';
import { ReviewPage } from './pages/review.js';
import { ReviewItemPage } from './pages/review-item.js';
import { IssuesPage } from './pages/issues.js';
import { IssuePage } from './pages/issue.js';
import { AuditPage } from './pages/audit.js';
import { SignInsPage } from './pages/sign-ins.js';
import { StatsPage } from './pages/stats.js';
import { PasswordPage } from './pages/password.js';
import { NotFoundPage } from './pages/not-found.js';
import { IntakePage } from './pages/intake.js';
import { MailboxPage } from './pages/mailbox.js';
import { SearchBox, SearchPage } from './pages/search.js';

const BASE = '/console';

function route(path, user) {
  const rest = path.slice(BASE.length).replace(/\/+$/, '') || '/';
  let m;
  if (rest === '/') return html`<${HomePage} />`;
  if (rest === '/password') return html`<${PasswordPage} />`;
  if (isContributor(user) || isEditor(user)) {
    if (rest === '/submit') return html`<${SubmitPage} />`;
    if (rest === '/mine') return html`<${MinePage} />`;
    if ((m = rest.match(/^\/mine\/([0-9a-f-]{36})$/i))) return html`<${MineItemPage} id=${m[1]} />`;
  }
  if (isEditor(user)) {
    if (rest === '/review') return html`<${ReviewPage} />`;
    if ((m = rest.match(/^\/review\/([0-9a-f-]{36})$/i))) return html`<${ReviewItemPage} id=${m[1]} />`;
    if (rest === '/issues') return html`<${IssuesPage} />`;
    if (rest === '/intake') return html`<${IntakePage} />`;
    if ((m = rest.match(/^\/issues\/([a-z0-9][a-z0-9-]{1,63})\/([1-9][0-9]{0,5})$/))) return html`<${IssuePage} seriesId=${m[1]} number=${Number(m[2])} />`;
  }
  if (isEditor(user) || isAuditReader(user)) {
    if (rest === '/stats') return html`<${StatsPage} />`;
  }
  if (isAdmin(user) && rest === '/mailbox') return html`<${MailboxPage} />`;
  if ((isEditor(user) || isAuditReader(user)) && rest === '/search') return html`<${SearchPage} />`;
  if (isAuditReader(user)) {
    if (rest === '/audit') return html`<${AuditPage} />`;
    if (rest === '/audit/sign-ins') return html`<${SignInsPage} />`;
  }
  return html`<${NotFoundPage} />`;
}

function NavLink({ href, path, children }) {
  const here = path === href || path.startsWith(`${href}/`);
  return html`<${Link} href=${href} aria-current=${here ? 'page' : undefined}>${children}<//>`;
}

function Header({ user, path, onSignOut }) {
  return html`
    <header class="top">
      <${Link} href="/console" class="brand">简报工作台<//>
      <nav aria-label="主导航">
        <ul>
          ${(isContributor(user) || isEditor(user)) && html`<li><${NavLink} path=${path} href="/console/submit">投稿<//></li>`}
          ${isContributor(user) && html`<li><${NavLink} path=${path} href="/console/mine">我的稿件<//></li>`}
          ${isEditor(user) && html`<li><${NavLink} path=${path} href="/console/review">审稿<//></li>`}
          ${isEditor(user) && html`<li><${NavLink} path=${path} href="/console/issues">编排<//></li>`}
          ${(isEditor(user) || isAuditReader(user)) && html`<li><${NavLink} path=${path} href="/console/stats">采用统计<//></li>`}
          ${isEditor(user) && html`<li><${NavLink} path=${path} href="/console/intake">邮件投稿<//></li>`}
          ${isAdmin(user) && html`<li><${NavLink} path=${path} href="/console/mailbox">投稿邮箱<//></li>`}
          ${isAuditReader(user) && html`<li><${NavLink} path=${path} href="/console/audit">审计<//></li>`}
          <li><${NavLink} path=${path} href="/console/password">修改密码<//></li>
        </ul>
      </nav>
      ${(isEditor(user) || isAuditReader(user)) && html`<${SearchBox} key=${path === `${BASE}/search` ? location.search : 'box'} />`}
      <div class="who">
        <span class="user-name">${user.name}</span>
        <button type="button" class="quiet" onClick=${onSignOut}>退出</button>
      </div>
    </header>`;
}

function App() {
  const where = useLocation();
  const path = where.split('?')[0];
  const [user, setUser] = useState(undefined);
  const [error, setError] = useState(null);

  useEffect(() => {
    api.whenSignedOut(() => setUser(null));
    api.currentUser().then(setUser, (e) => { setError(e); setUser(null); });
  }, []);

  const onLogin = path === `${BASE}/login`;
  useEffect(() => {
    if (user === null && !onLogin) {
      const next = encodeURIComponent(where);
      navigate(`${BASE}/login?next=${next}`, { replace: true });
    } else if (user && onLogin) {
      const next = new URLSearchParams(location.search).get('next');
      navigate(next && next.startsWith(`${BASE}/`) && !next.startsWith(`${BASE}/login`) ? next : BASE, { replace: true });
    }
  }, [user, onLogin]);

  // Each new page moves focus to its heading, so keyboard and screen-reader users start at the top.
  useEffect(() => {
    document.querySelector('main h1')?.focus({ preventScroll: true });
  }, [path, user === undefined]);

  const signOut = async () => {
    try {
      await api.signOut();
      setUser(null);
    } catch (e) {
      setError(e);
    }
  };

  if (user === undefined) return html`<main><${Loading} /></main>`;
  return html`
    <${Session.Provider} value=${{ user, setUser }}>
      ${user && html`<${Header} user=${user} path=${path} onSignOut=${signOut} />`}
      <main>
        <${ErrorAlert} error=${error} />
        ${user ? (onLogin ? html`<${Loading} />` : route(path, user)) : (onLogin ? html`<${LoginPage} />` : html`<${Loading} />`)}
      </main>
    </${Session.Provider}>`;
}

const root = document.getElementById('app');
root.textContent = '';
render(html`<${App} />`, root);
