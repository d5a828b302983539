// In-memory data of the Mailcow emulator. Route handlers read and change it; tests seed it.
export class MailcowState {
	version = '2026-07a';
	passwordPolicy = { length: '6', chars: '0', special_chars: '0', lowerupper: '0', numbers: '0' };
}
