// 导入企业名录: check the file first (nothing stored), then import it. A refused file lists every
// problem with its row and column; an accepted one says what changed and what linking did.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import { enterpriseApi, type ImportReport } from '../../api/supervision.ts';
import type { ErrorDetail } from '../../api/types.ts';
import { ImportProblemsTable } from '../import-problems-table.tsx';

type Outcome = { ok: true; report: ImportReport } | { ok: false; message: string; details: ErrorDetail[] };

function Summary({ r }: { r: ImportReport }) {
  const link = r.linking;
  return (
    <Alert
      type="success"
      showIcon
      title={
        r.dryRun
          ? `校验通过:${r.rows} 行,${r.enterprises} 家企业(将新增 ${r.inserted},更新 ${r.updated})`
          : `已导入:${r.rows} 行,${r.enterprises} 家企业;新增 ${r.inserted},更新 ${r.updated},未变 ${r.unchanged},新增别名 ${r.aliasesAdded}`
      }
      description={
        link
          ? `自动关联记录 ${link.linked} 条,待人工确认 ${link.queued} 条,风险分类变化 ${link.classChanges.length} 家`
          : undefined
      }
    />
  );
}

export function EnterpriseImportModal({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    try {
      const report = await enterpriseApi.importFile(file, dryRun);
      setOutcome({ ok: true, report });
      if (!dryRun) onImported();
    } catch (err) {
      setOutcome({
        ok: false,
        message: errorMessage(err),
        details: err instanceof ApiError ? err.details : [],
      });
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setFile(null);
    setOutcome(null);
    onClose();
  };

  return (
    <Modal open={open} title="导入企业名录" onCancel={close} footer={null} width={820} destroyOnHidden>
      <Space vertical size={12} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          .xlsx 或
          .csv;必须有「统一社会信用代码」「企业名称」两列。整份文件校验通过才导入,任何一行有误都不导入;按信用代码更新已登记企业,同一代码的不同名称记为别名。
          <a href={enterpriseApi.templateUrl}>
            <DownloadOutlined /> 下载模板
          </a>
        </Typography.Paragraph>
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setOutcome(null);
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击或拖入企业名录文件</p>
        </Upload.Dragger>
        <Space>
          <Button disabled={!file} loading={busy} onClick={() => run(true)}>
            只校验
          </Button>
          <Button type="primary" disabled={!file} loading={busy} onClick={() => run(false)}>
            导入
          </Button>
        </Space>
        {outcome?.ok && <Summary r={outcome.report} />}
        {outcome && !outcome.ok && (
          <>
            <Alert type="error" showIcon title={outcome.message} />
            {outcome.details.length > 0 && <ImportProblemsTable problems={outcome.details} />}
          </>
        )}
      </Space>
    </Modal>
  );
}
