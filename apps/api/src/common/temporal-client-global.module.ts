import { Global, Module } from '@nestjs/common';
import { TemporalClientModule } from '@recovery/temporal';

/** One Temporal Client for the whole API, visible to library modules (IncidentsModule). */
@Global()
@Module({ imports: [TemporalClientModule], exports: [TemporalClientModule] })
export class TemporalClientGlobalModule {}
