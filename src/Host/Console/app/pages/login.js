import { html, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert } from '../common.js';
import { useSession } from '../session.js';

export function LoginPage() {
  const { setUser } = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setUser(await api.signIn(name.trim(), password));
    } catch (e) {
      setPassword('');
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return html`
    <section class="card narrow">
      <h1 tabindex="-1">登录简报工作台</h1>
      ${error && error.status === 401
        ? html`<div role="alert" class="alert"><p>${error.problem?.detail || '用户名或密码不正确，请重新输入。'}</p></div>`
        : html`<${ErrorAlert} error=${error} />`}
      <form onSubmit=${submit}>
        <label for="login-name">用户名</label>
        <input id="login-name" name="username" autocomplete="username" required value=${name} onInput=${(e) => setName(e.target.value)} />
        <label for="login-password">密码</label>
        <input id="login-password" name="password" type="password" autocomplete="current-password" required
          value=${password} onInput=${(e) => setPassword(e.target.value)} />
        <button type="submit" class="primary" disabled=${busy}>登录</button>
      </form>
    </section>`;
}
