// Evidence files (a progress report's version, a disposal case or action): download links (the
// server always sends them as attachments) and, where the caller allows it, upload and remove.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, List, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../api/api-error.ts';
import { formatDateTime } from '../lib/format.ts';

export interface EvidenceItem {
  id: number;
  fileName: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string;
  url: string;
}

export const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

function size(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

interface EvidenceListProps {
  items: EvidenceItem[];
  /** Given when the user may add and remove files (e.g. a draft of their unit, an open case). */
  edit?: { upload(file: File): Promise<unknown>; remove(item: EvidenceItem): Promise<unknown> };
  onChanged?: () => void;
  /** What to show without files. */
  empty?: string;
  uploadLabel?: string;
}

export function EvidenceList({ items, edit, onChanged, empty, uploadLabel }: EvidenceListProps) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = edit !== undefined;

  const upload = async (file: File) => {
    if (!edit) return;
    setUploading(true);
    setError(null);
    try {
      await edit.upload(file);
      message.success(`已上传「${file.name}」`);
      onChanged?.();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setUploading(false);
    }
  };

  const remove = async (e: EvidenceItem) => {
    try {
      await edit?.remove(e);
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
              {uploadLabel ?? '上传证据文件'}
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            支持 PDF、JPG、PNG、Word(.docx)、Excel(.xlsx),每个不超过 10 MB
          </Typography.Text>
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} />}
      {items.length === 0 ? (
        <Typography.Text type="secondary">{empty ?? '暂无证据文件'}</Typography.Text>
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
