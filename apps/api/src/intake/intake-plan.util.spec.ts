import { type CloudEventDto } from './dto/cloud-event.dto';
import { planEvent } from './intake-plan.util';
import { UnsupportedEventType } from './unsupported-event-type.error';

const INCIDENT = '6f1c2f3e-4b5a-4c6d-8e7f-0123456789ab';
const event = (type: string, extra: Partial<CloudEventDto> = {}): CloudEventDto => ({
  specversion: '1.0',
  id: `e-${type}`,
  source: '/callcentre',
  type,
  ...extra,
});

describe('planEvent', () => {
  it('plans what an event asks for', () => {
    expect(planEvent(event('com.example.customer.called', { subject: INCIDENT }))).toMatchObject({
      action: { kind: 'note', incidentId: INCIDENT },
    });
  });

  it('keeps a type intake does not understand as the item’s refusal, not as bad input', () => {
    expect(planEvent(event('com.example.ping'))).toMatchObject({
      refusal: expect.any(UnsupportedEventType) as unknown,
    });
  });

  it('returns the problems of an opening without data or with bad data', () => {
    expect(planEvent(event('com.example.complaint.received'))).toEqual([
      expect.objectContaining({ field: 'data' }),
    ]);
    expect(
      planEvent(event('com.example.incident.detected', { data: { severity: 'huge' } })),
    ).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'data.severity' })]));
  });
});
