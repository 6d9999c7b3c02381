// Unit names as written in the plan, as tags: matched names link to the unit's 责任清单, group
// names (各县市人民政府) show what they expand to, unmatched names say so.
import { Space, Tag, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import type { UnitRef } from '../api/types.ts';

function UnitTag({ unit }: { unit: UnitRef }) {
  if (unit.groupOf && unit.groupOf.length > 0) {
    return (
      <Tooltip title={`包括:${unit.groupOf.map((u) => u.name).join('、')}`}>
        <Tag color="purple">{unit.name}</Tag>
      </Tooltip>
    );
  }
  if (unit.unitId !== null) {
    return (
      <Link to={`/units/${unit.unitId}`}>
        <Tag color="blue">{unit.name}</Tag>
      </Link>
    );
  }
  return (
    <Tooltip title="未匹配到已登记单位">
      <Tag color="warning">{unit.name}</Tag>
    </Tooltip>
  );
}

export function UnitTags({ units }: { units: UnitRef[] }) {
  if (units.length === 0) return <span>—</span>;
  return (
    <Space size={[0, 4]} wrap>
      {units.map((u) => (
        <UnitTag key={u.name} unit={u} />
      ))}
    </Space>
  );
}
