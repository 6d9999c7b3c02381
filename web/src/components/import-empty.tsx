// The empty state of every data page: what to import to fill it, with the template to download
// and a link to 数据导入 preselecting the kind.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { templateUrl } from '../api/imports.ts';
import { KIND_NAMES } from '../lib/kind-names.ts';

interface ImportEmptyProps {
  /** Import kinds that would fill the page, first one preselected on the import page. */
  kinds: string[];
  /** What is missing, e.g. 「本期没有食品安全抽检记录」. */
  description?: string;
}

export function ImportEmpty({ kinds, description }: ImportEmptyProps) {
  const names = kinds.map((k) => KIND_NAMES[k] ?? k);
  return (
    <Empty
      data-testid="import-empty"
      description={
        <Space orientation="vertical" size={4}>
          <span>{description ?? '暂无数据'}</span>
          <Typography.Text type="secondary">
            请在「数据填报 → 数据导入」中导入{names.map((n) => `「${n}」`).join('或')}数据
          </Typography.Text>
        </Space>
      }
    >
      <Space wrap>
        <Link to={`/data/import${kinds[0] ? `?kind=${encodeURIComponent(kinds[0])}` : ''}`}>
          <Button type="primary" icon={<UploadOutlined />}>
            去导入数据
          </Button>
        </Link>
        {kinds.map((kind) => (
          <Button key={kind} icon={<DownloadOutlined />} href={templateUrl(kind)} download>
            下载{KIND_NAMES[kind] ?? kind}模板
          </Button>
        ))}
      </Space>
    </Empty>
  );
}
