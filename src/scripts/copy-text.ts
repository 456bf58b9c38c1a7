/**
 * Copies a field's text to the clipboard and says so in a status element; where the clipboard
 * is refused, selects the text so the reader can copy it and says that instead.
 */
export async function copyFieldText(
	field: HTMLInputElement | HTMLTextAreaElement,
	status: HTMLElement,
	messages: { copied: string; copyFailed: string },
): Promise<void> {
	try {
		await navigator.clipboard.writeText(field.value);
		status.textContent = messages.copied;
	} catch {
		field.select();
		status.textContent = messages.copyFailed;
	}
}
