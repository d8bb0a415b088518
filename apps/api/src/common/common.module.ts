import { Module } from '@nestjs/common';
import { ReplayStore } from './idempotency/replay-store.repository';

/** Shared request plumbing: the first-response store behind idempotency and intake dedupe. */
@Module({ providers: [ReplayStore], exports: [ReplayStore] })
export class CommonModule {}
