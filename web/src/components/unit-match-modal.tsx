// Confirm that a unit name found in the plan means a registered unit; the server stores the
// name as that unit's alias, so later imports match it automatically.
import { Alert, Form, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/api-error.ts';
import { confirmUnitMatch } from '../api/plans.ts';
import { UnitSelect } from './unit-select.tsx';

interface UnitMatchModalProps {
  planId: number;
  /** The unmatched name being confirmed; null closes the dialog. */
  name: string | null;
  onClose: () => void;
  onMatched: (name: string) => void;
}

export function UnitMatchModal({ planId, name, onClose, onMatched }: UnitMatchModalProps) {
  const [unitId, setUnitId] = useState<number | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A different name starts from an empty choice.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset is keyed on the name
  useEffect(() => {
    setUnitId(null);
    setError(null);
  }, [name]);

  const submit = async () => {
    if (!name || unitId === null) return;
    setSubmitting(true);
    setError(null);
    try {
      await confirmUnitMatch(planId, name, unitId);
      onMatched(name);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={name !== null}
      title="确认单位名称"
      okText="确认匹配"
      okButtonProps={{ disabled: unitId === null }}
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        方案中的名称「<Typography.Text strong>{name}</Typography.Text>
        」未匹配到已登记单位。请选择它所指的单位,确认后该名称将作为此单位的别名。
      </Typography.Paragraph>
      {error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={error} />}
      <Form layout="vertical">
        <Form.Item label="已登记单位" required>
          <UnitSelect value={unitId} onChange={setUnitId} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
