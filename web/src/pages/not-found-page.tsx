// Any URL no route matches.
import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { PageContainer } from '../components/page-container.tsx';

export function NotFoundPage() {
  return (
    <PageContainer breadcrumb={[{ title: '页面不存在' }]} documentTitle="页面不存在">
      <Result
        status="404"
        title="404"
        subTitle="您访问的页面不存在"
        extra={
          <Link to="/plan">
            <Button type="primary">返回方案总览</Button>
          </Link>
        }
      />
    </PageContainer>
  );
}
