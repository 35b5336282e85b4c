import { html } from '../vendor/preact-htm.module.js';
import { formatTime } from '../common.js';

/** On a submission that came by e-mail: who sent it, under which subject, and when the mailbox received it. */
export function MailOrigin({ mail }) {
  if (!mail) return null;
  return html`
    <p class="mail-origin">
      <span>来自邮件</span>
      <span>发件人：${mail.from || '（无）'}</span>
      <span>邮件主题：${mail.subject || '（无主题）'}</span>
      <span>收到时间：${formatTime(mail.receivedAt)}</span>
    </p>`;
}
