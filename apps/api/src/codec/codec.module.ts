import { Module } from '@nestjs/common';
import { PersonalDataModule } from '@recovery/personal-data';
import { CodecEndpointService } from './codec-endpoint.service';
import { CodecController } from './codec.controller';

/**
 * The codec endpoint (issue 14): the Temporal UI's codec server, behind the API's
 * auth. Its CORS (for the UI's origin only) is codecCors, mounted in configureApp.
 */
@Module({
  imports: [PersonalDataModule],
  controllers: [CodecController],
  providers: [CodecEndpointService],
})
export class CodecModule {}
