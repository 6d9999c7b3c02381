// Evidence files of one report version: download links (the server always sends them as
// attachments), and, while the report is a draft of the user's unit, upload and remove.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, List, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { deleteEvidence, type Evidence, uploadEvidence } from '../../api/progress.ts';
import { formatDateTime } from '../../lib/format.ts';

export const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

function size(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

interface EvidenceListProps {
  items: Evidence[];
  /** Set when the user may add and remove files (a draft of their unit). */
  reportId?: number;
  onChanged?: () => void;
}

export function EvidenceList({ items, reportId, onChanged }: EvidenceListProps) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = reportId !== undefined;

  const upload = async (file: File) => {
    if (reportId === undefined) return;
    setUploading(true);
    setError(null);
    try {
      await uploadEvidence(reportId, file);
      message.success(`已上传「${file.name}」`);
      onChanged?.();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setUploading(false);
    }
  };

  const remove = async (e: Evidence) => {
    try {
      await deleteEvidence(e.id);
      onChanged?.();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Flex vertical gap={8} data-testid="evidence-list">
      {editable && (
        <Flex align="center" gap={12} wrap>
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            multiple
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading} data-testid="evidence-upload">
              上传证据文件
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            支持 PDF、JPG、PNG、Word(.docx)、Excel(.xlsx),每个不超过 10 MB
          </Typography.Text>
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} />}
      {items.length === 0 ? (
        <Typography.Text type="secondary">暂无证据文件</Typography.Text>
      ) : (
        <List
          size="small"
          bordered
          dataSource={items}
          renderItem={(e) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Popconfirm key="del" title={`删除「${e.fileName}」?`} onConfirm={() => remove(e)}>
                        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label="删除" />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Flex gap={8} align="center" wrap>
                <PaperClipOutlined />
                <a href={e.url} download={e.fileName} data-testid="evidence-link">
                  {e.fileName}
                </a>
                <Typography.Text type="secondary">
                  {size(e.size)} · {e.uploadedBy} · {formatDateTime(e.uploadedAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
