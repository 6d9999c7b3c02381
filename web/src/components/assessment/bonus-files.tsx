// The files behind one bonus (获奖证书、命名文件): download links for the 州质量办 and, while
// bonuses may still change (before 复核), upload and remove. A reviewed or published round keeps
// the files it was reviewed with.
import { assessmentApi, type Bonus, type RoundView } from '../../api/assessment.ts';
import { EvidenceList } from '../evidence-list.tsx';

interface Props {
  round: RoundView;
  bonus: Bonus;
  onChanged: () => void;
}

export function BonusFiles({ round, bonus, onChanged }: Props) {
  return (
    <div data-testid={`bonus-files-${bonus.id}`}>
      <EvidenceList
        items={bonus.files.map((f) => ({ ...f, url: assessmentApi.bonusEvidenceUrl(f.id) }))}
        edit={
          round.can.bonus
            ? {
                upload: (file) => assessmentApi.uploadBonusEvidence(round.id, bonus.id, file),
                remove: (f) => assessmentApi.deleteBonusEvidence(f.id),
              }
            : undefined
        }
        onChanged={onChanged}
        empty={round.can.bonus ? '暂无佐证文件:可上传获奖证书、命名文件等' : '未上传佐证文件'}
        uploadLabel="上传佐证文件"
      />
    </div>
  );
}
