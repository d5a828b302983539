// Plausible DKIM public keys without the cost of RSA key generation: a DER SubjectPublicKeyInfo
// with a random modulus of the requested size and exponent 65537, base64-encoded like mailcow's.
import { randomBytes } from 'node:crypto';

function derLength(length: number): Buffer {
	if (length < 0x80) return Buffer.from([length]);
	const bytes: number[] = [];
	for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
	return Buffer.from([0x80 | bytes.length, ...bytes]);
}

const der = (tag: number, content: Buffer) =>
	Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);

const RSA_ALGORITHM = Buffer.from('300d06092a864886f70d0101010500', 'hex');

export function fakeDkimPublicKey(bits: number): string {
	const modulus = randomBytes(Math.max(64, Math.ceil(bits / 8)));
	modulus[0] |= 0x80;
	const rsaKey = der(
		0x30,
		Buffer.concat([
			der(0x02, Buffer.concat([Buffer.from([0]), modulus])),
			der(0x02, Buffer.from([1, 0, 1])),
		]),
	);
	const bitString = der(0x03, Buffer.concat([Buffer.from([0]), rsaKey]));
	return der(0x30, Buffer.concat([RSA_ALGORITHM, bitString])).toString('base64');
}
