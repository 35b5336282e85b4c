import { html } from '../vendor/preact-htm.module.js';
import { Link } from '../router.js';
import { isAuditReader, isContributor, isEditor, useSession } from '../session.js';

const ROLE_WORDS = { admin: '管理员', contributor: '投稿人', editor: '编辑', 'chief-editor': '总编辑', auditor: '审计' };

export function HomePage() {
  const { user } = useSession();
  return html`
    <section>
      <h1 tabindex="-1">你好，${user.name}</h1>
      <p class="muted">身份：${ROLE_WORDS[user.role] ?? user.role}</p>
      <ul class="tiles">
        ${(isContributor(user) || isEditor(user)) && html`<li><${Link} href="/console/submit">投稿<//><span>提交一篇新的简报稿件</span></li>`}
        ${isContributor(user) && html`<li><${Link} href="/console/mine">我的稿件<//><span>查看本单位稿件的状态，按退回意见修改</span></li>`}
        ${isEditor(user) && html`<li><${Link} href="/console/review">审稿<//><span>认领、批注、修改、采用或退回稿件</span></li>`}
        ${isEditor(user) && html`<li><${Link} href="/console/issues">编排<//><span>组编一期简报，预览、签发、发布、更正和下载</span></li>`}
        ${(isEditor(user) || isAuditReader(user)) && html`<li><${Link} href="/console/stats">采用统计<//><span>各单位报送、采用、批示和积分排名，导出 CSV 和通报</span></li>`}
        ${isAuditReader(user) && html`<li><${Link} href="/console/audit">审计<//><span>查看一期简报的全部历史、任一时刻的版面，校验发布内容</span></li>`}
        <li><${Link} href="/console/password">修改密码<//><span>更换自己的登录密码</span></li>
      </ul>
    </section>`;
}
