// The incident report form, shared by the public page (no login) and the staff list.
import { Col, DatePicker, Form, type FormInstance, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { INJURY_LEVELS, type IncidentInput, SEVERITIES } from '../../api/trace.ts';

export interface IncidentFormValues extends Omit<IncidentInput, 'discoveredAt'> {
  discoveredAt: Dayjs;
}

/** The form's values as the API takes them: the discovery time with the browser's zone offset. */
export function toIncidentInput(v: IncidentFormValues): IncidentInput {
  return {
    ...v,
    discoveredAt: v.discoveredAt.format('YYYY-MM-DDTHH:mm:ssZ'),
    enterpriseCreditCode: v.enterpriseCreditCode?.trim().toUpperCase() || null,
    severity: v.severity ?? null,
  };
}

export function IncidentForm({
  form,
  regions,
}: {
  form: FormInstance<IncidentFormValues>;
  regions: { code: string; name: string }[];
}) {
  return (
    <Form form={form} layout="vertical" initialValues={{ injuredCount: 0, injuryLevel: '无' }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="enterpriseName" label="企业名称" rules={[{ required: true, message: '请填写企业名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="enterpriseCreditCode"
            label="统一社会信用代码"
            rules={[{ pattern: /^[0-9A-HJ-NP-RT-UW-Ya-hj-np-rt-uw-y]{18}$/, message: '应为 18 位统一社会信用代码' }]}
          >
            <Input maxLength={18} placeholder="可选" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="productName" label="产品名称" rules={[{ required: true, message: '请填写产品名称' }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="batch" label="批号/生产日期">
            <Input maxLength={64} placeholder="可选" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="regionCode" label="发生地(县市)">
            <Select allowClear options={regions.map((r) => ({ value: r.code, label: r.name }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="discoveredAt" label="发现时间" rules={[{ required: true, message: '请选择发现时间' }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="injuredCount" label="伤亡人数" rules={[{ required: true }]}>
            <InputNumber min={0} max={100000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="injuryLevel" label="最严重伤情" rules={[{ required: true }]}>
            <Select options={INJURY_LEVELS.map((l) => ({ value: l, label: l }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="severity" label="事故等级" tooltip="不确定可不填;系统按伤亡情况确定最低等级">
            <Select allowClear options={SEVERITIES.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label="事故经过" rules={[{ required: true, message: '请描述事故经过' }]}>
            <Input.TextArea rows={4} maxLength={4000} showCount />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="measures" label="已采取的措施">
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="reporterName" label="报告人">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="reporterPhone"
            label="联系电话"
            rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: '电话号码格式不正确' }]}
          >
            <Input maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
