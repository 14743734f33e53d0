import type { Finding } from './problem.ts';

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file's bytes as UTF-8, refusing anything else: a file saved as Windows-1251 or UTF-16 would otherwise
 * reach the site as mojibake. A byte-order mark is fine and dropped.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { finding: Finding } {
	try {
		return { text: strict.decode(bytes) };
	} catch {
		const lines = Buffer.from(bytes).toString('latin1').split('\n');
		const index = lines.findIndex((line) => {
			try {
				strict.decode(Buffer.from(line, 'latin1'));
				return false;
			} catch {
				return true;
			}
		});
		const line = Math.max(index, 0) + 1;
		const bad = [...Buffer.from(lines[Math.max(index, 0)] ?? '', 'latin1')].find((byte) => byte >= 0x80) ?? 0;
		const found = `byte 0x${bad.toString(16).toUpperCase().padStart(2, '0')} on line ${line} (another encoding, e.g. Windows-1251 or UTF-16)`;
		return { finding: { rule: 'file-utf8', found, expected: 'UTF-8 text: save the file as UTF-8', line } };
	}
}
