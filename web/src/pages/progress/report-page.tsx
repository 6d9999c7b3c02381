// One progress report: the form while it is a draft of the user's unit (text, progress against
// each linked target, evidence files; 保存草稿 / 提交), the return reason and 修改后重新提交 when
// it was returned, 通过 / 退回 for the 州质量办, the responsible units' reports for a lead unit,
// and every earlier version. A 409 (someone else changed it first) keeps what was typed.
import { Alert, App, Button, Card, Descriptions, Flex, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/api-error.ts';
import {
  deleteEvidence,
  getReport,
  type ReportDetail,
  saveReport,
  submitReport,
  uploadEvidence,
} from '../../api/progress.ts';
import { EvidenceList } from '../../components/evidence-list.tsx';
import { ErrorResult, PageLoading } from '../../components/load-state.tsx';
import { PageContainer } from '../../components/page-container.tsx';
import { ConsolidationCard } from '../../components/progress/consolidation-card.tsx';
import { DeadlineTag } from '../../components/progress/deadline-tag.tsx';
import { isReviewer } from '../../components/progress/progress-roles.ts';
import { ReportHistory } from '../../components/progress/report-history.tsx';
import { isDelivered, ReportStatusTag } from '../../components/progress/report-status-tag.tsx';
import { ReviewActions } from '../../components/progress/review-actions.tsx';
import { fromDraft, TargetValues, toDraft, type ValueDraft } from '../../components/progress/target-values.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../session/session-context.tsx';

export function ReportPage() {
  const reportId = Number(useParams().id);
  const { user } = useSession();
  const { message } = App.useApp();
  const { data, error, reload } = useApi((signal) => getReport(reportId, signal), [reportId]);
  const [report, setReport] = useState<ReportDetail | null>(null);
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<ValueDraft>({});
  const [dirty, setDirty] = useState(false);
  const [revising, setRevising] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);

  useEffect(() => {
    if (data) setReport(data);
  }, [data]);

  // The form follows the stored content whenever a new version arrives (load, save, reload);
  // an evidence upload does not change the version, so it leaves typed text alone.
  const formKey = report ? `${report.id}/${report.version}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the version changes
  useEffect(() => {
    if (!report) return;
    setText(report.current.text);
    setDraft(toDraft(report.current.values));
    setDirty(false);
  }, [formKey]);

  if (error && !report) return <ErrorResult error={error} onRetry={reload} />;
  if (!report) return <PageLoading />;

  const editable = report.can.edit || (report.can.revise && revising);
  const back = isReviewer(user)
    ? { title: '审核', path: '/progress/review' }
    : { title: '我的填报', path: '/progress/my' };

  const fail = (err: unknown) => {
    if (err instanceof ApiError && err.status === 409) setConflict(err.message);
    else message.error(errorMessage(err));
  };

  const persist = () => saveReport(report.id, { version: report.version, text, values: fromDraft(draft) });

  const save = async () => {
    setBusy('save');
    setConflict(null);
    try {
      setReport(await persist());
      setRevising(false);
      message.success(report.status === 'returned' ? '已生成新版本草稿' : '草稿已保存');
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    if (!text.trim()) {
      message.error('请先填写工作进展,再提交');
      return;
    }
    setBusy('submit');
    setConflict(null);
    try {
      let base = report;
      if (dirty || report.status === 'returned') {
        base = await persist();
        setReport(base);
      }
      setReport(await submitReport(base.id, base.version));
      setRevising(false);
      message.success('已提交,等待州质量办审核');
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <PageContainer
      breadcrumb={[{ title: '进展督办' }, back, { title: '进展报告' }]}
      title={report.taskTitle}
      documentTitle={`${report.taskTitle} ${report.periodLabel}`}
      extra={
        <Space>
          <ReportStatusTag status={report.status} />
          <DeadlineTag
            colour={report.colour}
            daysLeft={report.daysLeft}
            late={report.late}
            delivered={isDelivered(report.status)}
            dueDate={report.dueDate}
          />
        </Space>
      }
    >
      <Flex vertical gap={16}>
        <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="填报单位">{report.unitName}</Descriptions.Item>
          <Descriptions.Item label="角色">
            {report.role === 'lead' ? <Tag color="blue">牵头单位(汇总报告)</Tag> : <Tag>责任单位</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="周期">{report.periodLabel}</Descriptions.Item>
          <Descriptions.Item label="截止日期">{report.dueDate}</Descriptions.Item>
          <Descriptions.Item label="当前版本">第 {report.revision} 版</Descriptions.Item>
          <Descriptions.Item label="最近提交">{formatDateTime(report.submittedAt)}</Descriptions.Item>
        </Descriptions>

        {report.status === 'returned' && (
          <Alert
            type="warning"
            showIcon
            data-testid="return-reason"
            title="报告已被退回,请修改后重新提交"
            description={`退回原因:${report.returnReason ?? ''}`}
            action={
              report.can.revise &&
              !revising && (
                <Button type="primary" onClick={() => setRevising(true)} data-testid="report-revise">
                  修改后重新提交
                </Button>
              )
            }
          />
        )}
        {conflict && (
          <Alert
            type="error"
            showIcon
            data-testid="report-conflict"
            title={conflict}
            action={
              <Button size="small" onClick={reload}>
                载入最新内容
              </Button>
            }
          />
        )}

        <Card size="small" title={editable ? '填写进展' : '报告内容'}>
          <Flex vertical gap={16}>
            {editable ? (
              <Input.TextArea
                data-testid="report-text"
                rows={8}
                maxLength={20000}
                showCount
                placeholder="本期工作进展、完成情况、存在问题和下一步打算"
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setDirty(true);
                }}
              />
            ) : (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="report-body">
                {report.current.text || '(未填写)'}
              </Typography.Paragraph>
            )}
            <div>
              <Typography.Title level={5}>量化目标进展</Typography.Title>
              <TargetValues
                targets={report.targets}
                draft={editable ? draft : toDraft(report.current.values)}
                onChange={
                  editable
                    ? (next) => {
                        setDraft(next);
                        setDirty(true);
                      }
                    : undefined
                }
              />
            </div>
            <div>
              <Typography.Title level={5}>证据文件</Typography.Title>
              <EvidenceList
                items={report.current.evidence}
                edit={
                  report.can.edit
                    ? { upload: (file) => uploadEvidence(report.id, file), remove: (e) => deleteEvidence(e.id) }
                    : undefined
                }
                onChanged={reload}
              />
              {revising && (
                <Typography.Text type="secondary">新版本沿用以上证据文件;保存草稿后可增删。</Typography.Text>
              )}
            </div>
            {editable && (
              <Space>
                <Button onClick={save} loading={busy === 'save'} disabled={busy !== null} data-testid="report-save">
                  保存草稿
                </Button>
                <Button
                  type="primary"
                  onClick={submit}
                  loading={busy === 'submit'}
                  disabled={busy !== null}
                  data-testid="report-submit"
                >
                  提交
                </Button>
              </Space>
            )}
            {report.can.review && <ReviewActions report={report} onDone={setReport} />}
          </Flex>
        </Card>

        {report.can.consolidate && <ConsolidationCard taskId={report.taskId} period={report.period} />}

        <Card size="small" title={`版本记录(共 ${report.history.length} 版)`}>
          <ReportHistory history={report.history} targets={report.targets} />
        </Card>
      </Flex>
    </PageContainer>
  );
}
