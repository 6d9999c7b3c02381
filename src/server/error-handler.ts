// One place maps every error to an HTTP answer: { error: { code, message, details } }. AppError
// categories decide the status; validation errors from zod name the field; anything unexpected
// is logged and answered as INTERNAL without leaking internals.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCategory } from '../core/errors/app-error.ts';
import type { ErrorCode } from '../core/errors/codes.ts';

const STATUS: Record<ErrorCategory, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
};

function body(e: AppError) {
  return { error: { code: e.code, message: e.message, details: e.details } };
}

/** Fastify's own client errors (bad JSON, too large, wrong content type) in our vocabulary. */
function fromFastify(err: FastifyError): AppError | null {
  const code = err.code ?? '';
  if (
    code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
    code === 'FST_REQ_FILE_TOO_LARGE' ||
    code === 'FST_PARTS_LIMIT' ||
    code === 'FST_FILES_LIMIT'
  ) {
    return new AppError('FILE_TOO_LARGE', '上传的内容超过大小限制');
  }
  if (code === 'FST_RATE_LIMIT' || err.statusCode === 429) return new AppError('RATE_LIMITED');
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    const map: Record<string, [ErrorCode, string]> = {
      FST_ERR_CTP_INVALID_MEDIA_TYPE: ['VALIDATION_FAILED', '不支持的请求内容类型'],
      FST_ERR_CTP_EMPTY_JSON_BODY: ['VALIDATION_FAILED', '请求体为空'],
      FST_ERR_CTP_INVALID_JSON_BODY: ['VALIDATION_FAILED', '请求体不是有效的 JSON'],
      FST_INVALID_MULTIPART_CONTENT_TYPE: ['VALIDATION_FAILED', '请以文件上传(multipart/form-data)方式提交'],
    };
    const [c, m] = map[code] ?? ['VALIDATION_FAILED', '请求格式不正确'];
    return new AppError(c, m);
  }
  return null;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) return reply.status(STATUS[err.category]).send(body(err));
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        column: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || undefined,
        message: v.message ?? '取值不符合要求',
      }));
      const e = new AppError('VALIDATION_FAILED', '提交的数据不符合要求', details);
      return reply.status(400).send(body(e));
    }
    const mapped = fromFastify(err);
    if (mapped) return reply.status(STATUS[mapped.category]).send(body(mapped));
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body(new AppError('INTERNAL')));
  });
}

export { STATUS as ERROR_STATUS };
