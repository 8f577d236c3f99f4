/**
 * The 工作台's built-in sections. Each calls another module's exported service functions (never
 * its repository) with the caller's scope for the section's permission. Later modules register
 * their own sections with `registerWorkbenchSection` from their module file.
 */
import { Permission } from '@zhifa/shared';
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import * as approvals from '../approval/approval.service';
import * as audit from '../audit/audit.service';
import * as checkItems from '../checklist/check-item.service';
import * as documentWork from '../document/document-workbench.service';
import * as users from '../org/user.service';
import { registerWorkbenchSection } from './workbench-registry';

/** The audit chain should be verified at least this often (days). */
const VERIFY_EVERY_DAYS = 7;
const DAY = 86_400_000;

/** 2026-12-07 09:30 in Beijing time. */
const chinaDateTime = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

let registered = false;

export function registerBuiltInSections(): void {
  if (registered) return;
  registered = true;

  registerWorkbenchSection({
    key: 'approvals',
    title: '待我审批',
    order: 10,
    permission: Permission.ApprovalAct,
    moreHref: '/approvals',
    emptyText: '没有等待您审批的事项',
    async load(ctx, limit) {
      const page = await approvals.listApprovals(ctx, { box: 'todo', page: 1, pageSize: limit });
      return {
        count: page.total,
        items: page.items.map((a) => ({
          id: a.id, title: a.title, subtitle: [a.objectTypeLabel, a.submitterName, a.currentStepName].filter(Boolean).join(' · '), href: `/approvals/${a.id}`, due: null, overdue: a.overdue,
        })),
      };
    },
  });

  registerWorkbenchSection({
    key: 'approvalsReturned',
    title: '退回待补正',
    order: 15,
    permission: Permission.DocumentDraft,
    moreHref: '/approvals?box=mine',
    emptyText: '没有被退回的事项',
    async load(ctx, limit) {
      const page = await approvals.listApprovals(ctx, { box: 'mine', status: 'returned', page: 1, pageSize: limit });
      return {
        count: page.total,
        items: page.items.map((a) => ({ id: a.id, title: a.title, subtitle: `${a.objectTypeLabel} · 已退回，请补正后重新提交`, href: `/approvals/${a.id}`, due: null, overdue: false })),
      };
    },
  });

  registerWorkbenchSection({
    key: 'legalReview',
    title: '待法制审核的检查事项',
    order: 20,
    permission: Permission.ChecklistLegalReview,
    moreHref: '/legal-review',
    emptyText: '没有待审核的检查事项',
    async load(ctx, limit) {
      const inbox = await checkItems.reviewInbox(ctx);
      return {
        count: inbox.length,
        items: inbox.slice(0, limit).map((i) => ({ id: i.id, title: `${i.code} ${i.content}`, subtitle: `${i.ownerAgencyName ?? ''} · ${i.checklistName}`, href: `/check-items/${i.id}`, due: null, overdue: false })),
      };
    },
  });

  registerWorkbenchSection({
    key: 'myDocuments',
    title: '我的文书待办',
    order: 30,
    permission: Permission.DocumentDraft,
    moreHref: '/documents',
    emptyText: '没有待完成、待签发或待送达的文书',
    load: (ctx, limit) => documentWork.myDocumentTodos(ctx, limit),
  });

  registerWorkbenchSection({
    key: 'deadlines',
    title: '即将到期',
    order: 40,
    permission: Permission.DocumentRead,
    moreHref: null,
    emptyText: '30 日内没有到期的送达或缴款期限',
    load: (ctx, limit) => documentWork.myComingDeadlines(ctx, limit),
  });

  registerWorkbenchSection({
    key: 'lockedAccounts',
    title: '被锁定的账户',
    order: 60,
    permission: Permission.UserManage,
    moreHref: '/users',
    emptyText: '没有被锁定的账户',
    async load(ctx, limit) {
      const page = await users.listUsers(ctx, { status: 'locked', page: 1, pageSize: limit });
      return {
        count: page.total,
        items: page.items.map((u) => ({ id: u.id, title: `${u.displayName}（${u.username}）`, subtitle: `${u.agencyName}${u.lockedUntil ? ` · 锁定至 ${chinaDateTime(u.lockedUntil)}` : ' · 管理员锁定'}`, href: '/users', due: null, overdue: false })),
      };
    },
  });

  registerWorkbenchSection({
    key: 'accountsWithoutRoles',
    title: '待授予角色的账户',
    order: 65,
    permission: Permission.UserAssignRole,
    moreHref: '/users',
    emptyText: '所有在用账户都已授予角色',
    async load(ctx, limit) {
      const page = await users.listUsers(ctx, { withoutRoles: true, page: 1, pageSize: limit });
      return {
        count: page.total,
        items: page.items.map((u) => ({ id: u.id, title: `${u.displayName}（${u.username}）`, subtitle: `${u.agencyName}${u.unitName ? ` · ${u.unitName}` : ''} · 尚未授予任何角色`, href: '/users', due: null, overdue: false })),
      };
    },
  });

  registerWorkbenchSection({
    key: 'auditChain',
    title: '审计日志完整性',
    order: 70,
    permission: Permission.AuditRead,
    moreHref: '/audit',
    emptyText: '审计日志已按期校验',
    async load(ctx) {
      const last = (await audit.listAudit(ctx, { action: 'audit.verify', page: 1, pageSize: 1 })).items[0];
      const stale = !last || ctx.clock.now().getTime() - Date.parse(last.at) > VERIFY_EVERY_DAYS * DAY;
      const failed = last?.result === 'failure';
      if (!stale && !failed) return { count: 0, items: [] };
      const title = !last ? '从未校验审计日志哈希链' : failed ? '上次校验发现哈希链断裂' : `已超过 ${VERIFY_EVERY_DAYS} 天未校验哈希链`;
      const subtitle = last ? `上次校验：${toChinaDate(new Date(last.at))}（${last.actorName ?? '—'}）` : '请在审计日志页面点击“校验哈希链”';
      return { count: 1, items: [{ id: 'audit-chain', title, subtitle, href: '/audit', due: null, overdue: failed }] };
    },
  });

  registerWorkbenchSection({
    key: 'loginFailures',
    title: '近 24 小时登录失败',
    order: 75,
    permission: Permission.AuditRead,
    moreHref: '/audit?action=auth.login&result=failure',
    emptyText: '近 24 小时没有登录失败',
    async load(ctx, limit) {
      const from = new Date(ctx.clock.now().getTime() - DAY).toISOString();
      const page = await audit.listAudit(ctx, { action: 'auth.login', result: 'failure', from, page: 1, pageSize: limit });
      return {
        count: page.total,
        items: page.items.map((r) => ({ id: r.id, title: `${r.actorName ?? '未知账户'} 登录失败`, subtitle: `${chinaDateTime(r.at)}${r.ip ? ` · ${r.ip}` : ''}`, href: '/audit?action=auth.login&result=failure', due: null, overdue: false })),
      };
    },
  });
}
