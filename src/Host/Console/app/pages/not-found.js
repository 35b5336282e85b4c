import { html } from '../vendor/preact-htm.module.js';
import { Link } from '../router.js';

export function NotFoundPage() {
  return html`
    <section>
      <h1 tabindex="-1">页面不存在</h1>
      <p>没有这个页面，或你的身份不能使用它。<${Link} href="/console">返回首页<//></p>
    </section>`;
}
