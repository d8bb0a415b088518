import { randomBytes, randomUUID } from 'node:crypto';
import { parseSealedText } from '@recovery/domain';
import { sealerUnder } from '@recovery/personal-data';
import { PERSONAL_FIELDS, sealFields } from './personal-fields.util';

describe('sealing the personal fields of a command', () => {
  const keyId = randomUUID();
  const dataKey = randomBytes(32);
  const sealer = sealerUnder({ keyId, dataKey });

  it('seals the reference and the free text of an opening, and nothing else', () => {
    const sealed = sealFields(
      { customerRef: 'C-1001', summary: 'Car broke down', details: 'On the A10', site: 'AMS' },
      PERSONAL_FIELDS.open,
      sealer,
    );
    expect(parseSealedText(sealed.customerRef)?.keyId).toBe(keyId);
    expect(parseSealedText(sealed.summary)?.length).toBe('Car broke down'.length);
    expect(parseSealedText(sealed.details)).not.toBeNull();
    expect(sealed.site).toBe('AMS');
  });

  it('passes blank and unstorable text through for the domain to refuse, and never seals twice', () => {
    const sealed = sealFields({ text: '   ' }, PERSONAL_FIELDS.addNote, sealer);
    expect(sealed.text).toBe('   ');
    expect(sealFields({ text: 'a\u0000b' }, PERSONAL_FIELDS.addNote, sealer).text).toBe('a\u0000b');
    const once = sealFields({ text: 'note' }, PERSONAL_FIELDS.addNote, sealer);
    expect(sealFields(once, PERSONAL_FIELDS.addNote, sealer)).toEqual(once);
  });

  it('leaves absent fields absent', () => {
    expect(sealFields({ score: 4 }, PERSONAL_FIELDS.recordFeedback, sealer)).toEqual({ score: 4 });
  });
});
