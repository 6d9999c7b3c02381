// 产品质量安全事故强制报告 — the public form, outside the login guard. It posts the report and
// shows the receipt number; nothing about any report can be read back from here.
import { Alert, App, Button, Card, Form, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { publicFormOptions, submitPublicIncident } from '../../api/trace.ts';
import { IncidentForm, type IncidentFormValues, toIncidentInput } from '../../components/trace/incident-form.tsx';
import { useApi } from '../../hooks/use-api.ts';

export function PublicIncidentReportPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<IncidentFormValues>();
  const options = useApi((s) => publicFormOptions(s), []);
  const [receipt, setReceipt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = '产品质量安全事故报告';
  }, []);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      setReceipt((await submitPublicIncident(toIncidentInput(v))).receiptNo);
    } catch (err) {
      message.error({ content: errorMessage(err), duration: 8 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ maxWidth: 860, margin: '24px auto', padding: '0 16px' }}>
      <Card>
        <Typography.Title level={3}>产品质量安全事故报告</Typography.Title>
        {receipt ? (
          <Result
            status="success"
            title="报告已提交"
            subTitle={
              <>
                受理编号{' '}
                <Typography.Text copyable strong>
                  {receipt}
                </Typography.Text>
                <br />
                请保存受理编号;市场监管部门将依法核查处理,需要时会与您联系。
              </>
            }
            extra={
              <Button
                onClick={() => {
                  form.resetFields();
                  setReceipt(null);
                }}
              >
                再报告一起
              </Button>
            }
          />
        ) : (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="生产经营者发现产品质量安全事故后,应立即采取措施并及时报告;消费者也可通过本表报告。较大及以上事故须在发现后 24 小时内报告。"
            />
            <IncidentForm form={form} regions={options.data?.regions ?? []} />
            <Button type="primary" size="large" loading={busy} onClick={submit}>
              提交报告
            </Button>
          </>
        )}
      </Card>
    </div>
  );
}
