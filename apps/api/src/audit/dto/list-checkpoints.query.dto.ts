import { SequencePageQueryDto } from '../../common/sequence-page.query.dto';

/** Query of GET /v1/audit/checkpoints, newest first. */
export class ListCheckpointsQueryDto extends SequencePageQueryDto {}
