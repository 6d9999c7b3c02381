// The model stored as version 1 when none exists. Four dimensions after the 市场监管总局
// 企业信用风险分类 practice: sampling results weigh most, then enforcement, incidents and
// complaints, and quality management (certificates, awards, declared standards lower the risk).
// A clean enterprise without certificates scores 10 (A); one failed batch out of one tested
// scores 32 (C).
import type { RiskModel } from './risk-model.ts';

export const DEFAULT_RISK_MODEL: RiskModel = {
  name: '企业质量信用风险分类模型(默认)',
  lookbackMonths: 36,
  thresholds: { B: 15, C: 30, D: 50 },
  dimensions: [
    {
      id: 'sampling',
      name: '抽检抽查',
      weight: 0.4,
      indicators: [
        {
          id: 'fail_batches',
          indicator: 'sampling_fail_count',
          weight: 0.5,
          whenNoData: 0,
          scoring: {
            type: 'steps',
            steps: [
              { min: 1, points: 50 },
              { min: 2, points: 80 },
              { min: 3, points: 100 },
            ],
          },
        },
        {
          id: 'fail_rate',
          indicator: 'sampling_fail_rate',
          weight: 0.3,
          whenNoData: 0,
          scoring: { type: 'linear', zeroAt: 0, fullAt: 0.3 },
        },
        {
          id: 'refusals',
          indicator: 'sampling_refusal_count',
          weight: 0.2,
          whenNoData: 0,
          scoring: { type: 'steps', steps: [{ min: 1, points: 100 }] },
        },
      ],
    },
    {
      id: 'enforcement',
      name: '监管执法',
      weight: 0.35,
      indicators: [
        {
          id: 'penalties',
          indicator: 'penalty_count',
          weight: 0.4,
          whenNoData: 0,
          scoring: {
            type: 'steps',
            steps: [
              { min: 1, points: 60 },
              { min: 2, points: 100 },
            ],
          },
        },
        {
          id: 'penalty_points',
          indicator: 'penalty_points',
          weight: 0.2,
          whenNoData: 0,
          scoring: { type: 'linear', zeroAt: 0, fullAt: 30 },
        },
        {
          id: 'inspections',
          indicator: 'inspection_points',
          weight: 0.25,
          whenNoData: 0,
          scoring: { type: 'linear', zeroAt: 0, fullAt: 40 },
        },
        {
          id: 'disposals',
          indicator: 'disposal_count',
          weight: 0.15,
          whenNoData: 0,
          scoring: {
            type: 'steps',
            steps: [
              { min: 1, points: 50 },
              { min: 2, points: 100 },
            ],
          },
        },
      ],
    },
    {
      id: 'incidents',
      name: '事故与投诉',
      weight: 0.15,
      indicators: [
        {
          id: 'incidents',
          indicator: 'incident_count',
          weight: 0.6,
          whenNoData: 0,
          scoring: { type: 'steps', steps: [{ min: 1, points: 100 }] },
        },
        {
          id: 'complaints',
          indicator: 'complaint_count',
          weight: 0.4,
          whenNoData: 0,
          scoring: {
            type: 'steps',
            steps: [
              { min: 1, points: 30 },
              { min: 3, points: 70 },
              { min: 5, points: 100 },
            ],
          },
        },
      ],
    },
    {
      id: 'management',
      name: '质量管理',
      weight: 0.1,
      indicators: [
        {
          id: 'certifications',
          indicator: 'certification_count',
          weight: 0.5,
          whenNoData: 0,
          scoring: { type: 'linear', zeroAt: 2, fullAt: 0 },
        },
        {
          id: 'awards',
          indicator: 'award_count',
          weight: 0.2,
          whenNoData: 0,
          scoring: { type: 'linear', zeroAt: 1, fullAt: 0 },
        },
        {
          id: 'declarations',
          indicator: 'standard_declaration_count',
          weight: 0.3,
          whenNoData: 0,
          scoring: { type: 'linear', zeroAt: 1, fullAt: 0 },
        },
      ],
    },
  ],
};
