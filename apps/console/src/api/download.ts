import { currentSession, endSession } from '../session/session-store';
import { ApiProblem } from './problem';
import { problemOf } from './http';

/**
 * Fetches a file of the API with the session's bearer token and hands it to the
 * browser as a download. A plain link cannot carry the token (and a token in a
 * URL would be logged), hence fetch, a Blob URL and a clicked anchor.
 */
export async function apiDownload(path: string, fileName: string): Promise<void> {
  const token = currentSession()?.token;
  let response: Response;
  try {
    response = await fetch(path, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  } catch {
    throw new ApiProblem(
      0,
      'network',
      'Network error',
      'The server cannot be reached. Check your connection and try again.',
    );
  }
  if (response.status === 401 && token) endSession();
  if (!response.ok) throw await problemOf(response);
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
