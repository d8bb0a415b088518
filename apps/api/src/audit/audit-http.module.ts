import { Module } from '@nestjs/common';
import { AuditModule } from '@recovery/audit';
import { AuditCheckpointsController } from './audit-checkpoints.controller';
import { AuditController } from './audit.controller';

/** HTTP routes of the executive audit and its signed checkpoints; the app module imports it. */
@Module({
  imports: [AuditModule],
  controllers: [AuditController, AuditCheckpointsController],
})
export class AuditHttpModule {}
