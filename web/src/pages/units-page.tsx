// 单位责任清单: pick a unit (/units) to see its responsibilities (/units/:id). A department
// user starts on their own unit.
import { Card, Empty, Space, Typography } from 'antd';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../components/page-container.tsx';
import { UnitResponsibilities } from '../components/unit-responsibilities.tsx';
import { UnitSelect } from '../components/unit-select.tsx';
import { useUnits } from '../hooks/use-reference-data.ts';
import { intParam } from '../lib/search-params.ts';
import { useSession } from '../session/session-context.tsx';
import { NotFoundPage } from './not-found-page.tsx';

export function UnitsPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const { data: units } = useUnits();
  const planId = intParam(search, 'planId');
  const planQuery = planId ? `?planId=${planId}` : '';

  const unitId = params.id === undefined ? null : Number(params.id);
  if (unitId !== null && !(Number.isInteger(unitId) && unitId > 0)) return <NotFoundPage />;
  if (unitId === null && user?.role === 'department' && user.unitId) {
    return <Navigate to={`/units/${user.unitId}${planQuery}`} replace />;
  }

  const unitName = unitId === null ? undefined : units?.find((u) => u.id === unitId)?.name;
  const crumbs = [{ title: '行动方案' }, { title: '单位责任清单', path: unitId === null ? undefined : '/units' }];
  if (unitId !== null) crumbs.push({ title: unitName ?? `单位 ${unitId}`, path: undefined });

  return (
    <PageContainer
      breadcrumb={crumbs}
      title="单位责任清单"
      documentTitle={unitName ? `${unitName} 责任清单` : '单位责任清单'}
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space>
          <Typography.Text>单位</Typography.Text>
          <UnitSelect
            value={unitId}
            allowClear={false}
            placeholder="选择或搜索单位(县市人民政府、州直部门)"
            style={{ width: 340 }}
            onChange={(id) => id && navigate(`/units/${id}${planQuery}`)}
          />
        </Space>
      </Card>
      {unitId === null ? (
        <Empty description="请选择一个单位,查看其牵头任务、配合任务和承担的指标" />
      ) : (
        <UnitResponsibilities unitId={unitId} planId={planId} />
      )}
    </PageContainer>
  );
}
