// Warnings the parser raised while reading the plan, collapsed to one line by default: they
// matter to whoever imported the document, not to every reader.
import { Alert, Button } from 'antd';
import { useState } from 'react';
import type { PlanWarning } from '../api/types.ts';

export function PlanWarnings({ warnings, defaultOpen = false }: { warnings: PlanWarning[]; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`解析方案时有 ${warnings.length} 条提示`}
      action={
        <Button size="small" type="link" onClick={() => setOpen((o) => !o)}>
          {open ? '收起' : '展开'}
        </Button>
      }
      description={
        open ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {warnings.map((w, i) => (
              // Warnings have no id and codes repeat; the index is their identity here.
              // biome-ignore lint/suspicious/noArrayIndexKey: static list
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
