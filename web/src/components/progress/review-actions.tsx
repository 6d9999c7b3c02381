// The 州质量办's decision on a submitted report: 通过 (with an optional remark) or 退回 (a reason
// is required, since the unit has to know what to fix).
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { acceptReport, type ReportDetail, returnReport } from '../../api/progress.ts';

type Decision = 'return' | 'accept' | null;

export function ReviewActions({ report, onDone }: { report: ReportDetail; onDone: (r: ReportDetail) => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<Decision>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setOpen(null);
    setError(null);
  };

  const confirm = async () => {
    if (open === 'return' && text.trim().length < 2) {
      setError('请填写退回原因(至少 2 个字)');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const next =
        open === 'return'
          ? await returnReport(report.id, report.version, text.trim())
          : await acceptReport(report.id, report.version, text.trim() || undefined);
      message.success(open === 'return' ? '已退回' : '已审核通过');
      setText('');
      close();
      onDone(next);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space>
        <Button type="primary" onClick={() => setOpen('accept')} data-testid="review-accept">
          审核通过
        </Button>
        <Button danger onClick={() => setOpen('return')} data-testid="review-return">
          退回
        </Button>
      </Space>
      <Modal
        open={open !== null}
        title={open === 'return' ? '退回报告' : '审核通过'}
        okText={open === 'return' ? '确认退回' : '确认通过'}
        okButtonProps={{ danger: open === 'return' }}
        confirmLoading={busy}
        onOk={confirm}
        onCancel={close}
        destroyOnHidden
      >
        {error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={error} />}
        <Form layout="vertical">
          <Form.Item label={open === 'return' ? '退回原因' : '审核意见(可不填)'} required={open === 'return'}>
            <Input.TextArea
              data-testid="review-comment"
              rows={4}
              maxLength={1000}
              showCount
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={open === 'return' ? '请写明需要补充或修改的内容' : undefined}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
