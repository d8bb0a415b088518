import { renewalDelayMs } from './session-lifetime';

describe('when a session renews its access token', () => {
  it('renews an hour-long token a minute before it expires', () => {
    expect(renewalDelayMs(3_600_000)).toBe(3_540_000);
  });

  it('renews a short-lived token at four fifths of its remaining life', () => {
    expect(renewalDelayMs(10_000)).toBe(8_000);
  });

  it('renews at once a token that has already expired', () => {
    expect(renewalDelayMs(-5_000)).toBe(0);
  });
});
