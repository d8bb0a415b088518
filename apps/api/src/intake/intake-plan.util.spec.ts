import { RequestValidationFailed } from '../common/request-validation.error';
import { type CloudEventDto } from './dto/cloud-event.dto';
import { planBatch } from './intake-plan.util';
import { UnsupportedEventType } from './unsupported-event-type.error';

const INCIDENT = '6f1c2f3e-4b5a-4c6d-8e7f-0123456789ab';
const event = (type: string, extra: Partial<CloudEventDto> = {}): CloudEventDto => ({
  specversion: '1.0',
  id: `e-${type}`,
  source: '/callcentre',
  type,
  ...extra,
});

describe('planBatch', () => {
  it('plans each event, keeping a type intake does not understand as that item’s refusal', () => {
    const planned = planBatch([
      event('com.example.customer.called', { subject: INCIDENT }),
      event('com.example.ping'),
    ]);
    expect(planned[0]).toMatchObject({ action: { kind: 'note', incidentId: INCIDENT } });
    expect(planned[1]).toMatchObject({ refusal: expect.any(UnsupportedEventType) as unknown });
  });

  it('refuses the whole batch when any opening lacks or has bad data, naming each index', () => {
    const run = () =>
      planBatch([
        event('com.example.customer.called', { subject: INCIDENT }),
        event('com.example.complaint.received'),
        event('com.example.incident.detected', { data: { severity: 'huge' } }),
      ]);
    expect(run).toThrow(RequestValidationFailed);
    try {
      run();
    } catch (error) {
      const fields = (error as RequestValidationFailed).errors.map((e) => e.field);
      expect(fields).toContain('[1].data');
      expect(fields).toContain('[2].data.severity');
      expect(fields.every((f) => f.startsWith('[1]') || f.startsWith('[2]'))).toBe(true);
    }
  });
});
