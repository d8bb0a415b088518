import { apiResponse } from './http';

/**
 * Fetches a file of the API with the session's bearer token and hands it to the
 * browser as a download. A plain link cannot carry the token (and a token in a
 * URL would be logged), hence fetch, a Blob URL and a clicked anchor.
 */
export async function apiDownload(path: string, fileName: string): Promise<void> {
  const response = await apiResponse(path, {}, '*/*');
  saveBlob(await response.blob(), fileName);
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
