// 报告: the quarterly progress report and the annual assessment report as .docx in the official
// document layout, and every table of each as .xlsx — one click each. The numbers are read from
// the indicator service at the moment of the click, and the report says when.
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { reportUrls } from '../../api/assessment.ts';
import { PageContainer } from '../../components/page-container.tsx';

function Download({
  href,
  icon,
  children,
  testId,
}: {
  href: string;
  icon: React.ReactNode;
  children: string;
  testId: string;
}) {
  return (
    <a href={href} download data-testid={testId}>
      <Button icon={icon}>{children}</Button>
    </a>
  );
}

export function ReportsPage() {
  const [year, setYear] = useState(2023);
  const [quarter, setQuarter] = useState(2);
  return (
    <PageContainer
      breadcrumb={[{ title: '报告' }]}
      title="报告"
      extra={
        <Space>
          年度
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title="报告中的指标数值取自生成时刻的指标监测(与目标看板一致), 正文注明生成时间; 版式符合 GB/T 9704-2012《党政机关公文格式》。"
        />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Card title="季度进展报告">
              <Space orientation="vertical">
                <Space>
                  季度
                  <Select
                    value={quarter}
                    onChange={setQuarter}
                    style={{ width: 120 }}
                    options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${'一二三四'[q - 1]}季度` }))}
                  />
                </Space>
                <Typography.Text type="secondary">
                  主要指标完成情况、重点任务推进、存在问题, 附指标表与报送情况表。
                </Typography.Text>
                <Space>
                  <Download
                    href={reportUrls.quarterly(year, quarter, 'docx')}
                    icon={<FileWordOutlined />}
                    testId="quarterly-docx"
                  >
                    生成报告 .docx
                  </Download>
                  <Download
                    href={reportUrls.quarterly(year, quarter, 'xlsx')}
                    icon={<FileExcelOutlined />}
                    testId="quarterly-xlsx"
                  >
                    表格 .xlsx
                  </Download>
                </Space>
              </Space>
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card title="年度考核报告">
              <Space orientation="vertical">
                <Typography.Text type="secondary">
                  取该年度已发布的考核(无则取最近一次评分), 附排名表、得分明细表和年度指标表。
                </Typography.Text>
                <Space>
                  <Download href={reportUrls.annual(year, 'docx')} icon={<FileWordOutlined />} testId="annual-docx">
                    生成报告 .docx
                  </Download>
                  <Download href={reportUrls.annual(year, 'xlsx')} icon={<FileExcelOutlined />} testId="annual-xlsx">
                    表格 .xlsx
                  </Download>
                </Space>
              </Space>
            </Card>
          </Col>
        </Row>
      </Space>
    </PageContainer>
  );
}
