/** What a copy says in its status element. */
export interface CopyMessages {
	copied: string;
	copyFailed: string;
}

/**
 * Copies text to the clipboard and says so in a status element; where the clipboard is refused,
 * runs `select` so the reader can copy the text themselves, and says that instead.
 * Resolves to whether the clipboard took the text.
 */
export async function copyText(
	text: string,
	select: () => void,
	status: HTMLElement,
	messages: CopyMessages,
): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		status.textContent = messages.copied;
		return true;
	} catch {
		select();
		status.textContent = messages.copyFailed;
		return false;
	}
}

/**
 * Copies a field's text to the clipboard and says so in a status element; where the clipboard
 * is refused, selects the text so the reader can copy it and says that instead.
 */
export async function copyFieldText(
	field: HTMLInputElement | HTMLTextAreaElement,
	status: HTMLElement,
	messages: CopyMessages,
): Promise<void> {
	await copyText(field.value, () => field.select(), status, messages);
}
