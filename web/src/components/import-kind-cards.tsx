// The import kinds as cards: Chinese name, what the data is, and the template to download.
// The selected kind is outlined; a click selects it.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Typography } from 'antd';
import type { ImportKind } from '../api/import-types.ts';
import { templateUrl } from '../api/imports.ts';

interface ImportKindCardsProps {
  kinds: ImportKind[];
  selected: string | null;
  onSelect: (kind: string) => void;
}

export function ImportKindCards({ kinds, selected, onSelect }: ImportKindCardsProps) {
  return (
    <Row gutter={[12, 12]} data-testid="import-kinds">
      {kinds.map((kind) => (
        <Col key={kind.kind} xs={24} sm={12} lg={8} xxl={6}>
          <Card
            size="small"
            hoverable
            onClick={() => onSelect(kind.kind)}
            style={{
              height: '100%',
              borderColor: kind.kind === selected ? '#1677ff' : undefined,
              boxShadow: kind.kind === selected ? '0 0 0 1px #1677ff' : undefined,
            }}
            title={kind.name}
            extra={
              <Button
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                href={templateUrl(kind.kind)}
                download
                onClick={(e) => e.stopPropagation()}
              >
                下载模板
              </Button>
            }
          >
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 2, tooltip: kind.description }}
              style={{ margin: 0 }}
            >
              {kind.description || '—'}
            </Typography.Paragraph>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
