/** The lines `npm start` prints once the server listens; they say what this start actually did. */
export function startBanner(o: { url: string; dialect: string; demoAdded: number | null; hasAdmins: boolean }): string {
  const demo = o.demoAdded === null ? '' : o.demoAdded > 0 ? `，演示数据已加载（本次新增 ${o.demoAdded} 条）` : '，演示数据已存在（本次未加载）';
  const lines = [`\nzhifa 已启动：${o.url}  (数据库：${o.dialect}${demo})`, `  门户 ${o.url}/   移动执法 ${o.url}/m/   接口文档 ${o.url}/api/docs`];
  if (!o.hasAdmins) lines.push('  尚无管理员账户：请运行 npm run admin:create 创建系统管理员、安全保密管理员和安全审计员（见 README“生产部署”）');
  return lines.join('\n') + '\n';
}
