import { FIELD_LIMITS, isStorableText } from '@recovery/domain';
import { type CloudEventDto } from './dto/cloud-event.dto';
import { intakeAction, noteText } from './intake-event.util';

const INCIDENT = '6f1c2f3e-4b5a-4c6d-8e7f-0123456789ab';
const about = (type: string, data: Record<string, unknown> = {}): CloudEventDto => ({
  specversion: '1.0',
  id: 'e-1',
  source: '/mail',
  type,
  subject: INCIDENT,
  data,
});

describe('intakeAction on an incident (subject)', () => {
  it('logs a customer who replied or got in touch as an inbound contact on the channel named', () => {
    expect(
      intakeAction(
        about('com.example.mail.customer.replied', { channel: 'email', text: 'Photos' }),
      ),
    ).toEqual({
      kind: 'contact',
      incidentId: INCIDENT,
      channel: 'email',
      summary: 'Photos',
    });
    expect(
      intakeAction(about('com.example.crm.customer.contacted', { channel: 'pigeon' })),
    ).toMatchObject({
      kind: 'contact',
      channel: 'system',
      summary: 'com.example.crm.customer.contacted from /mail',
    });
  });

  it('adds anything else about the incident as a note', () => {
    expect(
      intakeAction(about('com.example.callcentre.customer.called', { text: 'Called' })),
    ).toEqual({
      kind: 'note',
      incidentId: INCIDENT,
      text: 'Called',
    });
  });
});

describe('intakeAction without data', () => {
  it('notes an event about an incident by its type and source', () => {
    const event = { ...about('com.example.callcentre.customer.called'), data: undefined };
    expect(intakeAction(event)).toEqual({
      kind: 'note',
      incidentId: INCIDENT,
      text: 'com.example.callcentre.customer.called from /mail',
    });
  });

  it('refuses an opening without data, naming data', () => {
    const event = {
      ...about('com.example.complaint.received'),
      subject: undefined,
      data: undefined,
    };
    expect(() => intakeAction(event)).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ field: 'data' })] }) as Error,
    );
  });
});

describe('noteText', () => {
  it('keeps a text within the limit as it is', () => {
    expect(noteText('Battery dead 🚗')).toBe('Battery dead 🚗');
  });

  it('cuts a long text to the limit, never inside a surrogate pair', () => {
    const text = 'x'.repeat(FIELD_LIMITS.text - 1) + '🚗🚗';
    const cut = noteText(text);
    expect(cut).toBe('x'.repeat(FIELD_LIMITS.text - 1));
    expect(isStorableText(cut)).toBe(true);
    expect(noteText('y'.repeat(FIELD_LIMITS.text + 10))).toHaveLength(FIELD_LIMITS.text);
  });
});
