// What happened to an import: a progress bar while the server works through the rows, then either
// the counts (新增/更新/警告) or the per-row errors — and then it says plainly that nothing was
// stored, because an import is all-or-nothing.
import { Alert, Button, Progress, Result, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/api-error.ts';
import type { ImportJob, ImportProblem } from '../api/import-types.ts';
import { formatCount } from '../lib/format.ts';
import { ImportProblemsTable } from './import-problems-table.tsx';

function warningsOf(job: ImportJob): { count: number; list: ImportProblem[] } {
  const list = job.result?.warnings ?? [];
  return { count: Math.max(job.result?.warningCount ?? 0, list.length), list };
}

interface ImportJobViewProps {
  job: ImportJob | null;
  pollError: unknown;
  dryRun: boolean;
  fileName: string;
}

export function ImportJobView({ job, pollError, dryRun, fileName }: ImportJobViewProps) {
  if (pollError && !job)
    return <Alert type="error" showIcon title="无法获取导入进度" description={errorMessage(pollError)} />;
  if (!job) return <Progress percent={0} status="active" />;

  if (job.status === 'running') {
    const total = job.total ?? 0;
    const percent = total > 0 ? Math.min(99, Math.floor((job.processed / total) * 100)) : 0;
    const phase = job.phase === 'writing' ? '写入' : dryRun ? '校验' : '读取并校验';
    return (
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-progress">
        <Typography.Text>
          正在{phase}「{fileName}」:已处理 {formatCount(job.processed)}
          {total > 0 ? ` / ${formatCount(total)}` : ''} 行
        </Typography.Text>
        <Progress percent={percent} status="active" />
      </Space>
    );
  }

  const errors = job.errors ?? [];
  // The list is capped by the server; errorCount is how many there were.
  const errorCount = Math.max(job.errorCount ?? 0, errors.length);
  if (errors.length > 0 || job.status === 'failed') {
    return (
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-errors">
        <Alert
          type="error"
          showIcon
          title={
            errors.length > 0
              ? `「${fileName}」中有 ${formatCount(errorCount)} 处错误,本次${dryRun ? '校验未通过' : '导入未保存任何数据'}`
              : `「${fileName}」${dryRun ? '校验' : '导入'}失败,未保存任何数据`
          }
          description={
            errors.length > 0
              ? '请按下表逐行修改文件后重新上传;整份文件全部正确后才会写入数据库。'
              : (job.message ?? '请检查文件格式是否与模板一致后重试。')
          }
        />
        {errors.length > 0 && <ImportProblemsTable problems={errors} testId="import-error-table" />}
      </Space>
    );
  }

  const result = job.result;
  const warnings = warningsOf(job);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-result">
      <Result
        status={warnings.count > 0 ? 'warning' : 'success'}
        extra={
          dryRun ? undefined : (
            <Space wrap>
              <Link to="/data/imports">
                <Button>查看导入记录</Button>
              </Link>
              <Link to={`/data/records?kind=${encodeURIComponent(job.kind)}`}>
                <Button type="primary">浏览导入的数据</Button>
              </Link>
            </Space>
          )
        }
        title={dryRun ? '校验通过,未写入数据' : '导入完成'}
        subTitle={
          result
            ? dryRun
              ? `「${fileName}」共 ${formatCount(result.rows)} 行,可新增 ${formatCount(result.inserted)} 条、更新 ${formatCount(result.updated)} 条${warnings.count ? `,${formatCount(warnings.count)} 条警告` : ''}。取消「仅校验」后再上传即可导入。`
              : `「${fileName}」共 ${formatCount(result.rows)} 行:新增 ${formatCount(result.inserted)} 条,更新 ${formatCount(result.updated)} 条${warnings.count ? `,${formatCount(warnings.count)} 条警告` : ''}。`
            : undefined
        }
      />
      {warnings.list.length > 0 && (
        <>
          <Typography.Text strong>警告(已导入,请核对)</Typography.Text>
          <ImportProblemsTable problems={warnings.list} testId="import-warning-table" />
        </>
      )}
    </Space>
  );
}
