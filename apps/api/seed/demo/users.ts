/** Demo accounts (invented names), one per built-in role; password Zhifa@2020 (README). */
export interface DemoUser {
  username: string;
  displayName: string;
  agencyKey: string;
  unitKey: string | null;
  roles: { code: string; dataScope: 'self' | 'unit' | 'unitAndBelow' | 'agency' | 'agencyAndBelow' | 'all' }[];
}

export const DEMO_PASSWORD = 'Zhifa@2020';

const city = 'agency:610200';

export const demoUsers: DemoUser[] = [
  { username: 'admin', displayName: '周文涛', agencyKey: city, unitKey: 'unit:610200:infocenter', roles: [{ code: 'sysAdmin', dataScope: 'agencyAndBelow' }] },
  { username: 'secadmin', displayName: '吴婧', agencyKey: city, unitKey: 'unit:610200:infocenter', roles: [{ code: 'securityAdmin', dataScope: 'agencyAndBelow' }] },
  { username: 'auditor', displayName: '郑立群', agencyKey: city, unitKey: 'unit:610200:supervision', roles: [{ code: 'auditor', dataScope: 'agencyAndBelow' }] },
  { username: 'officer1', displayName: '王建国', agencyKey: city, unitKey: 'unit:610200:detachment:team1', roles: [{ code: 'officer', dataScope: 'agency' }] },
  { username: 'officer2', displayName: '刘思远', agencyKey: city, unitKey: 'unit:610200:detachment:team1', roles: [{ code: 'officer', dataScope: 'agency' }] },
  { username: 'chief', displayName: '陈志强', agencyKey: city, unitKey: 'unit:610200:detachment', roles: [{ code: 'unitChief', dataScope: 'agency' }] },
  { username: 'leader', displayName: '赵国栋', agencyKey: city, unitKey: null, roles: [{ code: 'deputyLeader', dataScope: 'agencyAndBelow' }] },
  { username: 'legal', displayName: '孙慧敏', agencyKey: city, unitKey: 'unit:610200:supervision', roles: [{ code: 'legalReviewer', dataScope: 'agencyAndBelow' }] },
  { username: 'director', displayName: '马振华', agencyKey: city, unitKey: null, roles: [{ code: 'director', dataScope: 'agencyAndBelow' }] },
  { username: 'enterprise1', displayName: '韩晓东', agencyKey: city, unitKey: null, roles: [{ code: 'enterpriseUser', dataScope: 'self' }] },
  { username: 'wy_officer1', displayName: '杨帆', agencyKey: 'agency:610202', unitKey: 'unit:610202:brigade', roles: [{ code: 'officer', dataScope: 'agency' }] },
  { username: 'wy_officer2', displayName: '何静', agencyKey: 'agency:610202', unitKey: 'unit:610202:brigade', roles: [{ code: 'officer', dataScope: 'agency' }] },
  { username: 'yt_officer1', displayName: '高磊', agencyKey: 'agency:610203', unitKey: 'unit:610203:brigade', roles: [{ code: 'officer', dataScope: 'agency' }] },
  { username: 'yt_officer2', displayName: '林雪', agencyKey: 'agency:610203', unitKey: 'unit:610203:brigade', roles: [{ code: 'officer', dataScope: 'agency' }] },
  { username: 'yz_officer1', displayName: '罗斌', agencyKey: 'agency:610204', unitKey: 'unit:610204:brigade', roles: [{ code: 'officer', dataScope: 'agency' }] },
  { username: 'yz_officer2', displayName: '梁洁', agencyKey: 'agency:610204', unitKey: 'unit:610204:brigade', roles: [{ code: 'officer', dataScope: 'agency' }] },
  { username: 'yj_officer1', displayName: '宋涛', agencyKey: 'agency:610222', unitKey: 'unit:610222:brigade', roles: [{ code: 'officer', dataScope: 'agency' }] },
  { username: 'yj_officer2', displayName: '唐敏', agencyKey: 'agency:610222', unitKey: 'unit:610222:brigade', roles: [{ code: 'officer', dataScope: 'agency' }] },
  { username: 'xq_officer1', displayName: '许亮', agencyKey: 'agency:tcxq', unitKey: 'unit:tcxq:brigade', roles: [{ code: 'officer', dataScope: 'agency' }] },
  { username: 'xq_officer2', displayName: '邓琳', agencyKey: 'agency:tcxq', unitKey: 'unit:tcxq:brigade', roles: [{ code: 'officer', dataScope: 'agency' }] },
];
