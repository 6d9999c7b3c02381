// 导入方案: upload a .docx/.txt plan and show what the server made of it — the new version,
// names it could not match, parser warnings — or why it refused the file.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error.ts';
import { importPlan } from '../api/plans.ts';
import type { ErrorDetail, PlanImportResponse } from '../api/types.ts';
import { PlanWarnings } from './plan-warnings.tsx';

type Outcome = { ok: true; result: PlanImportResponse } | { ok: false; message: string; details: ErrorDetail[] };

function detailText(d: ErrorDetail): string {
  const where = [
    d.file,
    d.row !== undefined ? `第 ${d.row} 行` : null,
    d.column !== undefined ? `第 ${d.column} 列` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return where ? `${where}:${d.message}` : d.message;
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  if (!outcome.ok) {
    return (
      <Alert
        type="error"
        showIcon
        title={outcome.message}
        description={
          outcome.details.length > 0 ? (
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {outcome.details.map((d) => (
                <li key={detailText(d)}>{detailText(d)}</li>
              ))}
            </ul>
          ) : undefined
        }
      />
    );
  }
  const { plan, unmatchedUnits, warnings } = outcome.result;
  return (
    <Space vertical size={12} style={{ width: '100%' }}>
      <Alert
        type="success"
        showIcon
        title={`已导入「${plan.title}」第 ${plan.version} 版`}
        action={
          <Link to={`/plan?planId=${plan.id}`}>
            <Button size="small" type="primary">
              查看
            </Button>
          </Link>
        }
      />
      {unmatchedUnits.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={`${unmatchedUnits.length} 个单位名称未匹配到已登记单位,可在方案总览中逐一确认`}
          description={
            <Space size={[4, 4]} wrap>
              {unmatchedUnits.map((u) => (
                <Tag key={u.name}>{u.name}</Tag>
              ))}
            </Space>
          }
        />
      )}
      <PlanWarnings warnings={warnings} defaultOpen />
    </Space>
  );
}

export function PlanImport({ onImported }: { onImported: () => void }) {
  const [uploading, setUploading] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const upload = async (file: File) => {
    setUploading(true);
    setOutcome(null);
    try {
      const result = await importPlan(file);
      setOutcome({ ok: true, result });
      onImported();
    } catch (err) {
      const message = errorMessage(err);
      // Drop details that only repeat the headline.
      const details = err instanceof ApiError ? err.details.filter((d) => d.message !== message) : [];
      setOutcome({ ok: false, message, details });
    } finally {
      setUploading(false);
    }
  };

  return (
    <Space vertical size={12} style={{ width: '100%' }}>
      <Upload.Dragger
        accept=".docx,.txt"
        multiple={false}
        showUploadList={false}
        disabled={uploading}
        // Upload ourselves so the request carries the CSRF header and errors come back as ApiError.
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{uploading ? '正在导入…' : '点击或拖拽文件到此处导入方案'}</p>
        <p className="ant-upload-hint">支持 .docx、.txt。再次导入同一年度的方案会生成新版本。</p>
      </Upload.Dragger>
      {outcome && <ImportOutcome outcome={outcome} />}
      {!outcome && !uploading && (
        <Typography.Text type="secondary">导入后可在方案总览中核对章节、目标和重点任务是否与原文一致。</Typography.Text>
      )}
    </Space>
  );
}
