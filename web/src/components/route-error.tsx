// Shown when rendering a route throws, most often because a page chunk failed to download after
// a redeploy; reloading fetches the new chunk names.
import { Button, Result } from 'antd';
import { useRouteError } from 'react-router-dom';

export function RouteError() {
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <Result
      status="error"
      title="页面加载失败"
      subTitle={detail ? `请刷新页面后重试(${detail})` : '请刷新页面后重试'}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    />
  );
}
