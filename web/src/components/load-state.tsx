// Loading and error placeholders used by every page, so all of them look and behave the same:
// a centred spinner while loading, and the API's Chinese message with a retry button on failure.
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/api-error.ts';

export function PageLoading({ description = '加载中…' }: { description?: string }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '64px 0' }}>
      <Spin size="large" description={description} />
    </div>
  );
}

export function ErrorResult({ error, onRetry, extra }: { error: unknown; onRetry?: () => void; extra?: ReactNode }) {
  const status = error instanceof ApiError ? error.status : 0;
  const resultStatus = status === 403 ? '403' : status === 404 ? '404' : 'error';
  const title = status === 403 ? '没有权限' : status === 404 ? '未找到' : '加载失败';
  return (
    <Result
      status={resultStatus}
      title={title}
      subTitle={errorMessage(error)}
      extra={
        <>
          {onRetry && status !== 403 && status !== 404 && (
            <Button type="primary" onClick={onRetry}>
              重试
            </Button>
          )}
          {extra}
        </>
      }
    />
  );
}
