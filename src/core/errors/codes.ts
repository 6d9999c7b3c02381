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
} as const satisfies Record<string, CodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;
