import { Module } from '@nestjs/common';
import { IncidentsModule } from '@recovery/incidents';
import { CommonModule } from '../common/common.module';
import { OperationsModule } from '../operations/operations.module';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';

/** CloudEvents from upstream systems (call centre, telematics, bookings…). */
@Module({
  imports: [IncidentsModule, CommonModule, OperationsModule],
  controllers: [IntakeController],
  providers: [IntakeService],
})
export class IntakeModule {}
