import { parseLiveChange } from './live-change';

const INCIDENT = '6f1c3c1e-2a57-4a51-9d7e-0b8f3f1c2d10';
const APPROVAL = '0d5c8a7e-93b4-4c3e-8a55-2e6f9b1a7c44';

describe('parseLiveChange', () => {
  it('reads the incident trigger’s payload', () => {
    const payload = `{"kind" : "incident", "incidentId" : "${INCIDENT}", "site" : "AMS", "version" : 4, "status" : "open"}`;
    expect(parseLiveChange(payload)).toEqual({
      kind: 'incident',
      incidentId: INCIDENT,
      site: 'AMS',
      version: 4,
      status: 'open',
    });
  });

  it('reads the approval trigger’s payload', () => {
    const payload = JSON.stringify({
      kind: 'approval',
      approvalId: APPROVAL,
      incidentId: INCIDENT,
      site: 'AMS',
      status: 'granted',
    });
    expect(parseLiveChange(payload)).toEqual({
      kind: 'approval',
      approvalId: APPROVAL,
      incidentId: INCIDENT,
      site: 'AMS',
      status: 'granted',
    });
  });

  it.each([
    ['no payload', undefined],
    ['not JSON', 'hello'],
    ['a JSON scalar', '42'],
    ['an unknown kind', `{"kind":"policy","incidentId":"${INCIDENT}","site":"AMS","status":"x"}`],
    [
      'an incident without a version',
      `{"kind":"incident","incidentId":"${INCIDENT}","site":"AMS","status":"open"}`,
    ],
    [
      'an approval without its id',
      `{"kind":"approval","incidentId":"${INCIDENT}","site":"AMS","status":"pending"}`,
    ],
    [
      'an empty site',
      `{"kind":"incident","incidentId":"${INCIDENT}","site":"","version":1,"status":"open"}`,
    ],
  ])('drops %s', (_, payload) => {
    expect(parseLiveChange(payload)).toBeUndefined();
  });
});
