// Chinese names for audit actions and entity kinds. Codes the UI doesn't know yet (new modules)
// are shown as-is rather than hidden.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.locked': '账号锁定',
  'org.seeded': '初始化组织机构',
  'plan.imported': '导入方案',
  'unit.alias_confirmed': '确认单位别名',
  'unit.contact_updated': '更新单位联系人',
  'unit.created': '新建单位',
  'unit.updated': '修改单位',
  'user.created': '新建用户',
  'user.updated': '修改用户',
  'user.password_changed': '修改密码',
  'user.password_reset': '重置密码',
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  plan: '方案',
  region: '地区',
  unit: '单位',
  user: '用户',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function auditEntityLabel(entity: string): string {
  return AUDIT_ENTITY_LABELS[entity] ?? entity;
}
