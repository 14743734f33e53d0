/** The profile address of a Telegram user name (kept without the @). */
export function telegramUrl(handle: string): string {
	return `https://t.me/${handle}`;
}

/** The profile address of an Instagram user name (kept without the @). */
export function instagramUrl(handle: string): string {
	return `https://www.instagram.com/${handle}/`;
}
