// The progress module's repositories under one store key.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { noticeRepository } from './notice-repository.ts';
import { reportRepository } from './report-repository.ts';
import { scheduleRepository } from './schedule-repository.ts';

export function progressRepository(db: Kysely<Database>) {
  return {
    reports: reportRepository(db),
    notices: noticeRepository(db),
    schedules: scheduleRepository(db),
  };
}

export type ProgressRepository = ReturnType<typeof progressRepository>;
