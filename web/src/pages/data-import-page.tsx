// 数据导入: pick a kind (each card offers its template), drop an .xlsx/.csv file, optionally only
// validate it (仅校验 = dryRun), watch the server work through the rows, then read the counts or
// the per-row errors. The chosen kind is in the URL so empty states can link straight to it.
import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Collapse, DatePicker, Flex, Space, Table, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/api-error.ts';
import type { ImportField, ImportProblem } from '../api/import-types.ts';
import { startImport, templateUrl } from '../api/imports.ts';
import { ImportJobView } from '../components/import-job-view.tsx';
import { ImportKindCards } from '../components/import-kind-cards.tsx';
import { ImportProblemsTable } from '../components/import-problems-table.tsx';
import { ErrorResult, PageLoading } from '../components/load-state.tsx';
import { PageContainer } from '../components/page-container.tsx';
import { useImportJob } from '../hooks/use-import-job.ts';
import { useImportKinds } from '../hooks/use-import-kinds.ts';
import { canImportRecords } from '../lib/roles.ts';
import { withParams } from '../lib/search-params.ts';
import { useSession } from '../session/session-context.tsx';

const ACCEPT = '.xlsx,.csv';

interface Submitted {
  jobId: string;
  fileName: string;
  dryRun: boolean;
}

function FieldTable({ fields }: { fields: ImportField[] }) {
  return (
    <Table<ImportField>
      rowKey="name"
      size="small"
      pagination={false}
      dataSource={fields}
      columns={[
        { title: '列名', dataIndex: 'header', width: 220 },
        {
          title: '必填',
          dataIndex: 'required',
          width: 70,
          render: (required: boolean) => (required ? '是' : ''),
        },
        { title: '说明', dataIndex: 'description' },
        {
          title: '也可写作',
          dataIndex: 'synonyms',
          width: 260,
          render: (s: string[]) => (s.length ? s.join('、') : ''),
        },
      ]}
    />
  );
}

export function DataImportPage() {
  const [params, setParams] = useSearchParams();
  const { data: kinds, error, loading, reload } = useImportKinds();
  const { user } = useSession();
  const canImport = canImportRecords(user);
  const kindId = params.get('kind');
  const kind = kinds?.find((k) => k.kind === kindId) ?? null;
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [defaultDate, setDefaultDate] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<{ message: string; details: ImportProblem[] } | null>(null);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const { job, error: pollError } = useImportJob(submitted?.jobId ?? null);
  const resultRef = useRef<HTMLDivElement>(null);
  // The outcome appears below the kind cards: bring it into view when it changes state.
  const jobStatus = job?.status;
  useEffect(() => {
    if (submitted && jobStatus) resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [submitted, jobStatus]);
  const running = submitting || job?.status === 'running' || (submitted !== null && !job && !pollError);

  const selectKind = (id: string) => {
    setParams(withParams(params, { kind: id }), { replace: true });
    setFile(null);
    setSubmitted(null);
    setSubmitError(null);
  };

  const submit = async () => {
    if (!kind || !file) return;
    setSubmitting(true);
    setSubmitError(null);
    setSubmitted(null);
    try {
      const { jobId } = await startImport(kind.kind, file, { dryRun, date: defaultDate ?? undefined });
      setSubmitted({ jobId, fileName: file.name, dryRun });
    } catch (err) {
      setSubmitError({ message: errorMessage(err), details: err instanceof ApiError ? err.details : [] });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <PageContainer breadcrumb={[{ title: '数据填报' }, { title: '数据导入' }]} title="数据导入">
      {error ? (
        <ErrorResult error={error} onRetry={reload} />
      ) : loading && !kinds ? (
        <PageLoading />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            第一步:选择数据类型并下载模板(也可直接上传国家、省级系统导出的同格式表格,列名会自动识别)。
          </Typography.Text>
          <ImportKindCards kinds={kinds ?? []} selected={kind?.kind ?? null} onSelect={selectKind} />
          {kind && !canImport ? (
            <Alert
              type="info"
              showIcon
              title="只读账号不能导入数据"
              description="可以下载模板;导入请联系本单位的填报人员或州质量办。"
            />
          ) : kind ? (
            <Card
              size="small"
              title={`第二步:上传「${kind.name}」文件`}
              extra={
                <Button type="link" href={templateUrl(kind.kind)} download>
                  下载「{kind.name}」模板
                </Button>
              }
            >
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                <Upload.Dragger
                  accept={ACCEPT}
                  multiple={false}
                  maxCount={1}
                  disabled={running}
                  fileList={file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' }] : []}
                  beforeUpload={(f) => {
                    // Hold the file until 开始导入: the upload goes through the API client (CSRF).
                    setFile(f);
                    setSubmitted(null);
                    setSubmitError(null);
                    return false;
                  }}
                  onRemove={() => {
                    setFile(null);
                    return true;
                  }}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">点击或拖拽文件到此处</p>
                  <p className="ant-upload-hint">支持 .xlsx 和 .csv;同一条记录再次导入会更新原记录,不会重复</p>
                </Upload.Dragger>
                <Flex gap={16} align="center" wrap>
                  <Space size={4}>
                    <Typography.Text>公告日期</Typography.Text>
                    <DatePicker
                      aria-label="公告日期"
                      placeholder="文件无日期列时填写"
                      style={{ width: 190 }}
                      disabled={running}
                      value={defaultDate ? dayjs(defaultDate) : null}
                      onChange={(d) => setDefaultDate(d ? d.format('YYYY-MM-DD') : null)}
                    />
                  </Space>
                  <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} disabled={running}>
                    仅校验(检查文件,不写入数据)
                  </Checkbox>
                  <Button
                    type="primary"
                    icon={<UploadOutlined />}
                    disabled={!file}
                    loading={running}
                    onClick={submit}
                    data-testid="import-submit"
                  >
                    {dryRun ? '开始校验' : '开始导入'}
                  </Button>
                </Flex>
                {submitError && (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Alert type="error" showIcon title={submitError.message} description="未保存任何数据。" />
                    {submitError.details.length > 0 && <ImportProblemsTable problems={submitError.details} />}
                  </Space>
                )}
                {submitted && (
                  <div ref={resultRef}>
                    <ImportJobView
                      job={job}
                      pollError={pollError}
                      dryRun={submitted.dryRun}
                      fileName={submitted.fileName}
                    />
                  </div>
                )}
                <Collapse
                  size="small"
                  items={[
                    {
                      key: 'fields',
                      label: `「${kind.name}」的列(${kind.fields.length} 列)`,
                      children: (
                        <Space orientation="vertical" style={{ width: '100%' }}>
                          {kind.naturalKey && (
                            <Typography.Text type="secondary">判断同一条记录的依据:{kind.naturalKey}</Typography.Text>
                          )}
                          <FieldTable fields={kind.fields} />
                        </Space>
                      ),
                    },
                  ]}
                />
              </Space>
            </Card>
          ) : (
            <Alert type="info" showIcon title="请先选择要导入的数据类型" />
          )}
        </Space>
      )}
    </PageContainer>
  );
}
