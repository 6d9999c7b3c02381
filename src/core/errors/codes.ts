// The catalogue of error codes. Each has a category (which decides the HTTP status) and a
// default Chinese message. A test checks that every code is used and every used code is here.
import type { ErrorCategory } from './app-error.ts';

interface CodeEntry {
  category: ErrorCategory;
  message: string;
}

export const ERROR_CODES = {
  VALIDATION_FAILED: { category: 'validation', message: '提交的数据不符合要求' },
  NOT_FOUND: { category: 'not_found', message: '请求的内容不存在' },
  INTERNAL: { category: 'internal', message: '服务器内部错误,请稍后重试' },

  AUTH_REQUIRED: { category: 'unauthenticated', message: '请先登录' },
  AUTH_INVALID_CREDENTIALS: { category: 'unauthenticated', message: '用户名或密码错误' },
  AUTH_LOCKED: { category: 'rate_limited', message: '登录失败次数过多,账号已临时锁定,请稍后再试' },
  AUTH_DISABLED: { category: 'forbidden', message: '账号已停用' },
  AUTH_CSRF: { category: 'forbidden', message: '请求缺少有效的安全令牌,请刷新页面后重试' },
  AUTH_WEAK_PASSWORD: { category: 'validation', message: '密码强度不足:至少 10 位,且包含字母和数字' },
  FORBIDDEN: { category: 'forbidden', message: '没有权限执行此操作' },
  FORBIDDEN_SCOPE: { category: 'forbidden', message: '超出本单位或本地区的权限范围' },
  RATE_LIMITED: { category: 'rate_limited', message: '请求过于频繁,请稍后再试' },

  USER_EXISTS: { category: 'conflict', message: '用户名已存在' },
  USER_SCOPE_REQUIRED: { category: 'validation', message: '部门用户须绑定单位,县市用户须绑定地区' },

  FILE_EMPTY: { category: 'validation', message: '文件为空' },
  FILE_TOO_LARGE: { category: 'too_large', message: '文件过大' },
  FILE_TYPE_UNSUPPORTED: { category: 'validation', message: '不支持的文件类型' },
  FILE_CORRUPT: { category: 'validation', message: '文件已损坏或无法读取' },
  FILE_ZIP_BOMB: { category: 'validation', message: '文件解压后体积异常,已拒绝处理' },
  FILE_ENCODING: { category: 'validation', message: '无法识别文件的文字编码' },

  PLAN_NOT_A_PLAN: { category: 'validation', message: '该文件不是质量提升行动方案:未找到章节标题或重点任务' },
  PLAN_NOT_FOUND: { category: 'not_found', message: '行动方案不存在' },

  UNIT_NOT_FOUND: { category: 'not_found', message: '单位不存在' },
  UNIT_EXISTS: { category: 'conflict', message: '单位名称或别名已存在' },
  REGION_NOT_FOUND: { category: 'not_found', message: '地区不存在' },
  REGION_CODE_INVALID: { category: 'validation', message: '地区代码不符合 GB/T 2260 的六位数字格式' },

  INDICATOR_NOT_FOUND: { category: 'not_found', message: '指标不存在' },
  PERIOD_INVALID: { category: 'validation', message: '期间格式不正确, 应为 2023、2023-05、2023-Q2 或 2023-YTD' },

  PROGRESS_REPORT_NOT_FOUND: { category: 'not_found', message: '进展报告不存在' },
  PROGRESS_REPORT_EXISTS: { category: 'conflict', message: '该任务本期的进展报告已经建立,请刷新后在列表中打开它' },
  PROGRESS_VERSION_CONFLICT: {
    category: 'conflict',
    message: '该报告已被他人修改或提交,请刷新后再操作;您填写的内容仍保留在页面上',
  },
  PROGRESS_STATE: { category: 'conflict', message: '报告当前的状态不允许此操作' },
  PROGRESS_PERIOD_INVALID: { category: 'validation', message: '填报周期不存在或尚未开始' },
  PROGRESS_SCHEDULE_LOCKED: { category: 'conflict', message: '已有报告或督办单的周期不能取消' },
  EVIDENCE_TYPE_MISMATCH: { category: 'validation', message: '证据文件的内容与扩展名不符' },
  EVIDENCE_NOT_FOUND: { category: 'not_found', message: '证据文件不存在' },
  NOTICE_NOT_FOUND: { category: 'not_found', message: '督办单不存在' },
  NOTICE_ACKNOWLEDGED: { category: 'conflict', message: '该督办单已签收' },
  TARGET_NOT_FOUND: { category: 'not_found', message: '目标不存在' },

  IMPORT_HEADER_NOT_FOUND: {
    category: 'validation',
    message: '未找到表头:请确认文件为所选数据类型,并使用模板中的列名',
  },
  IMPORT_NO_ROWS: { category: 'validation', message: '文件中没有数据行' },
  IMPORT_ROWS_INVALID: { category: 'validation', message: '文件中有不符合要求的数据,未导入任何数据' },
  IMPORT_JOB_NOT_FOUND: { category: 'not_found', message: '导入任务不存在或已过期' },

  DEMO_YEAR_INVALID: { category: 'validation', message: '演示数据年份须为 2000—2100 之间的整数' },
  DEMO_BUSY: { category: 'conflict', message: '正在生成或删除演示数据,请稍后再试' },

  ENTERPRISE_NOT_FOUND: { category: 'not_found', message: '企业不存在' },
  ENTERPRISE_EXISTS: { category: 'conflict', message: '该统一社会信用代码的企业已登记' },
  CREDIT_CODE_INVALID: { category: 'validation', message: '统一社会信用代码不符合 GB 32100-2015' },
  MATCH_NOT_FOUND: { category: 'not_found', message: '待确认的匹配不存在' },
  MATCH_RESOLVED: { category: 'conflict', message: '该匹配已被处理,请刷新后查看' },
  CREDIT_EVENT_NOT_FOUND: { category: 'not_found', message: '信用记录不存在' },
  RISK_MODEL_INVALID: { category: 'validation', message: '风险分类模型不符合要求' },
  INSPECTOR_NOT_FOUND: { category: 'not_found', message: '执法检查人员不存在' },
  INSPECTION_ITEM_NOT_FOUND: { category: 'not_found', message: '检查事项不存在' },
  DRAW_PLAN_NOT_FOUND: { category: 'not_found', message: '抽查计划不存在' },
  DRAW_PLAN_IN_USE: { category: 'conflict', message: '该抽查计划已用于抽取,不能再修改;请新建计划' },
  DRAW_NOT_FOUND: { category: 'not_found', message: '抽取不存在' },
  DRAW_STATE: { category: 'conflict', message: '抽取当前的状态不允许此操作' },
  DRAW_POOL_EMPTY: { category: 'validation', message: '按计划的地区和行业筛选后,检查对象名录为空' },
  DRAW_INSPECTORS_SHORT: { category: 'conflict', message: '具备资格且无需回避的执法检查人员不足,未冻结名录' },
  DRAW_OBJECT_NOT_DRAWN: { category: 'validation', message: '该企业不在本次抽取结果中' },

  TRACE_EVENT_INVALID: { category: 'validation', message: '追溯事件不符合 EPCIS 2.0 要求' },
  TRACE_CODE_INVALID: { category: 'validation', message: '批次或追溯码格式不正确' },
  TRACE_TIME_INVALID: { category: 'validation', message: '事件时间无效:须带时区偏移,且不能晚于当前时间' },
  TRACE_LOT_DESTROYED: { category: 'conflict', message: '该批次已销毁,此后不能再有该批次的事件' },
  TRACE_TRANSFORMATION_INCOMPLETE: { category: 'validation', message: '加工转换事件须同时有输入批次和输出批次' },
  TRACE_OVER_RECEIPT: { category: 'conflict', message: '收货数量超过发货数量' },
  TRACE_CYCLE: { category: 'conflict', message: '追溯关系形成环路' },
  TRACE_LOT_NOT_FOUND: { category: 'not_found', message: '未找到该批次或追溯码' },
  DISPOSAL_CASE_NOT_FOUND: { category: 'not_found', message: '核查处置案件不存在' },
  DISPOSAL_SAMPLE_NOT_FOUND: { category: 'not_found', message: '抽检记录不存在' },
  DISPOSAL_SAMPLE_PASSED: { category: 'validation', message: '该抽检记录合格,无需核查处置' },
  DISPOSAL_CASE_CLOSED: { category: 'conflict', message: '案件已结案,不能再修改' },
  DISPOSAL_ACTION_DONE: { category: 'conflict', message: '该处置措施已完成' },
  DISPOSAL_ACTION_NOT_FOUND: { category: 'not_found', message: '该案件没有这项处置措施' },
  DISPOSAL_ACTIONS_PENDING: { category: 'conflict', message: '尚有必需的处置措施未完成,不能结案' },
  INCIDENT_NOT_FOUND: { category: 'not_found', message: '事故报告不存在' },
  INCIDENT_CLOSED: { category: 'conflict', message: '事故已办结,不能再修改' },
  ASSESSMENT_RULES_INVALID: { category: 'validation', message: '考核规则不符合要求,未保存' },
  ASSESSMENT_RULE_SET_NOT_FOUND: { category: 'not_found', message: '考核规则不存在' },
  ASSESSMENT_ROUND_NOT_FOUND: { category: 'not_found', message: '考核不存在' },
  ASSESSMENT_SUBJECT_NOT_FOUND: { category: 'not_found', message: '考核对象不存在' },
  ASSESSMENT_STATE: { category: 'conflict', message: '考核当前的状态不允许此操作' },
  ASSESSMENT_VERSION_CONFLICT: { category: 'conflict', message: '该考核已被他人修改,请刷新后再操作' },
  // Who acts, not the round's state, decides this one (another office user may review), hence 403.
  ASSESSMENT_REVIEWER_IS_SCORER: {
    category: 'forbidden',
    message: '复核须由评分人以外的人员进行,请由州质量办的其他人员复核',
  },
  PUBLIC_RELEASE_NOT_FOUND: { category: 'not_found', message: '公开信息不存在或尚未发布' },
  PUBLIC_RELEASE_STATE: { category: 'conflict', message: '公开信息当前的状态不允许此操作' },
  PUBLIC_RELEASE_EMPTY: { category: 'validation', message: '所选范围内没有可公开的记录' },
  REPORT_PERIOD_INVALID: { category: 'validation', message: '报告年度或季度不正确' },
} as const satisfies Record<string, CodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;
