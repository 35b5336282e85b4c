import { html, useState } from '../vendor/preact-htm.module.js';
import * as api from '../api.js';
import { ErrorAlert } from '../common.js';

export function PasswordPage() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return html`
    <section class="card narrow">
      <h1 tabindex="-1">修改密码</h1>
      <${ErrorAlert} error=${error} />
      ${done && html`<p role="status" class="ok">密码已修改，下次登录请使用新密码。</p>`}
      <form onSubmit=${submit}>
        <label for="pw-current">当前密码</label>
        <input id="pw-current" type="password" autocomplete="current-password" required value=${current} onInput=${(e) => setCurrent(e.target.value)} />
        <label for="pw-new">新密码</label>
        <input id="pw-new" type="password" autocomplete="new-password" required aria-describedby="pw-hint" value=${next} onInput=${(e) => setNext(e.target.value)} />
        <p id="pw-hint" class="hint">至少 10 个字符。</p>
        <button type="submit" class="primary" disabled=${busy}>保存</button>
      </form>
    </section>`;
}
