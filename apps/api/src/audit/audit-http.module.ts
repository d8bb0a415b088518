import { Module } from '@nestjs/common';
import { AuditModule } from '@recovery/audit';
import { AuditController } from './audit.controller';

/** HTTP routes of the executive audit; the app module imports it. */
@Module({
  imports: [AuditModule],
  controllers: [AuditController],
})
export class AuditHttpModule {}
