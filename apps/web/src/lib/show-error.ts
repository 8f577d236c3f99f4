import type { MessageInstance } from 'antd/es/message/interface';
import { ApiError, errorMessage } from './api-client';

/**
 * The toast for a failed action. A 401 shows nothing here: the api client has already sent the user
 * to the login page, which says why ("会话已超时，请重新登录").
 */
export function showError(message: MessageInstance, err: unknown): void {
  if (err instanceof ApiError && err.status === 401) return;
  void message.error(errorMessage(err));
}
