import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, CustomerErasureService } from '@recovery/incidents';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { CommandProblems, ProblemResponse } from '../common/problem-responses.decorator';
import {
  CustomerErasureDto,
  CustomerRefParamsDto,
  EraseCustomerDto,
} from './dto/customer-erasure.dto';

@ApiTags('customers')
@Controller('v1/customers')
export class CustomersController {
  constructor(private readonly erasure: CustomerErasureService) {}

  @Post(':customerRef/erasure')
  @HttpCode(200)
  @Allow('customer:erase')
  @ApiOperation({
    summary: "Erase a customer's personal data",
    description:
      "Destroys the customer's data key: their reference and the free text of every " +
      'incident of theirs (summaries, details, notes, promises, contacts, feedback comments) ' +
      'read as "[erased]" from then on, in every read, export and decoded Temporal payload. ' +
      'Ids, timestamps, amounts and event types stay, so reports and `verify` still hold. ' +
      'A CustomerDataErased event records who asked, when and why. Every incident of the ' +
      'customer must be within your sites.',
  })
  @ApiOkResponse({ type: CustomerErasureDto })
  @CommandProblems()
  @ProblemResponse(403, 'An incident of the customer is at a site you do not cover')
  @ProblemResponse(404, 'No personal data is held for this reference (customer_not_found)')
  erase(
    @Param() { customerRef }: CustomerRefParamsDto,
    @Body() body: EraseCustomerDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CustomerErasureDto> {
    return this.erasure.erase(customerRef, body.reason, caller);
  }
}
