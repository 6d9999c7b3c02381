// 证据文件 of a disposal case: the photos, notices and decisions behind each action and the
// closure, grouped by what they prove. While the case is open, whoever may act on it uploads a
// file to an action or to the case; a closed case keeps what it was closed with.
import { Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import {
  type CaseDetail,
  type CaseEvidence,
  caseEvidenceUrl,
  deleteCaseEvidence,
  uploadCaseEvidence,
} from '../../api/trace.ts';
import { EvidenceList } from '../evidence-list.tsx';

const CASE_TARGET = 0;

export function CaseEvidenceCard({ c, editable, onChanged }: { c: CaseDetail; editable: boolean; onChanged(): void }) {
  const [target, setTarget] = useState<number>(CASE_TARGET);
  const kindOf = new Map(c.actions.map((a) => [a.id, a.kind]));
  const groups = [...c.actions.map((a) => ({ id: a.id, label: a.kind })), { id: CASE_TARGET, label: '案件及结案' }];
  const item = (e: CaseEvidence) => ({
    ...e,
    fileName: `${e.actionId === null ? '案件' : (kindOf.get(e.actionId) ?? '措施')} · ${e.fileName}`,
    url: caseEvidenceUrl(e.id),
  });
  return (
    <Card size="small" title={`证据文件(${c.evidence.length})`} data-testid="case-evidence">
      <Flex vertical gap={8}>
        {editable && (
          <Flex align="center" gap={8}>
            <Typography.Text>上传到:</Typography.Text>
            <Select
              size="small"
              style={{ width: 160 }}
              value={target}
              onChange={setTarget}
              options={groups.map((g) => ({ value: g.id, label: g.label }))}
              data-testid="case-evidence-target"
            />
          </Flex>
        )}
        <EvidenceList
          items={c.evidence.map(item)}
          edit={
            editable
              ? {
                  upload: (file) => uploadCaseEvidence(c.id, file, target === CASE_TARGET ? null : target),
                  remove: (e) => deleteCaseEvidence(e.id),
                }
              : undefined
          }
          onChanged={onChanged}
          empty="暂无证据文件:下架、召回现场照片,立案决定书,复检报告等可在此上传"
        />
      </Flex>
    </Card>
  );
}
