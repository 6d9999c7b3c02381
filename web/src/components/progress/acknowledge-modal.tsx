// 签收督办单: the unit confirms it received the notice and replies (what it has done or will do).
import { Alert, Descriptions, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { acknowledgeNotice, type Notice } from '../../api/progress.ts';

export function AcknowledgeModal(props: { notice: Notice | null; onClose: () => void; onDone: (n: Notice) => void }) {
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const n = props.notice;

  // A fresh form for every notice opened.
  const close = () => {
    setReply('');
    setError(null);
    props.onClose();
  };

  const submit = async () => {
    if (!n) return;
    if (reply.trim().length < 2) {
      setError('请填写回复(至少 2 个字)');
      return;
    }
    setBusy(true);
    try {
      props.onDone(await acknowledgeNotice(n.id, reply.trim()));
      setReply('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={n !== null} title="签收督办单" okText="签收" confirmLoading={busy} onOk={submit} onCancel={close}>
      {n && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
          <Descriptions.Item label="任务">{n.taskTitle}</Descriptions.Item>
          <Descriptions.Item label="督办内容">{n.content}</Descriptions.Item>
          {n.dueDate && <Descriptions.Item label="期限">{n.dueDate}</Descriptions.Item>}
        </Descriptions>
      )}
      {error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={error} />}
      <Input.TextArea
        rows={4}
        maxLength={2000}
        showCount
        placeholder="回复:已采取的措施或报送安排"
        value={reply}
        onChange={(e) => setReply(e.target.value)}
      />
    </Modal>
  );
}
